/**
 * The state of the search page (/search): words, facet values and sort, held in the URL
 * (`/search?q=mentor&type=case&outcome=success&sort=date`) so that a search can be shared, and
 * restored from it on load and on back/forward. Pure functions, shared by the portal and its tests.
 */
import type {SearchQuery} from '../search/semantics'
import {appendSelected, maxQueryLength, selectedOf} from './browse'
import type {Facet} from './views'

/** Results the search page shows first, and adds with each "Show more". */
export const SEARCH_PAGE = 20

export const searchSorts = ['relevance', 'date'] as const
export type SearchSort = (typeof searchSorts)[number]

export interface SearchState {
  q: string
  sort: SearchSort
  /** Facet id → selected values (absent: no filter). */
  selected: Record<string, string[]>
}

export const emptySearch: SearchState = {q: '', sort: 'relevance', selected: {}}

/** Reads the state from a query string; unknown facets, values and sorts are ignored. */
export function parseSearch(search: string, facets: readonly Facet[]): SearchState {
  const params = new URLSearchParams(search)
  const sort = params.get('sort')
  return {
    q: (params.get('q') ?? '').slice(0, maxQueryLength),
    sort: searchSorts.some((key) => key === sort) ? (sort as SearchSort) : 'relevance',
    selected: selectedOf(params, facets),
  }
}

/** Writes the state as a query string (the words trimmed, facets in display order, the sort unless relevance), '' for the empty state. */
export function searchUrlOf(state: SearchState, facets: readonly Facet[]): string {
  const params = new URLSearchParams()
  if (state.q.trim()) params.set('q', state.q.trim())
  appendSelected(params, state.selected, facets)
  if (state.sort !== 'relevance') params.set('sort', state.sort)
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** Whether the state asks for anything: words or a facet value. */
export const isActive = (state: SearchState) => state.q.trim() !== '' || Object.values(state.selected).some((values) => values.length > 0)

/** The query the state asks for, the first `limit` results; none for an empty state (the page prompts instead). */
export function queryOf(state: SearchState, limit: number): SearchQuery | undefined {
  if (!isActive(state)) return undefined
  return {q: state.q, filters: state.selected, sort: state.sort, limit, offset: 0}
}
