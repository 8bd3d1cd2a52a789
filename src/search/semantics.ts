/**
 * The query semantics both search backends follow (embedded MiniSearch and Meilisearch), in one
 * place so they cannot drift:
 *
 * - Text is split on anything that is not a letter or a digit, lower-cased, accents removed.
 * - Every query word must match (AND). The last word also matches as a prefix (as you type).
 * - Typos: none for words under 5 letters, 1 from 5 letters, 2 from 9 letters (Meilisearch's defaults).
 * - Synonyms: one-way, from a vocabulary term's synonyms (and a few field words such as VETO, FTF)
 *   to the term itself: "dispersal" also finds "dispersion", "FTF" also finds "returnee".
 * - Field weights: title above summary above vocabulary terms above body.
 * - Filters: OR within a facet, AND across facets; they combine with the text (AND).
 * - An empty query with filters lists every entry that passes the filters.
 */
import {searchFacets, type FacetId} from '../model/facets'

/** Searchable fields, most important first. */
export const searchableFields = ['title', 'summary', 'terms', 'body'] as const

/** Facets a search can filter on: id (URL and CLI flag) → document attribute; from the one facet table. */
export {searchFacets, type FacetId}

export interface SearchQuery {
  q: string
  /** Facet id → accepted values (OR); facets combine with AND. */
  filters?: Partial<Record<FacetId, readonly string[]>>
  limit?: number
}

export interface SearchHit {
  id: string
  /** Type name and how readers call it. */
  type: string
  typeLabel: string
  title: string
  /** URL path on the portal. */
  url: string
  /** File path in the checkout. */
  path: string
  country: string
  outcome?: string
  /** Relevance as the backend reports it (not comparable across backends). */
  score: number
}

/** Lower-case, accents removed: the same normalisation at indexing and at query time. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** Words of a text, normalised. */
export function wordsOf(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** Typo budget of a query word (Meilisearch's defaults: minWordSizeForTypos oneTypo 5, twoTypos 9). */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0
}

/** The longest phrase a synonym key spans, in words. */
export const maxSynonymWords = 4

/**
 * A query as groups: each group is the words as typed plus the phrases a synonym adds for them.
 * Every group must match (AND); within a group any alternative may (OR).
 */
export interface QueryGroup {
  /** What was typed: one word, or the words of a synonym phrase. */
  typed: string[]
  /** Alternatives from synonyms, each a list of words that must all match. */
  alternatives: string[][]
  /** True when the group ends the query: its last word matches as a prefix. */
  last: boolean
}

export function queryGroups(q: string, table: ReadonlyMap<string, readonly string[]>): QueryGroup[] {
  const words = wordsOf(q)
  const groups: QueryGroup[] = []
  for (let i = 0; i < words.length; ) {
    let span = 1
    for (let n = Math.min(maxSynonymWords, words.length - i); n > 1; n--) {
      if (table.has(words.slice(i, i + n).join(' '))) {
        span = n
        break
      }
    }
    const typed = words.slice(i, i + span)
    const alternatives = (table.get(typed.join(' ')) ?? []).map((phrase) => phrase.split(' '))
    groups.push({typed, alternatives, last: i + span === words.length})
    i += span
  }
  return groups
}
