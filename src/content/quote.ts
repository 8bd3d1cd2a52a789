/** The plain-text form of a success story that "copy as text" puts on the clipboard. */
import type {Story} from './views.js'

export function storyAsText(story: Story, siteUrl: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl.slice(0, -1) : siteUrl
  return [
    story.title,
    '',
    story.summary,
    '',
    `Source: Continuum, anonymised case review (${story.provenance.label.toLowerCase()}), ${story.period.from}–${story.period.to}. ${base}${story.permalink}`,
  ].join('\n')
}
