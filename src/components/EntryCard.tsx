import React from 'react'
import Link from '@docusaurus/Link'
import Heading from '@theme/Heading'
import type {Card} from '@site/src/content/views'
import {unnamedCountries} from '@site/src/content/browse'
import Badge from './Badge'

const phaseNames: Record<string, string> = {prison: 'Prison', 'pre-release': 'Pre-release', probation: 'Probation', community: 'Community'}

/** One entry in a list: title link, type, country, outcome or evidence, summary, phases. */
export default function EntryCard({card, headingLevel = 3}: {card: Card; headingLevel?: 2 | 3 | 4}): React.JSX.Element {
  return (
    <article className="cx-card" data-entry-id={card.id}>
      <Heading as={`h${headingLevel}`} className="cx-card__title">
        <Link to={card.permalink}>{card.title}</Link>
      </Heading>
      <p className="cx-card__meta">
        <span className="cx-card__type">{card.typeLabel}</span>
        {unnamedCountries.includes(card.country.value) ? null : (
          <>
            <span aria-hidden="true"> · </span>
            <span className="cx-card__country">{card.country.label}</span>
          </>
        )}
        {card.badges.map((badge) => (
          <React.Fragment key={badge.kind}>
            {' '}
            <Badge kind={badge.kind} value={badge.value} />
          </React.Fragment>
        ))}
      </p>
      <p className="cx-card__summary">{card.summary}</p>
      <p className="cx-card__phases">
        <span className="cx-sr-only">Phases: </span>
        {(card.facets.phase ?? []).map((phase) => phaseNames[phase] ?? phase).join(' → ')}
      </p>
    </article>
  )
}
