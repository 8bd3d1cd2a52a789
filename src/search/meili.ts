/**
 * Meilisearch at scale: the index settings that carry the shared semantics, the documents payload,
 * and `indexEdition`, which makes an index hold exactly an edition's documents (idempotent: create
 * if missing, apply settings, replace documents, delete stale ones, wait for every task).
 */
import {Meilisearch, MeilisearchApiError, MeilisearchError, MeilisearchRequestError, type Settings} from 'meilisearch'
import type {SearchDocument} from './documents.js'
import {searchableFields, searchFacets} from './semantics.js'
import {spellingVariants, stopWords, wordsOf} from './text.js'

/**
 * Index settings that follow the shared semantics: searchable order = field weights, filterable =
 * the facets, ranking rules with "words" first (all words preferred), Meilisearch's typo budgets
 * (the ones the embedded engine copies), our stop words, and our synonyms plus, for every word of
 * the documents, its other British/American spellings (Meilisearch has no spelling rules of its
 * own). Meilisearch does not stem English: plurals and -ing forms rely on its prefix matching.
 */
export function meiliSettings(synonyms: ReadonlyMap<string, readonly string[]>, documents: readonly SearchDocument[] = []): Settings {
  const table: Record<string, string[]> = Object.fromEntries([...synonyms].map(([from, to]) => [from, [...to]]))
  const words = new Set<string>()
  for (const document of documents) for (const field of searchableFields) for (const word of wordsOf(String(document[field] ?? ''))) words.add(word)
  for (const word of [...words].sort()) {
    for (const variant of spellingVariants(word)) {
      if (words.has(variant)) continue
      const list = (table[variant] ??= [])
      if (!list.includes(word)) list.push(word)
    }
  }
  return {
    searchableAttributes: [...searchableFields],
    filterableAttributes: [...new Set(searchFacets.map((facet) => facet.attribute))],
    sortableAttributes: ['title', 'lastReviewed'],
    displayedAttributes: ['*'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    synonyms: table,
    typoTolerance: {enabled: true, minWordSizeForTypos: {oneTypo: 5, twoTypos: 9}},
    stopWords: [...stopWords].sort(),
  }
}

/** The documents as sent: one per entry, primary key `id`, every field whole (as the embedded index has them). */
export function meiliDocuments(documents: readonly SearchDocument[]): SearchDocument[] {
  return [...documents]
}

/** A failure a person can act on: what happened and what to do. */
export class IndexingError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message)
    this.name = 'IndexingError'
  }
}

/** Turns client errors into IndexingErrors (unreachable server, refused key, failed task). */
export function explain(error: unknown, host: string): IndexingError {
  if (error instanceof IndexingError) return error
  if (error instanceof MeilisearchApiError) {
    const code = error.cause?.code ?? ''
    const status = error.response?.status
    if (status === 401 || status === 403 || /api_key|authorization/.test(code)) {
      return new IndexingError(
        `Meilisearch at ${host} refused the key (${code || status}).`,
        'Set MEILISEARCH_ADMIN_KEY to a key allowed to create indexes, update settings and add and delete documents (the master key or an admin key), not the search-only key.',
      )
    }
    return new IndexingError(
      `Meilisearch at ${host} answered ${status}: ${error.cause?.message ?? error.message}`,
      'Check the server log; the request is shown by running again with --debug.',
    )
  }
  if (
    error instanceof MeilisearchRequestError ||
    (error instanceof MeilisearchError && /fetch|ECONNREFUSED|ENOTFOUND|network/i.test(`${error.message} ${String((error as {cause?: unknown}).cause)}`))
  ) {
    return new IndexingError(`Cannot reach Meilisearch at ${host}.`, 'Start it (see "Search with Meilisearch" in the README) or correct MEILISEARCH_HOST.')
  }
  if (error instanceof MeilisearchError) return new IndexingError(`Meilisearch at ${host}: ${error.message}`, 'Check the server and try again.')
  return new IndexingError(`Indexing failed: ${error instanceof Error ? error.message : String(error)}`, 'Run again with --debug to see where.')
}

export interface IndexReport {
  index: string
  added: number
  deleted: number
  created: boolean
}

const BATCH = 500
const WAIT = {timeout: 120_000, interval: 100}

/** Makes index `uid` hold exactly `documents`, with the settings; waits for every task. */
export async function indexEdition(options: {
  host: string
  apiKey?: string
  uid: string
  documents: readonly SearchDocument[]
  synonyms: ReadonlyMap<string, readonly string[]>
  progress?: (message: string) => void
}): Promise<IndexReport> {
  const {host, uid, documents} = options
  const progress = options.progress ?? (() => {})
  const client = new Meilisearch({host, ...(options.apiKey ? {apiKey: options.apiKey} : {})})
  const check = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (error) {
      const explained = explain(error, host)
      throw new IndexingError(`${step}: ${explained.message}`, explained.hint)
    }
  }
  const failed = (task: {status: string; error: {message: string; code: string} | null}, step: string) => {
    if (task.status !== 'succeeded')
      throw new IndexingError(
        `${step} failed in Meilisearch: ${task.error?.message ?? task.status} (${task.error?.code ?? 'no code'})`,
        'Fix what the message names and run `continuum index` again; it is safe to repeat.',
      )
  }

  await check('Health check', () => client.health())
  let created = false
  const exists = await check('Reading the index', async () => {
    try {
      await client.getRawIndex(uid)
      return true
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false
      throw error
    }
  })
  if (!exists) {
    progress(`Creating index ${uid}`)
    failed(await check('Creating the index', () => client.createIndex(uid, {primaryKey: 'id'}).waitTask(WAIT)), 'Creating the index')
    created = true
  }
  const index = client.index<SearchDocument>(uid)
  progress('Applying settings')
  failed(await check('Applying settings', () => index.updateSettings(meiliSettings(options.synonyms, documents)).waitTask(WAIT)), 'Applying settings')

  const payload = meiliDocuments(documents)
  for (let start = 0; start < payload.length; start += BATCH) {
    const batch = payload.slice(start, start + BATCH)
    failed(await check('Adding documents', () => index.addDocuments(batch, {primaryKey: 'id'}).waitTask(WAIT)), 'Adding documents')
    progress(`Indexed ${Math.min(start + BATCH, payload.length)}/${payload.length} documents`)
  }

  // Stale documents: in the index, no longer in the edition (deleted, renamed id, or withheld).
  const wanted = new Set(payload.map((document) => document.id))
  const stale: string[] = []
  for (let offset = 0; ; offset += 1000) {
    const page = await check('Listing documents', () => index.getDocuments({fields: ['id'], limit: 1000, offset}))
    for (const document of page.results) if (!wanted.has(String(document.id))) stale.push(String(document.id))
    if (page.results.length < 1000) break
  }
  if (stale.length > 0) {
    progress(`Removing ${stale.length} stale documents`)
    failed(await check('Removing stale documents', () => index.deleteDocuments(stale).waitTask(WAIT)), 'Removing stale documents')
  }
  return {index: uid, added: payload.length, deleted: stale.length, created}
}
