/** /feeds: every feed of the edition, for everything, success stories, each topic, phase and country. */
import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import useBaseUrl from '@docusaurus/useBaseUrl'
import type {FeedListing} from '@site/src/site/feeds'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.feeds

export default function FeedsPage({feeds}: {feeds: FeedListing[]}): React.JSX.Element {
  const base = useBaseUrl('/')
  // Plain links: feeds are files, not pages of the application.
  const href = (path: string) => `${base}${path.slice(1)}`
  const count = (n: number) => fill(text.count, {count: n})
  const group = (kind: FeedListing['kind'], heading: string) => {
    const list = feeds.filter((feed) => feed.kind === kind)
    if (list.length === 0) return null
    return (
      <section aria-labelledby={`feeds-${kind}`}>
        <Heading as="h2" id={`feeds-${kind}`}>
          {heading}
        </Heading>
        <ul className="cx-feed-list" data-feeds={kind}>
          {list.map((feed) => (
            <li key={feed.name}>
              <a href={href(feed.path)} type="application/atom+xml" data-feed={feed.name}>
                {feed.label}
              </a>{' '}
              <span className="cx-muted">({count(feed.count)})</span>
            </li>
          ))}
        </ul>
      </section>
    )
  }
  const formats = (name: string) => (
    <>
      <a href={href(`/feeds/${name}.atom.xml`)} type="application/atom+xml" data-feed={name}>
        Atom
      </a>
      {' · '}
      <a href={href(`/feeds/${name}.rss.xml`)} type="application/rss+xml">
        RSS
      </a>
      {' · '}
      <a href={href(`/feeds/${name}.json`)} type="application/feed+json">
        JSON Feed
      </a>
    </>
  )
  return (
    <Layout title={text.title} description={text.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{text.title}</Heading>
        <p className="cx-lead">{text.lead}</p>
        <p>
          <Link to="/whats-new">{text.whatsNew}</Link>
        </p>
        <Heading as="h2">{text.mainHeading}</Heading>
        <ul className="cx-feed-list">
          <li>
            {text.all}: {formats('all')}
          </li>
          <li>
            {text.stories}: {formats('success-stories')}
          </li>
        </ul>
        {group('topic', text.topicHeading)}
        {group('phase', text.phaseHeading)}
        {group('country', text.countryHeading)}
      </main>
    </Layout>
  )
}
