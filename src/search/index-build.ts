/**
 * Build side of the embedded index (engine.ts reads it): every word of every field of every
 * document, as postings with positions, split into files so that a query downloads only what it
 * needs. File names carry a hash of their content, so a host may cache them for ever.
 */
import {createHash} from 'node:crypto'
import {searchFacets} from '../model/facets.js'
import {facetLabel, facetValues} from '../model/facet-values.js'
import type {SearchDocument} from './documents.js'
import {
  chunkFile,
  fieldBases,
  idsFile,
  type FieldName,
  indexFormat,
  postingsFile,
  type IndexLoader,
  openIndex,
  type SearchHead,
  type SearchIndex,
  type StoredDocument,
} from './engine.js'
import {keyOf, stopWords, wordsOf} from './text.js'

export interface IndexFiles {
  /** Name of the head file (the one a client opens first). */
  head: string
  /** File name → JSON text. */
  files: Map<string, string>
}

export interface BuildOptions {
  /** Raw bytes of postings per shard, roughly (a key larger than this gets a shard of its own). */
  shardBytes?: number
  /** Documents per chunk of stored texts. */
  chunkSize?: number
}

const fields: FieldName[] = ['title', 'summary', 'terms', 'headings', 'body']
/** Words of a field past this many share its last position (the next field's base is 1,000 further). */
const fieldSpan = 999

/** One key's postings while the index is built. */
interface Postings {
  /** Per document: gap from the previous document, count of positions, gaps between positions. */
  flat: number[]
  /** Documents holding the key. */
  docs: number
  lastDoc: number
  /** Where the current document's count is in `flat` (-1 before the first). */
  countAt: number
  /** Last position written for the current document. */
  previous: number
  /** The words (as written, normalised) that have this key. */
  surfaces: Set<string>
}

/** Builds the index files of an edition's documents. */
export function buildIndexFiles(
  documents: readonly SearchDocument[],
  synonyms: ReadonlyMap<string, readonly string[]>,
  options: BuildOptions = {},
): IndexFiles {
  const shardBytes = options.shardBytes ?? 12_000
  const chunkSize = options.chunkSize ?? 8
  // Documents in title order: an empty query lists them in that order without loading any text.
  const docs = [...documents].sort((a, c) => a.title.localeCompare(c.title, 'en') || (a.id < c.id ? -1 : 1))

  // Each key's postings, built in their final form as the documents are read in order: per
  // document, the gap from the previous document, the count of positions, then the gaps between
  // positions. A word is looked up once per occurrence (word → its key's postings).
  const postings = new Map<string, Postings>()
  const postingsOfWord = new Map<string, Postings>()
  const lengths: number[] = []
  docs.forEach((document, doc) => {
    let length = 0
    for (const field of fields) {
      const base = fieldBases[field]
      let position = 0
      for (const word of wordsOf(String(document[field] ?? ''))) {
        const at = field === 'body' ? base + position : base + Math.min(position, fieldSpan)
        position++
        if (stopWords.has(word)) continue
        length++
        let entry = postingsOfWord.get(word)
        if (!entry) {
          const key = keyOf(word)
          entry = postings.get(key)
          if (!entry) postings.set(key, (entry = {flat: [], docs: 0, lastDoc: 0, countAt: -1, previous: 0, surfaces: new Set()}))
          entry.surfaces.add(word)
          postingsOfWord.set(word, entry)
        }
        if (entry.countAt < 0 || entry.lastDoc !== doc) {
          entry.flat.push(doc - entry.lastDoc, 0)
          entry.countAt = entry.flat.length - 1
          entry.lastDoc = doc
          entry.previous = 0
          entry.docs++
        }
        entry.flat[entry.countAt]!++
        entry.flat.push(at - entry.previous)
        entry.previous = at
      }
    }
    lengths.push(length)
  })

  const postingTexts: string[] = []
  const keys = [...postings.keys()].sort()
  const dictionary: string[] = []
  const shards: number[] = []
  let shard: string[] = []
  let shardStart = 0
  let bytes = 0
  const flush = (next: number) => {
    if (shard.length === 0) return
    postingTexts.push(`[${shard.join(',')}]`)
    shards.push(shardStart)
    shard = []
    shardStart = next
    bytes = 0
  }
  keys.forEach((key, k) => {
    const entry = postings.get(key)!
    const text = JSON.stringify(entry.flat)
    if (bytes > 0 && bytes + text.length > shardBytes) flush(k)
    shard.push(text)
    bytes += text.length
    const surfaces = [...entry.surfaces].sort().map((surface) => (surface === key ? '=' : surface))
    dictionary.push(`${key} ${entry.docs} ${surfaces.join(' ')}`)
  })
  flush(keys.length)

  const chunkTexts: string[] = []
  for (let start = 0; start < docs.length; start += chunkSize) {
    const stored: StoredDocument[] = docs.slice(start, start + chunkSize).map((d) => ({
      id: d.id,
      type: d.type,
      title: d.title,
      url: d.url,
      path: d.path,
      summary: d.snippet,
      lastReviewed: d.lastReviewed,
      ...(d.provenanceLabel ? {provenance: d.provenanceLabel} : {}),
    }))
    chunkTexts.push(JSON.stringify(stored))
  }

  // Facet values that occur, in the order of the vocabulary's labels (as the model lists them).
  const facets = searchFacets.map((facet) => {
    const seen = new Set<string>()
    for (const d of docs) for (const value of [d[facet.attribute] ?? []].flat()) seen.add(String(value))
    const order = new Map(facetValues(facet.id).map((known, i) => [known.value, i]))
    const rank = (value: string) => order.get(value) ?? Number.MAX_SAFE_INTEGER
    const values = [...seen].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    const multi = docs.some((d) => Array.isArray(d[facet.attribute]))
    const mask = multi && values.length <= 31
    const column = docs.map((d) => {
      const numbers = [d[facet.attribute] ?? []].flat().map((value) => values.indexOf(String(value)))
      if (!multi) return numbers[0] ?? -1
      return mask ? numbers.reduce((bits, n) => bits | (1 << n), 0) : numbers
    })
    return {id: facet.id, attribute: facet.attribute, values, labels: values.map((value) => labelOf(facet.id, value, docs)), column, ...(mask ? {mask} : {})}
  })
  // One version for every file of the index: a hash of all their contents.
  const hash = createHash('sha256')
  for (const text of [...postingTexts, ...chunkTexts]) hash.update(text).update('\0')
  const head: SearchHead = {
    format: indexFormat,
    version: '',
    n: docs.length,
    averageLength: docs.length === 0 ? 1 : lengths.reduce((a, c) => a + c, 0) / docs.length,
    dictionary: dictionary.join('\n'),
    shards,
    chunks: chunkTexts.length,
    chunkSize,
    synonyms: [...synonyms].map(([from, to]) => [from, [...to]]),
    facets: facets as SearchHead['facets'],
    lengths,
    days: docs.map((d) => Math.round((Date.parse(d.lastReviewed) - Date.UTC(2000, 0, 1)) / 86_400_000) || 0),
    types: Object.fromEntries(docs.map((d) => [d.type, d.typeLabel])),
  }
  head.version = hash.update(JSON.stringify(head)).digest('hex').slice(0, 12)
  const files = new Map<string, string>()
  postingTexts.forEach((text, i) => files.set(postingsFile(head, i), text))
  chunkTexts.forEach((text, i) => files.set(chunkFile(head, i), text))
  files.set(idsFile(head), JSON.stringify(docs.map((d) => d.id)))
  const headName = `head.${head.version}.json`
  files.set(headName, JSON.stringify(head))
  return {head: headName, files}
}

/** A facet value's label: from the model's vocabularies, or as the document shows it. */
function labelOf(facetId: string, value: string, docs: readonly SearchDocument[]): string {
  if (facetId === 'type') return docs.find((d) => d.type === value)?.typeLabel ?? value
  if (facetId === 'country') return docs.find((d) => d.country === value)?.countryLabel ?? facetLabel('country', value).label
  return facetLabel(facetId, value).label
}

/** An index held in memory (Node: `continuum search`, tests, benchmarks); `loaded` lists what a query read. */
export function memoryIndex(built: IndexFiles): SearchIndex {
  const load: IndexLoader = (name) => {
    const text = built.files.get(name)
    return text === undefined ? Promise.reject(new Error(`No search index file ${name}`)) : Promise.resolve(JSON.parse(text) as unknown)
  }
  const index = openIndex(JSON.parse(built.files.get(built.head)!) as SearchHead, load)
  index.loaded.push(built.head)
  return index
}
