/**
 * The semantics of the landing pages' browsing: facets (OR within a facet, AND across facets), the
 * words (the ids the portal's search found for them, best first), sort, and the URL query string
 * that holds the state. Pure functions, shared by the portal and its tests; the words themselves
 * are matched by the search engine (src/search/engine.ts), never here.
 */
import type {Card, Facet} from './views.js'

/** The sorts of a landing page; `relevance` is offered while words are typed (src/content/editorial/ui.en.json labels them). */
export const sortKeys = ['relevance', 'title', 'reviewed', 'country'] as const
export type SortKey = (typeof sortKeys)[number]

export interface BrowseState {
  q: string
  /** The sort the reader chose; absent: relevance while there are words, else title. */
  sort?: SortKey
  /** Facet id → selected values (empty or absent: no filter). */
  selected: Record<string, string[]>
}

export const emptyState: BrowseState = {q: '', selected: {}}

/** The sort in force: the one chosen, else relevance with words and title without; relevance without words is title order. */
export function sortOf(state: BrowseState): SortKey {
  const words = state.q.trim() !== ''
  const sort = state.sort ?? (words ? 'relevance' : 'title')
  return sort === 'relevance' && !words ? 'title' : sort
}

/** The facet values of a query string, known facets and values only (several values: repeated keys, or commas). */
export function selectedOf(params: URLSearchParams, facets: readonly Facet[]): Record<string, string[]> {
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
  return selected
}

/** Adds the selected values to a query string: facets in display order, values in vocabulary order. */
export function appendSelected(params: URLSearchParams, selected: Record<string, string[]>, facets: readonly Facet[]): void {
  for (const facet of facets) {
    const chosen = selected[facet.id] ?? []
    for (const value of facet.values) if (chosen.includes(value.value)) params.append(facet.id, value.value)
  }
}

/** The longest query kept from a URL. */
export const maxQueryLength = 200

/** Reads the state from a query string such as `?phase=prison&phase=probation&q=women&sort=reviewed`. Unknown keys and values are ignored. */
export function parseState(search: string, facets: readonly Facet[]): BrowseState {
  const params = new URLSearchParams(search)
  const sort = params.get('sort')
  return {
    q: (params.get('q') ?? '').slice(0, maxQueryLength),
    ...(sortKeys.some((key) => key === sort) ? {sort: sort as SortKey} : {}),
    selected: selectedOf(params, facets),
  }
}

/** Writes the state as a query string, '' for the empty state; a sort only when one was chosen. */
export function searchOf(state: BrowseState, facets: readonly Facet[]): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  appendSelected(params, state.selected, facets)
  if (state.sort) params.set('sort', state.sort)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/**
 * The ids the search found for the state's words, best first; `undefined` when there are no words
 * (every card passes). Cards are kept by membership, ranked by position.
 */
export type Ranking = readonly string[] | undefined

function rankOf(state: BrowseState, ranking: Ranking): Map<string, number> | undefined {
  if (state.q.trim() === '') return undefined
  if (!ranking) throw new Error('The words of the state need the ids the search found for them.')
  return new Map(ranking.map((id, i) => [id, i]))
}

function matches(card: Card, state: BrowseState, rank: Map<string, number> | undefined, except?: string): boolean {
  if (rank && !rank.has(card.id)) return false
  for (const [facet, chosen] of Object.entries(state.selected)) {
    if (facet === except || chosen.length === 0) continue
    const values = card.facets[facet] ?? []
    if (!chosen.some((value) => values.includes(value))) return false
  }
  return true
}

/** The cards that match the state, sorted; with words, `ranking` is what the search found for them. */
export function applyState(cards: readonly Card[], state: BrowseState, ranking?: Ranking): Card[] {
  const rank = rankOf(state, ranking)
  const kept = cards.filter((card) => matches(card, state, rank))
  const byTitle = (a: Card, b: Card) => a.title.localeCompare(b.title, 'en')
  const order: Record<SortKey, (a: Card, b: Card) => number> = {
    relevance: (a, b) => rank!.get(a.id)! - rank!.get(b.id)!,
    title: byTitle,
    reviewed: (a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || byTitle(a, b),
    country: (a, b) => a.country.label.localeCompare(b.country.label, 'en') || byTitle(a, b),
  }
  return kept.sort(order[sortOf(state)])
}

/**
 * How many cards each value of a facet would show if it were chosen, given the other facets and
 * the words (the usual faceted-search count).
 */
export function countsOf(cards: readonly Card[], state: BrowseState, facet: Facet, ranking?: Ranking): Map<string, number> {
  const rank = rankOf(state, ranking)
  const counts = new Map<string, number>(facet.values.map((value) => [value.value, 0]))
  for (const card of cards) {
    if (!matches(card, state, rank, facet.id)) continue
    for (const value of new Set(card.facets[facet.id] ?? [])) if (counts.has(value)) counts.set(value, counts.get(value)! + 1)
  }
  return counts
}

/** Toggles one value of a facet. */
export function toggle<S extends {selected: Record<string, string[]>}>(state: S, facet: string, value: string): S {
  const chosen = state.selected[facet] ?? []
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
  const selected = {...state.selected, [facet]: next}
  if (next.length === 0) delete selected[facet]
  return {...state, selected}
}

/** Country values that name no one country (several, withheld): a card shows a country only when its source gives one. */
export const unnamedCountries: readonly string[] = ['multi', 'undisclosed']

/** Whether a facet can narrow a list: some value is held by some entries but not all (or one is chosen). */
export function discriminates(values: readonly string[], counts: Readonly<Record<string, number>>, total: number, chosen: readonly string[] = []): boolean {
  return chosen.length > 0 || values.some((value) => (counts[value] ?? 0) > 0 && (counts[value] ?? 0) < total)
}
