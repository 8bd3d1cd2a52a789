import React, {createContext, useContext, useState} from 'react'
import useIsBrowser from '@docusaurus/useIsBrowser'
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
import CompareBar from '../CompareBar'
import {COMPARE_MAX, toggleCompare} from '@site/src/content/compare'

/** The practices ticked for comparison on this topic page (shared by its sides). */
const Selection = createContext<{ids: string[]; set: (ids: string[]) => void} | null>(null)

const text = ui.topic

function Rows({entries, empty, comparable = false}: {entries: TopicEntry[]; empty: string; comparable?: boolean}) {
  const selection = useContext(Selection)
  if (entries.length === 0) return <p className="cx-muted">{empty}</p>
  return (
    <ul className="cx-rows">
      {entries.map((entry) => (
        <li key={entry.id} data-entry-id={entry.id}>
          {comparable && selection ? (
            <label className="cx-rows__compare cx-no-print">
              <input
                type="checkbox"
                checked={selection.ids.includes(entry.id)}
                disabled={!selection.ids.includes(entry.id) && selection.ids.length >= COMPARE_MAX}
                onChange={() => selection.set(toggleCompare(selection.ids, entry.id))}
              />
              <span className="cx-sr-only">{fill(ui.compare.selectLabel, {title: entry.title})}</span>{' '}
            </label>
          ) : null}
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
            {entry.composite ? (
              <>
                {' '}
                <Badge kind="provenance" value={entry.composite} />
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
    <>
      <p className="cx-outcomes" data-outcomes={`${success}/${mixed}/${failure}`}>
        {fill(text.outcomesOf, {count: total})}{' '}
        <span className="cx-badge cx-badge--outcome cx-badge--outcome-success">{fill(text.outcomes.success, {count: success})}</span>{' '}
        <span className="cx-badge cx-badge--outcome cx-badge--outcome-mixed">{fill(text.outcomes.mixed, {count: mixed})}</span>{' '}
        <span className="cx-badge cx-badge--outcome cx-badge--outcome-failure">{fill(text.outcomes.failure, {count: failure})}</span>
      </p>
      <p className="cx-tally" data-composites={side.composites} data-total={total}>
        {side.composites > 0 ? fill(ui.provenance.compositesOf, {count: side.composites, total}) : ui.provenance.noComposite}
      </p>
    </>
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
          <Rows entries={side.practices} empty={text.practicesNone} comparable />
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
  const isBrowser = useIsBrowser()
  const [ids, setIds] = useState<string[]>([])
  const practiceType = topic.sides.flatMap((side) => side.practices)[0]?.type
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
        <p className="cx-topic-actions">
          <Link to={`/briefings/${topic.slug}`}>{ui.briefing.kicker}</Link>
          {isBrowser && practiceType ? <span className="cx-muted cx-no-print"> · {ui.compare.topic}</span> : null}
        </p>
        <Selection.Provider value={isBrowser ? {ids, set: setIds} : null}>
          {compare ? (
            <div className="cx-compare">
              {topic.sides.map((side) => (
                <Side key={side.heading} side={side} level={2} />
              ))}
            </div>
          ) : (
            topic.sides.map((side) => <Side key={side.heading} side={side} level={3} />)
          )}
          {practiceType ? <CompareBar type={practiceType} ids={ids} onClear={() => setIds([])} /> : null}
        </Selection.Provider>
      </main>
    </Layout>
  )
}
