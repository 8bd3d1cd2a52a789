/**
 * The embedded search engine: one `search()` for the navbar box, the search page, the browse
 * pages' word filter and `continuum search`, in the browser and in Node.
 *
 * The index (built by index-build.ts) is split so that a query loads only what it needs:
 * - the head (loaded on the first query): the dictionary of words, the synonyms, and a compact
 *   table of every entry's facet values, date and length, for filters, counts and ranking;
 * - postings shards, by ranges of sorted keys: only the shards holding the query's keys;
 * - document chunks (title, summary, labels): only those of the results shown.
 * Pages that never search load none of it.
 *
 * Semantics (semantics.ts says them in one place for both backends): all words preferred, not
 * required; stop words do not count; a word that matches nothing is dropped with a note; typos
 * (Damerau–Levenshtein, Meilisearch's budgets), stems, British/American spellings, synonyms,
 * demonyms; field weights and a proximity bonus.
 */
import type {FacetId} from '../model/facets'
import {keyOf, normalise, stopWords, typoBudget, typoDistance, wordsOf} from './text'

export const indexFormat = 'continuum-search/3'

/** Positions are field base + word number: the field of a position is the range it falls in. */
export const fieldBases = {title: 0, summary: 1000, terms: 2000, headings: 3000, body: 10_000} as const
export type FieldName = keyof typeof fieldBases
/** Field weights: title above summary above vocabulary terms above section headings above body. */
export const fieldWeights: Record<FieldName, number> = {title: 6, summary: 3, terms: 2, headings: 1.5, body: 1}

export interface HeadFacet {
  id: FacetId
  attribute: string
  /** Values that occur, and their labels. */
  values: string[]
  labels: string[]
  /**
   * Per document: the number of its value (-1 for none); for a facet of several values per entry,
   * a bit mask of them (`mask`), or their list when the facet has more than 31 values.
   */
  column: Array<number | number[]>
  mask?: boolean
}

/** The head file: everything but postings and document texts. */
export interface SearchHead {
  format: typeof indexFormat
  /** Number of documents; documents are numbered in title order. */
  n: number
  /** Average document length in words. */
  averageLength: number
  /** Keys in sorted order, one line each: `key df surface surface…` (`=` stands for the key itself when it is a word of the text). */
  dictionary: string
  /** A hash of the whole index, in every file name (files may be cached for ever). */
  version: string
  /** Number of the first key of each postings shard (file `postings-<shard>.<version>.json`). */
  shards: number[]
  /** Number of document chunks; document i is in chunk floor(i / chunkSize) (`documents-<chunk>.<version>.json`). */
  chunks: number
  chunkSize: number
  /** Normalised word or phrase → phrases it also finds. */
  synonyms: Array<[string, string[]]>
  facets: HeadFacet[]
  /** Per document: its length in words (stop words left out). */
  lengths: number[]
  /** Per document: its last review, in days since 2000-01-01. */
  days: number[]
  /** Type labels by type name. */
  types: Record<string, string>
}

/** A document as a result shows it. */
export interface StoredDocument {
  id: string
  type: string
  title: string
  url: string
  path: string
  summary: string
  lastReviewed: string
  /** The provenance label of an illustrative composite. */
  provenance?: string
}

/** Reads one file of the index by name (a fetch in the browser, a map or a folder in Node). */
export type IndexLoader = (name: string) => Promise<unknown>

export interface SearchQuery {
  q: string
  /** Facet id → accepted values (OR); facets combine with AND. */
  filters?: Partial<Record<FacetId, readonly string[]>>
  /** Results per page (default 20) and where the page starts (default 0). */
  limit?: number
  offset?: number
  sort?: 'relevance' | 'date'
  /** Also list the ids of every match, in order (`SearchResult.ids`), from one small file: for filters that show their own cards. */
  ids?: boolean
}

export interface SearchHit {
  id: string
  type: string
  typeLabel: string
  title: string
  url: string
  /** File path in the checkout. */
  path: string
  summary: string
  /** Country label. */
  country: string
  phases: string[]
  outcome?: string
  /** "Illustrative composite" for an invented case (results label it). */
  provenance?: string
  lastReviewed: string
  /** How many of the query's words the entry matches. */
  matched: number
  score: number
}

export interface SearchResult {
  hits: SearchHit[]
  /** Entries that match (before paging). */
  total: number
  /** With `ids` asked for: the id of every match, in order. */
  ids?: string[]
  /** Facet id → value → entries matching the text and the other facets' filters. */
  counts: Record<string, Record<string, number>>
  /** Query words that match nothing anywhere (left out, with a note). */
  dropped: string[]
  /** Words the results were searched for (stop words and dropped words left out). */
  used: string[]
  /** A corrected query when the best result is weak. */
  suggestion?: string
  /** The query matched nothing relevant (too many unknown words, or only stop words). */
  nothing?: 'unknown-words' | 'stop-words'
}

// ---------------------------------------------------------------------------------------------
// The loaded index

interface KeyInfo {
  key: string
  df: number
  surfaces: string[]
}

export interface SearchIndex {
  head: SearchHead
  keys: KeyInfo[]
  keyIndex: Map<string, number>
  /** Every surface word → its key number (for typos and prefixes). */
  surfaces: Array<[string, number]>
  synonyms: Map<string, string[]>
  /** The synonyms by the keys of their words ("returnees" and "returnee" alike). */
  synonymsByKey: Map<string, string[]>
  load: IndexLoader
  /** Facet → document → numbers of its values (decoded from the head's columns). */
  values: number[][][]
  shards: Map<string, Promise<number[][]>>
  /** Postings decoded so far, by key number (a query as you type reuses them). */
  decoded: Map<number, Map<number, Occurrences>>
  chunks: Map<string, Promise<StoredDocument[]>>
  ids: Map<string, Promise<string[]>>
  /** Files loaded so far (for measuring downloads). */
  loaded: string[]
}

/** Opens an index from its head file. */
export function openIndex(head: SearchHead, load: IndexLoader): SearchIndex {
  if (head.format !== indexFormat) throw new Error(`Unknown search index format ${String(head.format)}`)
  const keys: KeyInfo[] = []
  const surfaces: Array<[string, number]> = []
  for (const line of head.dictionary.split('\n')) {
    if (!line) continue
    const [key = '', df = '0', ...rest] = line.split(' ')
    const number = keys.length
    const words = rest.map((surface) => (surface === '=' ? key : surface))
    keys.push({key, df: Number(df), surfaces: words})
    for (const surface of words) surfaces.push([surface, number])
  }
  return {
    head,
    keys,
    keyIndex: new Map(keys.map((info, i) => [info.key, i])),
    surfaces,
    synonyms: new Map(head.synonyms),
    synonymsByKey: synonymsByKey(head.synonyms),
    values: head.facets.map(decodeColumn),
    load,
    shards: new Map(),
    decoded: new Map(),
    chunks: new Map(),
    ids: new Map(),
    loaded: [],
  }
}

const keyPhrase = (phrase: string) => phrase.split(' ').map(keyOf).join(' ')

function synonymsByKey(synonyms: ReadonlyArray<[string, string[]]>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [from, to] of synonyms) {
    const key = keyPhrase(from)
    out.set(key, [...new Set([...(out.get(key) ?? []), ...to])])
  }
  return out
}

function decodeColumn(facet: HeadFacet): number[][] {
  return facet.column.map((cell) => {
    if (Array.isArray(cell)) return cell
    if (!facet.mask) return cell < 0 ? [] : [cell]
    const out: number[] = []
    for (let bit = 0; bit < 31; bit++) if (cell & (1 << bit)) out.push(bit)
    return out
  })
}

/** Opens an index by the name of its head file. */
export async function openIndexFile(headName: string, load: IndexLoader): Promise<SearchIndex> {
  const head = (await load(headName)) as SearchHead
  const index = openIndex(head, load)
  index.loaded.push(headName)
  return index
}

export const postingsFile = (head: SearchHead, shard: number) => `postings-${shard}.${head.version}.json`
export const chunkFile = (head: SearchHead, chunk: number) => `documents-${chunk}.${head.version}.json`
/** The ids of all documents, in document order. */
export const idsFile = (head: SearchHead) => `ids.${head.version}.json`

/** The shard holding a key: its number and first key. */
function shardOf(index: SearchIndex, keyNumber: number): [number, number] {
  const shards = index.head.shards
  let lo = 0
  let hi = shards.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (shards[mid]! <= keyNumber) lo = mid
    else hi = mid - 1
  }
  return [lo, shards[lo]!]
}

function loadOnce<T>(index: SearchIndex, cache: Map<string, Promise<T>>, name: string): Promise<T> {
  let promise = cache.get(name)
  if (!promise) {
    index.loaded.push(name)
    promise = index.load(name) as Promise<T>
    cache.set(name, promise)
  }
  return promise
}

/** Postings of a key: flat [docDelta, count, positions (delta-coded)…] per document. */
async function postingsOf(index: SearchIndex, keyNumber: number): Promise<number[]> {
  const [number, first] = shardOf(index, keyNumber)
  const shard = await loadOnce(index, index.shards, postingsFile(index.head, number))
  return shard[keyNumber - first] ?? []
}

interface Occurrences {
  /** Field-weighted term frequency. */
  weighted: number
  positions: number[]
}

function decode(postings: readonly number[]): Map<number, Occurrences> {
  const out = new Map<number, Occurrences>()
  let doc = 0
  for (let i = 0; i < postings.length; ) {
    doc += postings[i++]!
    const count = postings[i++]!
    const positions: number[] = []
    let position = 0
    let weighted = 0
    for (let k = 0; k < count; k++) {
      position += postings[i++]!
      positions.push(position)
      weighted += weightAt(position)
    }
    out.set(doc, {weighted, positions})
  }
  return out
}

function weightAt(position: number): number {
  if (position >= fieldBases.body) return fieldWeights.body
  if (position >= fieldBases.headings) return fieldWeights.headings
  if (position >= fieldBases.terms) return fieldWeights.terms
  if (position >= fieldBases.summary) return fieldWeights.summary
  return fieldWeights.title
}

// ---------------------------------------------------------------------------------------------
// Query analysis

/** How far a candidate is from what was typed: multiplies its score. */
const penalty = {exact: 1, stem: 0.9, synonym: 0.5, prefix: 0.75, typo1: 0.55, typo2: 0.35} as const

interface Candidate {
  key: number
  weight: number
  /** Typos spent (0 for exact, stem, prefix and synonym matches). */
  typos: number
  /** The dictionary word it came from (for suggestions). */
  surface: string
}

/** One query word (or one word of a synonym phrase): the keys it may match. */
interface WordMatch {
  word: string
  candidates: Candidate[]
}

/** A unit of the query that counts once: a word, or a phrase a synonym names, with its alternatives. */
export interface QueryGroup {
  typed: string[]
  /** Each alternative: words that must all match (the typed words first). */
  alternatives: WordMatch[][]
}

/** The longest phrase a synonym key spans, in words. */
export const maxSynonymWords = 4

/** Content words of a query: stop words left out (a query of nothing but stop words keeps none). */
export function contentWords(q: string): string[] {
  return wordsOf(q).filter((word) => !stopWords.has(word))
}

const prefixLimit = 40

/** The keys a typed word may match: its key, dictionary words within its typo budget, and (last word) words it begins. */
function candidatesOf(index: SearchIndex, word: string, prefix: boolean, base = 1): Candidate[] {
  const best = new Map<number, Candidate>()
  const offer = (candidate: Candidate) => {
    const previous = best.get(candidate.key)
    if (!previous || previous.weight < candidate.weight) best.set(candidate.key, candidate)
  }
  const own = index.keyIndex.get(keyOf(word))
  if (own !== undefined) {
    const exact = index.keys[own]!.surfaces.includes(word)
    offer({key: own, weight: base * (exact ? penalty.exact : penalty.stem), typos: 0, surface: word})
  }
  const budget = typoBudget(word)
  const prefixes: Candidate[] = []
  for (const [surface, key] of index.surfaces) {
    if (prefix && surface.length > word.length && surface.startsWith(word)) {
      prefixes.push({key, weight: base * penalty.prefix, typos: 0, surface})
      continue
    }
    if (budget === 0 || key === own) continue
    const distance = typoDistance(word, surface, budget)
    if (distance <= budget) offer({key, weight: base * (distance === 1 ? penalty.typo1 : penalty.typo2), typos: distance, surface})
  }
  if (prefixes.length > 0) {
    prefixes.sort((a, b) => index.keys[b.key]!.df - index.keys[a.key]!.df || (a.surface < b.surface ? -1 : 1))
    for (const candidate of prefixes.slice(0, prefixLimit)) offer(candidate)
  }
  return [...best.values()]
}

/**
 * The synonyms of a typed phrase: by its words, else by their keys (plural or British/American
 * forms of a synonym), else, for one word, by the dictionary words it reaches within its typo budget
 * (each with the weight of its typos).
 */
/** Synonym phrases of what was typed; reached through a typo'd word, a phrase carries that word's typos. */
function synonymsOf(index: SearchIndex, typed: readonly string[], candidates: readonly Candidate[]): Array<{phrase: string; weight: number; typos: number}> {
  const exact = index.synonyms.get(typed.join(' ')) ?? index.synonymsByKey.get(keyPhrase(typed.join(' ')))
  if (exact) return exact.map((phrase) => ({phrase, weight: penalty.synonym, typos: 0}))
  if (typed.length !== 1) return []
  const out = new Map<string, {weight: number; typos: number}>()
  for (const candidate of candidates) {
    if (candidate.typos === 0) continue
    for (const phrase of index.synonyms.get(candidate.surface) ?? []) {
      const weight = (penalty.synonym * candidate.weight) / penalty.exact
      const previous = out.get(phrase)
      if (!previous || previous.weight < weight) out.set(phrase, {weight, typos: candidate.typos})
    }
  }
  return [...out].map(([phrase, {weight, typos}]) => ({phrase, weight, typos}))
}

/** Whether a phrase of n words starting at i is a synonym key (as typed or by keys). */
const isSynonym = (index: SearchIndex, words: readonly string[]) => index.synonyms.has(words.join(' ')) || index.synonymsByKey.has(keyPhrase(words.join(' ')))

/** Splits the content words into groups: a synonym phrase counts as one group. */
export function analyse(index: SearchIndex, q: string): QueryGroup[] {
  const words = contentWords(q)
  const endsWord = /[\p{L}\p{N}]$/u.test(q)
  const groups: QueryGroup[] = []
  for (let i = 0; i < words.length; ) {
    let span = 1
    for (let n = Math.min(maxSynonymWords, words.length - i); n > 1; n--) {
      if (isSynonym(index, words.slice(i, i + n))) {
        span = n
        break
      }
    }
    const typed = words.slice(i, i + span)
    const last = i + span === words.length && endsWord
    const own = typed.map((word, k) => ({word, candidates: candidatesOf(index, word, last && k === typed.length - 1 && word.length >= 2)}))
    const alternatives: WordMatch[][] = [own]
    for (const {phrase, weight, typos} of synonymsOf(index, typed, own[0]!.candidates)) {
      const words = phrase.split(' ')
      // The typos spent reaching the phrase count once, on its first word.
      alternatives.push(
        words.map((word, k) => ({
          word,
          candidates: candidatesOf(index, word, false, weight).map((candidate) => (k === 0 ? {...candidate, typos: candidate.typos + typos} : candidate)),
        })),
      )
    }
    groups.push({typed, alternatives})
    i += span
  }
  return groups
}

/** Whether a group can match at all: some alternative whose every word has candidates. */
const live = (group: QueryGroup) => group.alternatives.some((words) => words.every((w) => w.candidates.length > 0))

// ---------------------------------------------------------------------------------------------
// Scoring

const k1 = 1.2
const b = 0.75

interface GroupScore {
  score: number
  positions: number[]
  typos: number
}

/** Smallest distance between two sorted position lists, in one pass. */
export function nearest(a: readonly number[], b2: readonly number[]): number {
  let i = 0
  let j = 0
  let best = Number.POSITIVE_INFINITY
  while (i < a.length && j < b2.length) {
    const d = a[i]! - b2[j]!
    if (Math.abs(d) < best) best = Math.abs(d)
    if (d < 0) i++
    else j++
  }
  return best
}

/**
 * Bonus for two query words close together: next to each other (a phrase), within three words, or
 * within eight. Field bases are far apart, so words of different fields are never close.
 */
function proximityBonus(a: GroupScore, c: GroupScore): number {
  const distance = nearest(a.positions, c.positions)
  const factor = distance <= 1 ? 1 : distance <= 3 ? 0.5 : distance <= 8 ? 0.2 : 0
  return factor * 0.5 * Math.min(a.score, c.score)
}

// ---------------------------------------------------------------------------------------------
// Search

/** Runs a query. */
export async function search(index: SearchIndex, query: SearchQuery): Promise<SearchResult> {
  const {head} = index
  const limit = query.limit ?? 20
  const offset = query.offset ?? 0
  const typedWords = wordsOf(query.q)
  const groups = typedWords.length > 0 ? analyse(index, query.q) : []
  const dropped = groups.filter((group) => !live(group)).flatMap((group) => group.typed)
  const liveGroups = groups.filter(live)
  const empty = (nothing?: SearchResult['nothing']): SearchResult => ({
    hits: [],
    total: 0,
    counts: countsOf(index, [], query),
    dropped,
    used: liveGroups.flatMap((group) => group.typed),
    ...(nothing ? {nothing} : {}),
  })
  if (typedWords.length > 0 && groups.length === 0) return empty('stop-words')
  // Most of what was typed is unknown here: nothing relevant, rather than whatever the rest finds.
  if (groups.length > 0 && dropped.length * 2 > groups.flatMap((group) => group.typed).length) {
    const result = empty('unknown-words')
    const suggestion = suggest(index, groups)
    return suggestion ? {...result, suggestion} : result
  }

  // Score every document against every live group.
  const matches = new Map<number, Array<GroupScore | undefined>>()
  const idf = (df: number) => Math.log(1 + (head.n - df + 0.5) / (df + 0.5))
  const loadKeys = new Set<number>()
  for (const group of liveGroups) for (const words of group.alternatives) for (const w of words) for (const c of w.candidates) loadKeys.add(c.key)
  const postings = new Map<number, Map<number, Occurrences>>()
  await Promise.all(
    [...loadKeys].map(async (key) => {
      let decoded = index.decoded.get(key)
      if (!decoded) index.decoded.set(key, (decoded = decode(await postingsOf(index, key))))
      postings.set(key, decoded)
    }),
  )

  liveGroups.forEach((group, g) => {
    const groupBest = new Map<number, GroupScore>()
    for (const words of group.alternatives) {
      // Per word of the alternative: per document, its best candidate.
      const perWord = words.map((w) => {
        const best = new Map<number, GroupScore>()
        for (const candidate of w.candidates) {
          const weight = idf(index.keys[candidate.key]!.df) * candidate.weight
          for (const [doc, occurrences] of postings.get(candidate.key)!) {
            const length = head.lengths[doc] || 1
            const tf = occurrences.weighted
            const score = (weight * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / head.averageLength))
            const previous = best.get(doc)
            // Fewest typos first, then the best score (Meilisearch's "typo" rule comes before proximity and attribute).
            if (!previous || candidate.typos < previous.typos || (candidate.typos === previous.typos && previous.score < score)) {
              best.set(doc, {score, positions: occurrences.positions, typos: candidate.typos})
            }
          }
        }
        return best
      })
      if (perWord.length === 0) continue
      for (const [doc, first] of perWord[0]!) {
        let score = first.score
        let typos = first.typos
        let complete = true
        for (let k = 1; k < perWord.length; k++) {
          const other = perWord[k]!.get(doc)
          if (!other) {
            complete = false
            break
          }
          score += other.score + proximityBonus(first, other)
          typos += other.typos
        }
        if (!complete) continue
        const previous = groupBest.get(doc)
        if (!previous || typos < previous.typos || (typos === previous.typos && previous.score < score))
          groupBest.set(doc, {score, positions: first.positions, typos})
      }
    }
    for (const [doc, score] of groupBest) {
      let row = matches.get(doc)
      if (!row) matches.set(doc, (row = new Array<GroupScore | undefined>(liveGroups.length)))
      row[g] = score
    }
  })

  // Rank: most groups matched first, then score (with the proximity of neighbouring query words).
  // At least half of what was typed, words found nowhere included: a query that fell back to some
  // of its words is strict about the rest.
  const needed = Math.max(1, Math.ceil(groups.length / 2))
  let ranked: Array<{doc: number; matched: number; score: number; typos: number}> = []
  if (groups.length === 0) {
    ranked = head.lengths.map((_, doc) => ({doc, matched: 0, score: 0, typos: 0}))
  } else {
    for (const [doc, row] of matches) {
      let matched = 0
      let score = 0
      let typos = 0
      let previous: GroupScore | undefined
      for (const cell of row) {
        if (cell) {
          matched++
          score += cell.score
          typos += cell.typos
          if (previous) score += proximityBonus(previous, cell)
        }
        previous = cell
      }
      if (matched >= needed) ranked.push({doc, matched, score, typos})
    }
  }
  const passing = ranked.filter((r) => passes(index, r.doc, query.filters))
  // As Meilisearch's ranking rules: words matched, then typos spent, then the score.
  const byRelevance = (a: (typeof ranked)[number], c: (typeof ranked)[number]) =>
    c.matched - a.matched || a.typos - c.typos || c.score - a.score || a.doc - c.doc
  if (query.sort === 'date') passing.sort((a, c) => head.days[c.doc]! - head.days[a.doc]! || byRelevance(a, c))
  else passing.sort(byRelevance)

  const page = passing.slice(offset, offset + limit)
  const [stored, ids] = await Promise.all([
    documentsOf(
      index,
      page.map((r) => r.doc),
    ),
    query.ids ? loadOnce(index, index.ids, idsFile(head)) : undefined,
  ])
  const hits = page.map((r, i) => hitOf(index, stored[i]!, r.doc, r.matched, r.score))
  const result: SearchResult = {
    hits,
    total: passing.length,
    ...(ids ? {ids: passing.map((r) => ids[r.doc]!)} : {}),
    counts: countsOf(
      index,
      ranked.map((r) => r.doc),
      query,
    ),
    dropped,
    used: liveGroups.flatMap((group) => group.typed),
  }
  // A weak best result (fewer words than typed, or only through typos): offer a corrected query.
  const best = passing[0]
  if (groups.length > 0 && (!best || best.matched < liveGroups.length || best.typos > 0)) {
    const suggestion = suggest(index, groups)
    if (suggestion) result.suggestion = suggestion
  }
  return result
}

/** Whether a document passes the filters: OR within a facet, AND across facets (`except`: one facet left out). */
function passes(index: SearchIndex, doc: number, filters: SearchQuery['filters'], except?: number): boolean {
  if (!filters) return true
  const facets = index.head.facets
  for (let f = 0; f < facets.length; f++) {
    if (f === except) continue
    const wanted = filters[facets[f]!.id]
    if (!wanted || wanted.length === 0) continue
    const values = index.values[f]![doc]!.map((v) => facets[f]!.values[v])
    if (!wanted.some((w) => values.includes(w))) return false
  }
  return true
}

/** Counts per facet value among the documents matching the text and the other facets' filters. */
function countsOf(index: SearchIndex, docs: readonly number[], query: SearchQuery): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {}
  index.head.facets.forEach((facet, f) => {
    const row: Record<string, number> = {}
    for (const doc of docs) {
      if (!passes(index, doc, query.filters, f)) continue
      for (const v of index.values[f]![doc]!) row[facet.values[v]!] = (row[facet.values[v]!] ?? 0) + 1
    }
    counts[facet.id] = row
  })
  return counts
}

async function documentsOf(index: SearchIndex, docs: readonly number[]): Promise<StoredDocument[]> {
  const size = index.head.chunkSize
  const chunks = await Promise.all(docs.map((doc) => loadOnce(index, index.chunks, chunkFile(index.head, Math.floor(doc / size)))))
  return docs.map((doc, i) => chunks[i]![doc % size]!)
}

function labelOf(index: SearchIndex, facetId: string, doc: number): string[] {
  const f = index.head.facets.findIndex((facet) => facet.id === facetId)
  if (f < 0) return []
  return index.values[f]![doc]!.map((v) => index.head.facets[f]!.labels[v]!)
}

function hitOf(index: SearchIndex, stored: StoredDocument, doc: number, matched: number, score: number): SearchHit {
  const {head} = index
  const outcome = labelOf(index, 'outcome', doc)[0]
  return {
    id: stored.id,
    type: stored.type,
    typeLabel: head.types[stored.type] ?? stored.type,
    title: stored.title,
    url: stored.url,
    path: stored.path,
    summary: stored.summary,
    country: labelOf(index, 'country', doc)[0] ?? '',
    phases: labelOf(index, 'phase', doc),
    ...(outcome ? {outcome} : {}),
    ...(stored.provenance ? {provenance: stored.provenance} : {}),
    lastReviewed: stored.lastReviewed,
    matched,
    score: Math.round(score * 1000) / 1000,
  }
}

/**
 * "Did you mean": each typed word that the dictionary lacks replaced by its closest dictionary word
 * (fewest typos, then the most frequent); none when a word has no close dictionary word.
 */
function suggest(index: SearchIndex, groups: readonly QueryGroup[]): string | undefined {
  let changed = false
  let unknown = false
  const words = groups.flatMap((group) =>
    group.alternatives[0]!.map((w) => {
      if (index.keyIndex.has(keyOf(w.word))) return w.word
      const budget = typoBudget(w.word)
      let best: {surface: string; typos: number; df: number} | undefined
      if (budget > 0 && w.word.length >= 4) {
        for (const [surface, key] of index.surfaces) {
          const typos = typoDistance(w.word, surface, budget)
          if (typos > budget) continue
          const df = index.keys[key]!.df
          if (!best || typos < best.typos || (typos === best.typos && df > best.df)) best = {surface, typos, df}
        }
      }
      if (!best) {
        unknown = true
        return w.word
      }
      changed = true
      return best.surface
    }),
  )
  return changed && !unknown ? words.join(' ') : undefined
}

/** A query as the words a person typed, normalised (for comparing a suggestion with the query). */
export const typedForm = (q: string) => normalise(q).trim()
