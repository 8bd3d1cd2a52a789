/**
 * The semantics of the landing pages' browsing: facets (OR within a facet, AND across facets),
 * a text filter (every word must appear), sort, and the URL query string that holds the state.
 * Pure functions, shared by the portal and its tests.
 */
import type {Card, Facet} from './views.js'

export const sorts = [
  {value: 'title', label: 'Title (A–Z)'},
  {value: 'reviewed', label: 'Last reviewed (newest first)'},
  {value: 'country', label: 'Country'},
] as const
export type SortKey = (typeof sorts)[number]['value']

export interface BrowseState {
  q: string
  sort: SortKey
  /** Facet id → selected values (empty or absent: no filter). */
  selected: Record<string, string[]>
}

export const emptyState: BrowseState = {q: '', sort: 'title', selected: {}}

/** Reads the state from a query string such as `?phase=prison&phase=probation&q=women&sort=reviewed`. Unknown keys and values are ignored. */
export function parseState(search: string, facets: readonly Facet[]): BrowseState {
  const params = new URLSearchParams(search)
  const selected: Record<string, string[]> = {}
  for (const facet of facets) {
    const known = new Set(facet.values.map((value) => value.value))
    const values = [
      ...new Set(
        params
          .getAll(facet.id)
          .flatMap((value) => value.split(','))
          .filter((value) => known.has(value)),
      ),
    ]
    if (values.length > 0) selected[facet.id] = values
  }
  const sort = params.get('sort')
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    sort: sorts.some((s) => s.value === sort) ? (sort as SortKey) : 'title',
    selected,
  }
}

/** Writes the state as a query string (facets in display order, values in vocabulary order), '' for the empty state. */
export function searchOf(state: BrowseState, facets: readonly Facet[]): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  for (const facet of facets) {
    const chosen = state.selected[facet.id] ?? []
    for (const value of facet.values) if (chosen.includes(value.value)) params.append(facet.id, value.value)
  }
  if (state.sort !== 'title') params.set('sort', state.sort)
  const text = params.toString()
  return text ? `?${text}` : ''
}

const wordsOf = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean)

const haystacks = new WeakMap<Card, string>()
/** What the text filter searches: title, summary and the labels of the card's values. */
function haystackOf(card: Card): string {
  let text = haystacks.get(card)
  if (text === undefined) {
    text = `${card.title} ${card.summary} ${card.text}`.toLowerCase()
    haystacks.set(card, text)
  }
  return text
}

function matches(card: Card, state: BrowseState, words: readonly string[], except?: string): boolean {
  if (words.length > 0 && !words.every((word) => haystackOf(card).includes(word))) return false
  for (const [facet, chosen] of Object.entries(state.selected)) {
    if (facet === except || chosen.length === 0) continue
    const values = card.facets[facet] ?? []
    if (!chosen.some((value) => values.includes(value))) return false
  }
  return true
}

/** The cards that match the state, sorted. */
export function applyState(cards: readonly Card[], state: BrowseState): Card[] {
  const words = wordsOf(state.q)
  const kept = cards.filter((card) => matches(card, state, words))
  const byTitle = (a: Card, b: Card) => a.title.localeCompare(b.title, 'en')
  const order: Record<SortKey, (a: Card, b: Card) => number> = {
    title: byTitle,
    reviewed: (a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || byTitle(a, b),
    country: (a, b) => a.country.label.localeCompare(b.country.label, 'en') || byTitle(a, b),
  }
  return kept.sort(order[state.sort])
}

/**
 * How many cards each value of a facet would show if it were chosen, given the other facets and
 * the text filter (the usual faceted-search count).
 */
export function countsOf(cards: readonly Card[], state: BrowseState, facet: Facet): Map<string, number> {
  const words = wordsOf(state.q)
  const counts = new Map<string, number>(facet.values.map((value) => [value.value, 0]))
  for (const card of cards) {
    if (!matches(card, state, words, facet.id)) continue
    for (const value of new Set(card.facets[facet.id] ?? [])) if (counts.has(value)) counts.set(value, counts.get(value)! + 1)
  }
  return counts
}

/** Toggles one value of a facet. */
export function toggle(state: BrowseState, facet: string, value: string): BrowseState {
  const chosen = state.selected[facet] ?? []
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
  const selected = {...state.selected, [facet]: next}
  if (next.length === 0) delete selected[facet]
  return {...state, selected}
}
