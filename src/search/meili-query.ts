/**
 * The Meilisearch side of the shared query semantics: a SearchQuery as a Meilisearch search
 * request, and a Meilisearch hit as a SearchHit. No dependency: the browser sends it with fetch.
 */
import {type FacetId, searchFacets, type SearchHit, type SearchQuery, type SearchResult} from './semantics'

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`

/** Filters in Meilisearch's array form: outer items AND, inner arrays OR. */
export function meiliFilter(filters: SearchQuery['filters']): string[][] {
  const out: string[][] = []
  for (const facet of searchFacets) {
    const wanted = filters?.[facet.id as FacetId]
    if (wanted && wanted.length > 0) out.push(wanted.map((value) => `${facet.attribute} = ${quote(value)}`))
  }
  return out
}

export const retrievedAttributes = [
  'id',
  'type',
  'typeLabel',
  'title',
  'url',
  'path',
  'snippet',
  'countryLabel',
  'phaseLabels',
  'outcomeLabel',
  'provenanceLabel',
  'lastReviewed',
] as const

/** Facet attributes whose counts the search page shows. */
const facetAttributes = [...new Set(searchFacets.map((facet) => facet.attribute))]

/**
 * The body of POST /indexes/{uid}/search. matchingStrategy "frequency" drops the most frequent
 * words first when not every word matches: all words preferred, not required.
 */
export function meiliSearchBody(query: SearchQuery) {
  const filter = meiliFilter(query.filters)
  const empty = query.q.trim() === ''
  return {
    q: query.q,
    // With every id asked for: as many hits as Meilisearch gives (its maxTotalHits default, 1,000).
    limit: query.ids ? Math.max(query.limit ?? 20, 1000) : (query.limit ?? 20),
    offset: query.offset ?? 0,
    matchingStrategy: 'frequency' as const,
    showRankingScore: true,
    attributesToRetrieve: [...retrievedAttributes],
    facets: facetAttributes,
    ...(filter.length > 0 ? {filter} : {}),
    ...(query.sort === 'date' ? {sort: ['lastReviewed:desc']} : empty ? {sort: ['title:asc']} : {}),
  }
}

export function hitOf(document: Record<string, unknown>): SearchHit {
  return {
    id: String(document.id),
    type: String(document.type),
    typeLabel: String(document.typeLabel ?? document.type),
    title: String(document.title),
    url: String(document.url),
    path: String(document.path),
    summary: String(document.snippet ?? ''),
    country: String(document.countryLabel),
    phases: Array.isArray(document.phaseLabels) ? document.phaseLabels.map(String) : [],
    ...(document.outcomeLabel ? {outcome: String(document.outcomeLabel)} : {}),
    ...(document.provenanceLabel ? {provenance: String(document.provenanceLabel)} : {}),
    lastReviewed: String(document.lastReviewed ?? ''),
    matched: 0,
    score: typeof document._rankingScore === 'number' ? Math.round(document._rankingScore * 1000) / 1000 : 0,
  }
}

/** Meilisearch's answer as a SearchResult: facet distribution by attribute → counts by facet id. */
export function resultOf(body: {
  hits?: Array<Record<string, unknown>>
  estimatedTotalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
}): SearchResult {
  const hits = (body.hits ?? []).map(hitOf)
  const counts: Record<string, Record<string, number>> = {}
  for (const facet of searchFacets) counts[facet.id] = {...(body.facetDistribution?.[facet.attribute] ?? {})}
  return {hits, total: body.estimatedTotalHits ?? hits.length, counts, dropped: [], used: []}
}

export interface MeiliTarget {
  host: string
  key?: string
  index: string
}

/** Searches a Meilisearch index over HTTP (browser and Node). */
export async function searchMeili(target: MeiliTarget, query: SearchQuery, fetcher: typeof fetch = fetch): Promise<SearchResult> {
  const response = await fetcher(`${target.host.replace(/\/+$/, '')}/indexes/${encodeURIComponent(target.index)}/search`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', ...(target.key ? {Authorization: `Bearer ${target.key}`} : {})},
    body: JSON.stringify(meiliSearchBody(query)),
  })
  const body = (await response.json().catch(() => ({}))) as Parameters<typeof resultOf>[0] & {message?: string; code?: string}
  if (!response.ok) throw new MeiliError(response.status, body.code ?? 'unknown', body.message ?? response.statusText)
  const result = resultOf(body)
  if (!query.ids) return result
  return {...result, ids: result.hits.map((hit) => hit.id), hits: result.hits.slice(0, query.limit ?? 20)}
}

export class MeiliError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'MeiliError'
  }
}

/** Index name of an edition. */
export function indexUid(edition: string, prefix = 'continuum'): string {
  return `${prefix}-${edition}`
}
