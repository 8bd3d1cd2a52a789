/**
 * The Meilisearch side of the shared query semantics: a SearchQuery as a Meilisearch search
 * request, and a Meilisearch hit as a SearchHit. No dependency: the browser sends it with fetch.
 */
import {type FacetId, searchFacets, type SearchHit, type SearchQuery} from './semantics'

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

export const retrievedAttributes = ['id', 'type', 'typeLabel', 'title', 'url', 'path', 'countryLabel', 'outcomeLabel'] as const

/** The body of POST /indexes/{uid}/search. */
export function meiliSearchBody(query: SearchQuery) {
  const filter = meiliFilter(query.filters)
  return {
    q: query.q,
    limit: query.limit ?? 20,
    matchingStrategy: 'all' as const,
    showRankingScore: true,
    attributesToRetrieve: [...retrievedAttributes],
    ...(filter.length > 0 ? {filter} : {}),
    ...(query.q.trim() === '' ? {sort: ['title:asc']} : {}),
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
    country: String(document.countryLabel),
    ...(document.outcomeLabel ? {outcome: String(document.outcomeLabel)} : {}),
    score: typeof document._rankingScore === 'number' ? Math.round(document._rankingScore * 1000) / 1000 : 0,
  }
}

export interface MeiliTarget {
  host: string
  key?: string
  index: string
}

/** Searches a Meilisearch index over HTTP (browser and Node). */
export async function searchMeili(target: MeiliTarget, query: SearchQuery, fetcher: typeof fetch = fetch): Promise<SearchHit[]> {
  const response = await fetcher(`${target.host.replace(/\/+$/, '')}/indexes/${encodeURIComponent(target.index)}/search`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', ...(target.key ? {Authorization: `Bearer ${target.key}`} : {})},
    body: JSON.stringify(meiliSearchBody(query)),
  })
  const body = (await response.json().catch(() => ({}))) as {hits?: Array<Record<string, unknown>>; message?: string; code?: string}
  if (!response.ok) throw new MeiliError(response.status, body.code ?? 'unknown', body.message ?? response.statusText)
  return (body.hits ?? []).map(hitOf)
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
