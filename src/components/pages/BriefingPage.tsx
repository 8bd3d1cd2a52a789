/** /briefings/<topic>: the briefing of a topic, printable on two A4 pages. */
import React from 'react'
import Layout from '@theme/Layout'
import Link from '@docusaurus/Link'
import type {Briefing as BriefingData} from '@site/src/content/briefing'
import ui from '@site/src/content/editorial/ui.en.json'
import Briefing from '../Briefing'

const text = ui.briefing

export default function BriefingPage({briefing}: {briefing: BriefingData}): React.JSX.Element {
  return (
    <Layout title={`${text.kicker}: ${briefing.title}`} description={briefing.question}>
      <main className="container margin-vert--lg">
        <Briefing briefing={briefing}>
          <p className="cx-no-print cx-briefing__actions">
            <Link to="/briefings">{text.indexTitle}</Link> · <Link to={`/topics/${briefing.slug}`}>{text.topic}</Link> ·{' '}
            <button type="button" className="button button--secondary button--sm" onClick={() => window.print()}>
              {text.print}
            </button>
          </p>
        </Briefing>
      </main>
    </Layout>
  )
}
