/** The plain-text form of a success story that "copy as text" puts on the clipboard: a composite says it is one. */
import ui from './editorial/ui.en.json'
import {fill} from './editorial/fill'
import type {Story} from './views.js'

export function storyAsText(story: Story, siteUrl: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl.slice(0, -1) : siteUrl
  const values = {label: story.provenance.label.toLowerCase(), period: `${story.period.from}–${story.period.to}`, url: `${base}${story.permalink}`}
  return [
    story.composite ? `${story.title} [${ui.provenance.composite}]` : story.title,
    '',
    ...(story.composite ? [ui.provenance.compositeNotice, ''] : []),
    story.summary,
    '',
    fill(story.composite ? ui.provenance.quoteSourceComposite : ui.provenance.quoteSource, values),
  ].join('\n')
}
