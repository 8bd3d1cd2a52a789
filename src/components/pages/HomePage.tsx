import React, {useState} from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import {useHistory} from '@docusaurus/router'
import useBaseUrl from '@docusaurus/useBaseUrl'
import type {Card, KeyFigure} from '@site/src/content/views'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'
import EntryCard from '../EntryCard'
import KeyFigures from '../KeyFigures'

interface Home {
  counts: {stories: number; storyComposites: number; topics: number}
  /** One entry point per entry type. */
  types: Array<{folder: string; noun: [string, string]; tagline: string; count: number; composites: number}>
  figures: KeyFigure[]
  latest: Card[]
  topics: Array<{slug: string; title: string}>
  /** The phases of the continuum, each linking to the entries of that phase. */
  strip: Array<{to: string; label: string}>
}

const text = ui.home

/**
 * A search form that opens the search page with its words: a plain GET form (it works without
 * JavaScript too), handled in the page once hydrated. It loads nothing of the search itself.
 */
function HomeSearch(): React.JSX.Element {
  const action = useBaseUrl('/search')
  const history = useHistory()
  const [q, setQ] = useState('')
  return (
    <form
      className="cx-home-search"
      role="search"
      action={action}
      method="get"
      onSubmit={(event) => {
        event.preventDefault()
        const words = q.trim()
        history.push(words ? `${action}?${new URLSearchParams({q: words}).toString()}` : action)
      }}
    >
      <label htmlFor="cx-home-q">{text.searchLabel}</label>
      <div className="cx-home-search__row">
        <input id="cx-home-q" type="search" name="q" value={q} placeholder={text.searchPlaceholder} onChange={(event) => setQ(event.target.value)} />
        <button type="submit" className="button button--primary">
          {text.searchButton}
        </button>
      </div>
    </form>
  )
}

export default function HomePage({home, edition}: {home: Home; edition: {edition: string}}): React.JSX.Element {
  return (
    <Layout title={text.title} description={text.description}>
      <main>
        <div className="cx-hero">
          <div className="container">
            <Heading as="h1" className="cx-hero__title">
              Continuum
            </Heading>
            <p className="cx-hero__lead">
              {text.lead}
              {edition.edition === 'practitioners' ? text.practitionerEdition : ''}
            </p>
            <HomeSearch />
            <nav aria-label={text.continuum}>
              <ol className="cx-strip cx-strip--nav">
                {home.strip.map((phase) => (
                  <li key={phase.to} className="cx-strip__phase cx-strip__phase--lit">
                    <Link to={phase.to}>{phase.label}</Link>
                  </li>
                ))}
              </ol>
            </nav>
          </div>
        </div>
        <div className="container margin-vert--lg">
          <div className="cx-entry-points">
            {home.types.map((type) => (
              <Link key={type.folder} className="cx-entry-point" to={`/${type.folder}`}>
                <strong>
                  {type.count} {type.count === 1 ? type.noun[0] : type.noun[1]}
                </strong>
                {type.composites > 0 ? <span className="cx-tally">{fill(text.composites, {count: type.composites})}</span> : null}
                <span>{type.tagline}</span>
              </Link>
            ))}
            <Link className="cx-entry-point" to="/topics">
              <strong>{fill(text.topicsCount, {count: home.counts.topics})}</strong>
              <span>{text.topicsTagline}</span>
            </Link>
            <Link className="cx-entry-point" to="/success-stories">
              <strong>{fill(text.storiesCount, {count: home.counts.stories})}</strong>
              {home.counts.storyComposites > 0 ? <span className="cx-tally">{fill(text.composites, {count: home.counts.storyComposites})}</span> : null}
              <span>{text.storiesTagline}</span>
            </Link>
          </div>
          <KeyFigures figures={home.figures} heading={text.figuresHeading} id="home-figures" />
          <section aria-labelledby="home-topics">
            <Heading as="h2" id="home-topics">
              {text.topicsHeading}
            </Heading>
            <ul className="cx-topic-list">
              {home.topics.map((topic) => (
                <li key={topic.slug}>
                  <Link to={`/topics/${topic.slug}`}>{topic.title}</Link>
                </li>
              ))}
              <li>
                <Link to="/topics">{text.allTopics}</Link>
              </li>
            </ul>
          </section>
          <section aria-labelledby="home-latest">
            <Heading as="h2" id="home-latest">
              {text.latestHeading}
            </Heading>
            <ul className="cx-card-list cx-card-list--grid">
              {home.latest.map((card) => (
                <li key={card.id}>
                  <EntryCard card={card} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      </main>
    </Layout>
  )
}
