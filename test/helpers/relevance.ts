/**
 * The relevance table: queries a practitioner would type (typos, synonyms, prefixes, filters) and
 * the entry that must come first. Shared by the engine test, the CLI test and the browser test.
 */
import type {SearchQuery} from '../../src/search/semantics.js'

export interface RelevanceCase {
  query: SearchQuery
  /** What the row exercises. */
  why: string
  /** Id of the entry that must be the first hit. */
  first: string
  /** Ids that must also be in the top three. */
  alsoTop3?: string[]
}

export const relevanceTable: readonly RelevanceCase[] = [
  {query: {q: 'mentring formers'}, why: 'typo (1 in a 8-letter word)', first: 'pr-1028smsz'},
  {query: {q: 'dispersal'}, why: 'synonym dispersal → dispersion', first: 'pr-eqdf4tmn'},
  {query: {q: 'concentr'}, why: 'prefix as you type', first: 'pr-e7xn0yg0'},
  {query: {q: 'scenario testng'}, why: 'typo in the last word', first: 'pr-2n5v8h4j'},
  {query: {q: 'famly counselling'}, why: 'typo in the first word', first: 'pr-8f3q6t1c'},
  {query: {q: 'deportaton'}, why: 'typo (1 in a 10-letter word)', first: 'pr-yrgs0jsp'},
  {query: {q: 'FTF'}, why: 'synonym FTF → returnee (both entries target returnees)', first: 'pr-yrgs0jsp', alsoTop3: ['pr-epav3k6m']},
  {query: {q: 'RNR'}, why: 'abbreviation in titles and labels', first: 'pr-vmpme0b7'},
  {query: {q: 'womens wing'}, why: 'apostrophe dropped', first: 'pr-4w7k2m9d', alsoTop3: ['cr-atjmcd0d']},
  {query: {q: 'probation turnover'}, why: 'two words, both required', first: 'cr-6d9k3p7s'},
  {query: {q: 'media requests'}, why: 'words of a summary', first: 'pr-knjkx0wp'},
  {query: {q: 'communicating successes'}, why: 'title words', first: 'pr-bn26tn1w'},
  {query: {q: 'mentor', filters: {type: ['case'], outcome: ['success']}}, why: 'text with two facets', first: 'cr-w138yjbn'},
  {query: {q: 'unit', filters: {managementModel: ['concentration'], outcome: ['failure']}}, why: 'text with model and outcome facets', first: 'cr-dd3034n4'},
  {
    query: {q: '', filters: {approach: ['mentoring-by-formers'], type: ['practice']}},
    why: 'facets alone, in title order',
    first: 'pr-k34kxpf4',
    alsoTop3: ['pr-1028smsz'],
  },
]
