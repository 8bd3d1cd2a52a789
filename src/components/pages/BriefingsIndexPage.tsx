/** /briefings: every topic's briefing with its counts, and the way to a briefing of any filter. */
import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.briefing

interface Item {
  slug: string
  title: string
  counts: {practices: number; cases: number; composites: number; lessons: number}
}

export default function BriefingsIndexPage({briefings}: {briefings: Item[]}): React.JSX.Element {
  return (
    <Layout title={text.indexTitle} description={text.indexDescription}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{text.indexTitle}</Heading>
        <p className="cx-lead">{text.indexLead}</p>
        <p>
          <Link to="/briefings/selection">{text.selectionLink}</Link>
        </p>
        <ul className="cx-topic-list cx-briefing-list">
          {briefings.map((b) => (
            <li key={b.slug} data-briefing={b.slug}>
              <Link to={`/briefings/${b.slug}`}>{b.title}</Link>
              <span className="cx-muted"> — {fill(text.listItem, b.counts)}</span>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  )
}
