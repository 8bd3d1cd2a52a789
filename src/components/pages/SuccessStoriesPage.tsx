/**
 * /success-stories for communicators: public success cases with their cleared summaries, key
 * figures with their sources, "copy as text", and a print stylesheet (see custom.css).
 */
import React, {useState} from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import useDocusaurusContext from '@docusaurus/useDocusaurusContext'
import useBaseUrl from '@docusaurus/useBaseUrl'
import type {KeyFigure, Story} from '@site/src/content/views'
import {storyAsText} from '@site/src/content/quote'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'
import KeyFigures from '../KeyFigures'

const text = ui.stories
const labels = ui.provenance

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // Clipboard API refused (permissions, insecure context): fall back to a selected textarea.
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.appendChild(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    return ok
  }
}

function StoryCard({story, siteUrl}: {story: Story; siteUrl: string}) {
  const [status, setStatus] = useState('')
  const headingId = `story-${story.id}`
  return (
    <article
      className={`cx-story${story.composite ? ' cx-story--composite' : ''}`}
      aria-labelledby={headingId}
      data-story-id={story.id}
      data-provenance={story.provenance.value}
    >
      <Heading as="h3" id={headingId}>
        <Link to={story.permalink}>{story.title}</Link>
      </Heading>
      {story.composite ? (
        <p className="cx-composite-notice">{labels.compositeNotice}</p>
      ) : story.quotable ? (
        <p className="cx-quotable-notice">
          <span className="cx-badge cx-badge--quotable">{labels.quotable}</span> {labels.quotableNotice}
        </p>
      ) : (
        <p className="cx-muted">{labels.notQuotable}</p>
      )}
      <blockquote className="cx-story__summary" data-provenance={story.provenance.value}>
        <p>{story.summary}</p>
        {story.composite ? <footer className="cx-story__label">— {labels.composite}</footer> : null}
      </blockquote>
      <p className="cx-muted">
        {story.provenance.label} · {story.period.from}–{story.period.to} ·{' '}
        {fill(text.measuredBy, {criteria: story.successCriteria.map((c) => c.label).join(', ')})}
      </p>
      <div className="cx-story__actions">
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => void copyText(storyAsText(story, siteUrl)).then((ok) => setStatus(ok ? text.copied : text.copyFailed))}
        >
          {story.composite ? text.copyComposite : text.copy}
          <span className="cx-sr-only">: {story.title}</span>
        </button>
        <span className="cx-story__status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </article>
  )
}

export default function SuccessStoriesPage({stories}: {stories: {stories: Story[]; figures: KeyFigure[]}}): React.JSX.Element {
  const {siteConfig} = useDocusaurusContext()
  const siteUrl = `${siteConfig.url}${siteConfig.baseUrl}`
  const feeds = useBaseUrl('/feeds/')
  return (
    <Layout title={text.title} description={text.description}>
      <main className="container margin-vert--lg cx-stories-page">
        <Heading as="h1">{text.title}</Heading>
        <p className="cx-lead">{text.lead}</p>
        <KeyFigures figures={stories.figures} heading={text.figuresHeading} id="figures" />
        <section aria-labelledby="stories">
          <Heading as="h2" id="stories">
            {fill(text.storiesHeading, {count: stories.stories.length})}
          </Heading>
          {stories.stories.length > 0 ? (
            <p className="cx-tally" data-composites={stories.stories.filter((s) => s.composite).length} data-total={stories.stories.length}>
              {fill(text.composites, {count: stories.stories.filter((s) => s.composite).length, total: stories.stories.length})}
            </p>
          ) : null}
          {stories.stories.length === 0 ? <p>{text.none}</p> : stories.stories.map((story) => <StoryCard key={story.id} story={story} siteUrl={siteUrl} />)}
        </section>
        <p className="cx-muted cx-no-print">
          {text.follow} <a href={`${feeds}success-stories.atom.xml`}>Atom</a> · <a href={`${feeds}success-stories.rss.xml`}>RSS</a> ·{' '}
          <a href={`${feeds}success-stories.json`}>JSON Feed</a>
        </p>
      </main>
    </Layout>
  )
}
