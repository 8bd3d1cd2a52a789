import React from 'react'
import type {SearchHit} from '@site/src/search/semantics'

/** What a search result shows besides its title: type, country and (case reviews) outcome, and whether it is an illustrative composite. */
export default function SearchHitMeta({hit}: {hit: SearchHit}): React.JSX.Element {
  return (
    <span className="cx-hit__meta">
      {hit.typeLabel} · {hit.country}
      {hit.outcome ? (
        <>
          {' '}
          · <span className={`cx-badge cx-badge--outcome cx-badge--outcome-${hit.outcome.toLowerCase()}`}>{hit.outcome}</span>
        </>
      ) : null}
      {hit.provenance ? (
        <>
          {' '}
          · <span className="cx-badge cx-badge--provenance cx-badge--provenance-composite">{hit.provenance}</span>
        </>
      ) : null}
    </span>
  )
}
