import React from 'react'
import Link from '@docusaurus/Link'
import Heading from '@theme/Heading'
import type {Card} from '@site/src/content/views'
import {unnamedCountries} from '@site/src/content/browse'
import Badge from './Badge'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const phaseNames: Record<string, string> = {prison: 'Prison', 'pre-release': 'Pre-release', probation: 'Probation', community: 'Community'}

/** One entry in a list: title link, type, country, outcome or evidence, summary, phases. */
/** A card's "Compare" checkbox: checked when selected, disabled when the selection is full. */
export interface CompareChoice {
  checked: boolean
  disabled: boolean
  onToggle: () => void
}

export default function EntryCard({card, headingLevel = 3, compare}: {card: Card; headingLevel?: 2 | 3 | 4; compare?: CompareChoice}): React.JSX.Element {
  return (
    <article className="cx-card" data-entry-id={card.id}>
      {compare ? (
        <label className="cx-card__compare cx-no-print">
          <input type="checkbox" checked={compare.checked} disabled={compare.disabled} onChange={compare.onToggle} />{' '}
          <span aria-hidden="true">{ui.compare.select}</span>
          <span className="cx-sr-only">{fill(ui.compare.selectLabel, {title: card.title})}</span>
        </label>
      ) : null}
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
