import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import type {Topic, TopicEntry, TopicSide} from '@site/src/content/views'
import Badge from '../Badge'

function Rows({entries, empty}: {entries: TopicEntry[]; empty: string}) {
  if (entries.length === 0) return <p className="cx-muted">{empty}</p>
  return (
    <ul className="cx-rows">
      {entries.map((entry) => (
        <li key={entry.id} data-entry-id={entry.id}>
          <Link to={entry.permalink}>{entry.title}</Link>
          <span className="cx-rows__meta"> · {entry.country}{entry.outcome ? <> · <Badge kind="outcome" value={entry.outcome} /></> : null}</span>
        </li>
      ))}
    </ul>
  )
}

function Outcomes({side}: {side: TopicSide}) {
  const {success, mixed, failure} = side.outcomes
  const total = success + mixed + failure
  if (total === 0) return <p className="cx-muted">No case review yet.</p>
  return (
    <p className="cx-outcomes" data-outcomes={`${success}/${mixed}/${failure}`}>
      Outcomes of {total} case {total === 1 ? 'review' : 'reviews'}:{' '}
      <span className="cx-badge cx-badge--outcome cx-badge--outcome-success">{success} success</span>{' '}
      <span className="cx-badge cx-badge--outcome cx-badge--outcome-mixed">{mixed} mixed</span>{' '}
      <span className="cx-badge cx-badge--outcome cx-badge--outcome-failure">{failure} failure</span>
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
          <Heading as={`h${level === 2 ? 3 : 2}`}>Practices ({side.practices.length})</Heading>
          <Rows entries={side.practices} empty="None yet." />
        </div>
        <div>
          <Heading as={`h${level === 2 ? 3 : 2}`}>Case reviews ({side.cases.length})</Heading>
          <Rows entries={side.cases} empty="None in this edition yet." />
        </div>
      </div>
    </section>
  )
}

export default function TopicPage({topic}: {topic: Topic}): React.JSX.Element {
  const compare = topic.sides.length > 1
  return (
    <Layout title={topic.title} description={topic.description}>
      <main className="container margin-vert--lg">
        <p className="cx-kicker"><Link to="/topics">Topics</Link></p>
        <Heading as="h1">{topic.title}</Heading>
        <p className="cx-lead">{topic.description}</p>
        <p className="cx-muted">Source: {topic.source}</p>
        {compare ? (
          <div className="cx-compare">
            {topic.sides.map((side) => <Side key={side.heading} side={side} level={2} />)}
          </div>
        ) : (
          topic.sides.map((side) => <Side key={side.heading} side={side} level={3} />)
        )}
      </main>
    </Layout>
  )
}
