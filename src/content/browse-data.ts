/**
 * A lean first load for the landing pages (/practices, /cases): what ships inline with the page and
 * what the page fetches after load.
 *
 * - Inline (the route's data module, and the server-rendered HTML): the facet definitions, the
 *   counts of the unfiltered state, the number of cards, and the first page of cards in the default
 *   sort. Enough for the first screen, without JavaScript too.
 * - Deferred (a static JSON file with a content hash in its name): every card as a compact row,
 *   facet values as small integers into the inline facet definitions. The page fetches it once, on
 *   the first interaction or when the URL asks for a filter, then browses exactly as before (the
 *   words are matched by the portal's search, which gives the ids of the cards to keep).
 *
 * Pure functions over the cards and facets of a view (no Docusaurus, no React): the entry types
 * decide the cards and facets, this decides only what travels when.
 */
import {applyState, countsOf, emptyState} from './browse'
import type {BadgeView, Browser, Card, Facet, Labelled} from './views'

/** Cards of the first page (the server-rendered HTML and the inline data). */
export const FIRST_PAGE = 12
/** Cards each "Show more" adds. */
export const PAGE_STEP = 24

/** What the landing page's route module ships inline. */
export interface BrowseFirst {
  type: string
  /** Title, introduction and nouns of the page (from the entry type). */
  labels: Browser['labels']
  facets: Facet[]
  /** Facet id → value → number of cards with it, in the unfiltered state. */
  counts: Record<string, Record<string, number>>
  /** Number of cards in all. */
  total: number
  /** The first cards in the default sort. */
  first: Card[]
  /** Where the full table is (a URL under the site's base URL, set by the plugin). */
  table: string
}

/**
 * A badge in a row: its kind and the index of its value in the facet of that id, when there is one
 * labelling the value the same way (most badges: outcome, evidence); else the badge itself.
 */
export type TableBadge = [string, number] | BadgeView

/**
 * One card: id, title, summary, permalink, last reviewed, the index of its country in the country
 * facet, its badges, then per facet the indices of the card's values.
 */
export type TableRow = [string, string, string, string, string, number, TableBadge[], ...number[][]]

/** The deferred file: every card of the view, compact. */
export interface BrowseTable {
  v: 3
  type: string
  typeLabel: string
  /** Facet ids, in the order of the rows' facet columns. */
  facets: string[]
  rows: TableRow[]
}

/** The cards in the default sort, as the page shows them first. */
export const inDefaultOrder = (cards: readonly Card[]): Card[] => applyState(cards, emptyState)

/** Splits a view (its cards and facets) into what ships inline and what is fetched after load. */
export function splitBrowser(view: Browser, options: {firstPage?: number} = {}): {first: Omit<BrowseFirst, 'table'>; table: BrowseTable} {
  const ordered = inDefaultOrder(view.cards)
  const counts = Object.fromEntries(view.facets.map((facet) => [facet.id, Object.fromEntries(countsOf(ordered, emptyState, facet))]))
  const first = ordered.slice(0, options.firstPage ?? FIRST_PAGE)
  return {
    first: {type: view.type, labels: view.labels, facets: view.facets, counts, total: ordered.length, first},
    table: encodeTable(view.type, view.typeLabel, ordered, view.facets),
  }
}

/** Every card as a compact row (facet values as indices into the facets given). */
export function encodeTable(type: string, typeLabel: string, cards: readonly Card[], facets: readonly Facet[]): BrowseTable {
  const index = new Map(facets.map((facet) => [facet.id, new Map(facet.values.map((value, i) => [value.value, i]))]))
  const indexOf = (facet: string, value: string, card: Card) => {
    const i = index.get(facet)?.get(value)
    if (i === undefined) throw new Error(`Card ${card.id}: value ${value} is not among the values of facet ${facet}`)
    return i
  }
  const rows = cards.map((card): TableRow => {
    const country = indexOf('country', card.country.value, card)
    const known = facets.find((facet) => facet.id === 'country')!.values[country]!
    if (known.label !== card.country.label || known.description !== card.country.description)
      throw new Error(`Card ${card.id}: its country is not labelled as in facet country`)
    if (card.typeLabel !== typeLabel) throw new Error(`Card ${card.id}: type label ${card.typeLabel}, expected ${typeLabel}`)
    const badges = card.badges.map((badge): TableBadge => {
      const i = index.get(badge.kind)?.get(badge.value.value)
      const value = i === undefined ? undefined : facets.find((facet) => facet.id === badge.kind)!.values[i]!
      return i !== undefined && badge.prefix === undefined && value!.label === badge.value.label && value!.description === badge.value.description
        ? [badge.kind, i]
        : badge
    })
    for (const facet of Object.keys(card.facets))
      if (!index.has(facet) && (card.facets[facet] ?? []).length > 0) throw new Error(`Card ${card.id}: facet ${facet} is not among the facets`)
    return [
      card.id,
      card.title,
      card.summary,
      card.permalink,
      card.lastReviewed,
      country,
      badges,
      ...facets.map((facet) => (card.facets[facet.id] ?? []).map((value) => indexOf(facet.id, value, card))),
    ]
  })
  return {v: 3, type, typeLabel, facets: facets.map((facet) => facet.id), rows}
}

/** The cards again, from the table and the inline facet definitions. */
export function decodeTable(table: BrowseTable, facets: readonly Facet[]): Card[] {
  if (table.v !== 3) throw new Error(`Unknown table version ${String(table.v)}`)
  const byId = new Map(facets.map((facet) => [facet.id, facet]))
  const columns = table.facets.map((id) => {
    const facet = byId.get(id)
    if (!facet) throw new Error(`Unknown facet ${id}`)
    return facet
  })
  const valueOf = (facet: Facet, i: number): Labelled => {
    const value = facet.values[i]
    if (!value) throw new Error(`Facet ${facet.id} has no value ${i}`)
    return value
  }
  return table.rows.map(
    ([id, title, summary, permalink, lastReviewed, country, badges, ...values]): Card => ({
      id,
      type: table.type,
      typeLabel: table.typeLabel,
      title,
      summary,
      permalink,
      country: valueOf(byId.get('country')!, country),
      lastReviewed,
      badges: badges.map((badge) => (Array.isArray(badge) ? {kind: badge[0], value: valueOf(byId.get(badge[0])!, badge[1])} : badge)),
      facets: Object.fromEntries(columns.map((facet, c) => [facet.id, (values[c] ?? []).map((i) => valueOf(facet, i).value)])),
    }),
  )
}
