/** One result of the search page: title link, type, country, outcome, summary, phases and last review. */
import React from 'react'
import Link from '@docusaurus/Link'
import Heading from '@theme/Heading'
import type {SearchHit} from '@site/src/search/semantics'

export default function SearchHitCard({hit, text}: {hit: SearchHit; text: {lastReviewed: string; phases: string}}): React.JSX.Element {
  return (
    <article className="cx-card cx-search-hit" data-entry-id={hit.id}>
      <Heading as="h3" className="cx-card__title">
        <Link to={hit.url}>{hit.title}</Link>
      </Heading>
      <p className="cx-card__meta">
        <span className="cx-card__type">{hit.typeLabel}</span>
        <span aria-hidden="true"> · </span>
        <span>{hit.country}</span>
        {hit.outcome ? (
          <>
            {' '}
            <span className={`cx-badge cx-badge--outcome cx-badge--outcome-${hit.outcome.toLowerCase()}`}>{hit.outcome}</span>
          </>
        ) : null}
        {hit.provenance ? (
          <>
            {' '}
            <span className="cx-badge cx-badge--provenance cx-badge--provenance-composite">{hit.provenance}</span>
          </>
        ) : null}
      </p>
      <p className="cx-card__summary">{hit.summary}</p>
      <p className="cx-card__phases">
        {hit.phases.length > 0 ? (
          <>
            <span className="cx-sr-only">{text.phases} </span>
            <span className="cx-search-hit__phases">{hit.phases.join(' → ')}</span>
            <span aria-hidden="true"> · </span>
          </>
        ) : null}
        <span className="cx-search-hit__reviewed">
          {text.lastReviewed} <time dateTime={hit.lastReviewed}>{hit.lastReviewed}</time>
        </span>
      </p>
    </article>
  )
}
