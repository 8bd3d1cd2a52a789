/**
 * The query semantics both search backends follow (the embedded engine and Meilisearch), said in
 * one place so they cannot drift (engine.ts implements them; meili.ts sets Meilisearch to them):
 *
 * - Text is split on anything that is not a letter or a digit, lower-cased, accents removed.
 * - Stop words (English function words) are neither indexed nor required.
 * - All words preferred, not required: entries matching every word rank first, then those matching
 *   most; an entry must match at least half of the words. A word that matches nothing anywhere is
 *   dropped with a note; when most of the words match nothing, the answer is nothing.
 * - The last word also matches as a prefix (as you type).
 * - Typos: Damerau–Levenshtein (a swap of two letters is one typo), none for words under 5 letters,
 *   1 from 5 letters, 2 from 9, an edit of the first letter counting twice (Meilisearch's rules).
 * - English stemming (Porter) and British/American spellings: "organizations" finds "organisation".
 * - Synonyms: one-way, from a vocabulary term's synonyms (and field words such as VETO, FTF) to the
 *   term, and from demonyms and other names of a country to the country: "Dutch" finds "Netherlands".
 * - Field weights: title above summary above vocabulary terms above section headings above body;
 *   query words close together in an entry (a phrase) rank it higher.
 * - Filters: OR within a facet, AND across facets; they combine with the text (AND). Facet counts
 *   count the entries that match the text and the other facets' filters.
 * - An empty query with filters lists every entry that passes the filters, by title.
 * - Sort: relevance (default) or date of last review, newest first.
 */
import {searchFacets, type FacetId} from '../model/facets'

export {searchFacets, type FacetId}
export type {SearchHit, SearchQuery, SearchResult} from './engine'
export {typoBudget} from './text'

/** Searchable fields, most important first. */
export const searchableFields = ['title', 'summary', 'terms', 'headings', 'body'] as const
