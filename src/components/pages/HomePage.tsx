import React from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import type {Card, KeyFigure} from '@site/src/content/views'
import EntryCard from '../EntryCard'
import KeyFigures from '../KeyFigures'

interface Home {
  counts: {stories: number; topics: number}
  /** One entry point per entry type. */
  types: Array<{folder: string; noun: [string, string]; tagline: string; count: number}>
  figures: KeyFigure[]
  latest: Card[]
  topics: Array<{slug: string; title: string}>
}

const strip = [
  {to: '/practices?phase=prison', label: 'Prison'},
  {to: '/practices?phase=pre-release', label: 'Pre-release'},
  {to: '/practices?phase=probation', label: 'Probation'},
  {to: '/practices?phase=community', label: 'Community'},
]

export default function HomePage({home, edition}: {home: Home; edition: {edition: string}}): React.JSX.Element {
  return (
    <Layout title="Home" description="Practices and anonymised case reviews for work with violent extremist or terrorist offenders, from prison to probation to the community.">
      <main>
        <div className="cx-hero">
          <div className="container">
            <Heading as="h1" className="cx-hero__title">Continuum</Heading>
            <p className="cx-hero__lead">
              Practices and anonymised case reviews for everyone who works with violent extremist or terrorist
              offenders (VETOs) on their way from prison, through probation, into the community.
              {edition.edition === 'practitioners' ? ' Practitioner edition.' : ''}
            </p>
            <nav aria-label="The continuum">
              <ol className="cx-strip cx-strip--nav">
                {strip.map((phase) => <li key={phase.to} className="cx-strip__phase cx-strip__phase--lit"><Link to={phase.to}>{phase.label}</Link></li>)}
              </ol>
            </nav>
          </div>
        </div>
        <div className="container margin-vert--lg">
          <div className="cx-entry-points">
            {home.types.map((type) => (
              <Link key={type.folder} className="cx-entry-point" to={`/${type.folder}`}><strong>{type.count} {type.count === 1 ? type.noun[0] : type.noun[1]}</strong><span>{type.tagline}</span></Link>
            ))}
            <Link className="cx-entry-point" to="/topics"><strong>{home.counts.topics} topics</strong><span>Concentration or dispersion, women, NGOs, each recommendation</span></Link>
            <Link className="cx-entry-point" to="/success-stories"><strong>{home.counts.stories} success stories</strong><span>Cleared for communicators to quote</span></Link>
          </div>
          <KeyFigures figures={home.figures} heading="Why it matters" id="home-figures" />
          <section aria-labelledby="home-topics">
            <Heading as="h2" id="home-topics">Topics</Heading>
            <ul className="cx-topic-list">
              {home.topics.map((topic) => <li key={topic.slug}><Link to={`/topics/${topic.slug}`}>{topic.title}</Link></li>)}
              <li><Link to="/topics">All topics, and one per recommendation of the paper</Link></li>
            </ul>
          </section>
          <section aria-labelledby="home-latest">
            <Heading as="h2" id="home-latest">Recently reviewed</Heading>
            <ul className="cx-card-list cx-card-list--grid">
              {home.latest.map((card) => <li key={card.id}><EntryCard card={card} /></li>)}
            </ul>
          </section>
        </div>
      </main>
    </Layout>
  )
}
