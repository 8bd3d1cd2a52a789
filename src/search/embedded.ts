/**
 * The embedded search engine (MiniSearch): built at build time from the search documents,
 * serialised to one JSON payload, loaded lazily by the browser, and queried with the semantics of
 * semantics.ts. The same code answers `continuum search` without a server.
 * (The browser imports it too: its imports carry no `.js` extension, which the portal's bundler
 * would not map to `.ts`.)
 */
import MiniSearch, {type Query, type SearchResult} from 'minisearch'
import type {SearchDocument} from './documents'
import {type FacetId, normalise, queryGroups, type QueryGroup, searchFacets, type SearchHit, type SearchQuery, typoBudget} from './semantics'

/** Field weights: title above summary above vocabulary terms above body. */
export const fieldBoosts = {title: 6, summary: 3, terms: 2, body: 1} as const

const facetAttributes = searchFacets.map((facet) => facet.attribute)
// Only what a hit shows or a filter reads; labels and file paths are derived (see hitOf).
const storeFields = ['title', 'url', ...new Set(facetAttributes)] as const

const tokenize = (text: string) => text.split(/[^\p{L}\p{N}\p{M}]+/u)
const processTerm = (term: string) => normalise(term) || null

/** Index options: the same when building and when loading. */
export function options() {
  return {
    idField: 'id',
    fields: Object.keys(fieldBoosts),
    storeFields: [...storeFields],
    tokenize,
    processTerm,
    searchOptions: {boost: {...fieldBoosts}, combineWith: 'AND' as const},
  }
}

export interface EmbeddedPayload {
  format: 'continuum-search/2'
  synonyms: Array<[string, string[]]>
  /** Display labels of the types, countries and outcomes that occur. */
  labels: Record<string, string>
  index: unknown
}

export interface EmbeddedEngine {
  mini: MiniSearch<SearchDocument>
  synonyms: Map<string, string[]>
  labels: Record<string, string>
}

export function load(payload: EmbeddedPayload): EmbeddedEngine {
  if (payload.format !== 'continuum-search/2') throw new Error(`Unknown search index format ${String(payload.format)}`)
  return {
    mini: MiniSearch.loadJS<SearchDocument>(payload.index as Parameters<typeof MiniSearch.loadJS>[0], options()),
    synonyms: new Map(payload.synonyms),
    labels: payload.labels,
  }
}

const fuzzy = (term: string) => typoBudget(term) || false

function leaf(words: readonly string[], prefixLast: boolean): Query {
  return {
    queries: [words.join(' ')],
    combineWith: 'AND',
    fuzzy,
    prefix: prefixLast ? (_term: string, index: number, terms: string[]) => index === terms.length - 1 : false,
  }
}

function groupQuery(group: QueryGroup): Query {
  const typed = leaf(group.typed, group.last)
  if (group.alternatives.length === 0) return typed
  return {combineWith: 'OR', queries: [typed, ...group.alternatives.map((words) => leaf(words, false))]}
}

/** Whether stored fields pass the filters: OR within a facet, AND across facets. */
export function passes(stored: Record<string, unknown>, filters: SearchQuery['filters']): boolean {
  for (const facet of searchFacets) {
    const wanted = filters?.[facet.id as FacetId]
    if (!wanted || wanted.length === 0) continue
    const value = stored[facet.attribute]
    const values = Array.isArray(value) ? (value as string[]) : value === undefined ? [] : [String(value)]
    if (!wanted.some((w) => values.includes(w))) return false
  }
  return true
}

/** The outcome label of a stored outcome value (a one-value list). */
function outcomeOf(engine: EmbeddedEngine, stored: unknown): {outcome?: string} {
  const value = [stored ?? []].flat()[0]
  return value === undefined ? {} : {outcome: engine.labels[`outcome:${String(value)}`] ?? String(value)}
}

/** Runs a query; hits best first. */
export function searchEmbedded(engine: EmbeddedEngine, query: SearchQuery): SearchHit[] {
  const groups = queryGroups(query.q, engine.synonyms)
  const filter = (result: SearchResult) => passes(result, query.filters)
  const results =
    groups.length === 0
      ? engine.mini.search(MiniSearch.wildcard, {filter})
      : engine.mini.search({combineWith: 'AND', queries: groups.map(groupQuery)}, {filter})
  if (groups.length === 0) results.sort((a, b) => String(a.title).localeCompare(String(b.title), 'en'))
  return results.slice(0, query.limit ?? 20).map((result) => {
    const url = String(result.url)
    return {
      id: String(result.id),
      type: String(result.type),
      typeLabel: engine.labels[`type:${String(result.type)}`] ?? String(result.type),
      title: String(result.title),
      url,
      // An entry's file is its URL's folder and slug (src/content/corpus.ts permalinkOf).
      path: `${url.slice(1)}.md`,
      country: engine.labels[`country:${String(result.country)}`] ?? String(result.country),
      ...outcomeOf(engine, result.outcome),
      score: Math.round(result.score * 1000) / 1000,
    }
  })
}
