import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import Head from '@docusaurus/Head'
import useBaseUrl from '@docusaurus/useBaseUrl'
import {atomPath, feedName} from '@site/src/content/feed-paths'
import type {Topic, TopicEntry, TopicSide} from '@site/src/content/views'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'
import Badge from '../Badge'

const text = ui.topic

function Rows({entries, empty}: {entries: TopicEntry[]; empty: string}) {
  if (entries.length === 0) return <p className="cx-muted">{empty}</p>
  return (
    <ul className="cx-rows">
      {entries.map((entry) => (
        <li key={entry.id} data-entry-id={entry.id}>
          <Link to={entry.permalink}>{entry.title}</Link>
          <span className="cx-rows__meta">
            {' '}
            · {entry.country}
            {entry.outcome ? (
              <>
                {' '}
                · <Badge kind="outcome" value={entry.outcome} />
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  )
}

function Outcomes({side}: {side: TopicSide}) {
  const {success, mixed, failure} = side.outcomes
  const total = success + mixed + failure
  if (total === 0) return <p className="cx-muted">{text.noCase}</p>
  return (
    <p className="cx-outcomes" data-outcomes={`${success}/${mixed}/${failure}`}>
      {fill(text.outcomesOf, {count: total})}{' '}
      <span className="cx-badge cx-badge--outcome cx-badge--outcome-success">{fill(text.outcomes.success, {count: success})}</span>{' '}
      <span className="cx-badge cx-badge--outcome cx-badge--outcome-mixed">{fill(text.outcomes.mixed, {count: mixed})}</span>{' '}
      <span className="cx-badge cx-badge--outcome cx-badge--outcome-failure">{fill(text.outcomes.failure, {count: failure})}</span>
    </p>
  )
}

function Side({side, level}: {side: TopicSide; level: 2 | 3}) {
  return (
    <section className="cx-topic-side" aria-label={side.heading}>
      {level === 2 ? <Heading as="h2">{side.heading}</Heading> : null}
      <p>{side.description}</p>
      <Outcomes side={side} />
      <div className="cx-topic-columns">
        <div>
          <Heading as={`h${level === 2 ? 3 : 2}`}>{fill(text.practices, {count: side.practices.length})}</Heading>
          <Rows entries={side.practices} empty={text.practicesNone} />
        </div>
        <div>
          <Heading as={`h${level === 2 ? 3 : 2}`}>{fill(text.cases, {count: side.cases.length})}</Heading>
          <Rows entries={side.cases} empty={text.casesNone} />
        </div>
      </div>
    </section>
  )
}

export default function TopicPage({topic}: {topic: Topic}): React.JSX.Element {
  const compare = topic.sides.length > 1
  // The topic's own Atom feed: a plain link (a file, not a page), and announced in the head for feed readers.
  const feed = useBaseUrl(atomPath(feedName('topic', topic.slug)))
  return (
    <Layout title={topic.title} description={topic.description}>
      <Head>
        <link rel="alternate" type="application/atom+xml" title={`${topic.title} (Atom)`} href={feed} />
      </Head>
      <main className="container margin-vert--lg">
        <p className="cx-kicker">
          <Link to="/topics">{text.topics}</Link>
        </p>
        <Heading as="h1">{topic.title}</Heading>
        <p className="cx-lead">{topic.description}</p>
        <p className="cx-muted">Source: {topic.source}</p>
        <p className="cx-follow">
          <a href={feed} type="application/atom+xml" data-feed={feedName('topic', topic.slug)}>
            {text.follow}
          </a>
        </p>
        {compare ? (
          <div className="cx-compare">
            {topic.sides.map((side) => (
              <Side key={side.heading} side={side} level={2} />
            ))}
          </div>
        ) : (
          topic.sides.map((side) => <Side key={side.heading} side={side} level={3} />)
        )}
      </main>
    </Layout>
  )
}
