/**
 * The static files built from every entry's whole text: the embedded search index and the open
 * data export, with the data page's view of the export. They take seconds at a few thousand
 * entries, and nothing the pages compile waits for their contents (the search index's head name
 * and the data page's file table excepted): a build computes them in a worker thread
 * (static-worker.ts) from the moment the plugin starts, beside the docs plugins' loading and the
 * portal's other page data. Without a worker (tests, sources), the same job runs inline.
 */
import {Worker} from 'node:worker_threads'
import type {Corpus, Published} from '../content/corpus.js'
import type {Histories} from '../content/history.js'
import {exportCorpus} from '../content/open-data/export.js'
import {type DataPageView, dataPageOf} from '../content/open-data/page.js'
import {typeOf} from '../model/types/index.js'
import {searchDocuments} from '../search/documents.js'
import {cachedIndexFiles} from '../search/index-cache.js'
import {synonymTable} from '../search/synonyms.js'

/** A corpus as it crosses to a worker: plain data, each entry's type by its name (data.type). */
export interface CorpusSnapshot extends Omit<Corpus, 'published' | 'entries' | 'results'> {
  published: Array<Omit<Published, 'type' | 'source'>>
}

/** The build's settings the job needs. */
export interface StaticJobSettings {
  /** Folder holding the content folders: where the search index is stored between builds. */
  contentRoot: string
  /** Absolute address of the site with its base URL, ending in `/`. */
  siteUrl: string
  /** The site's base URL (links on the data page). */
  base: string
  /** The build's year (the data set's citation). */
  year: string
  reviewMonths: number
  histories: Histories
}

/** What a worker is sent: the settings and the corpus as plain data. */
export interface StaticJobInput extends StaticJobSettings {
  corpus: CorpusSnapshot
}

export interface StaticJobResult {
  /** Name of the search index's head file (the search client's first fetch). */
  searchHead: string
  /** Path in the site → contents: the search index (assets/search/) and the export (data/). */
  files: Array<[string, string | Uint8Array]>
  dataPage: DataPageView
  /** How long each part took, in milliseconds. */
  timings: {searchIndex: number; openData: number}
}

/** The plain data of a corpus, for a worker. */
export function snapshotOf(corpus: Corpus): CorpusSnapshot {
  return {
    edition: corpus.edition,
    root: corpus.root,
    withheld: corpus.withheld,
    // The whole file text is not read by the job: not copied.
    published: corpus.published.map(({type: _type, source: _source, ...entry}) => entry),
  }
}

/** A corpus again from its snapshot (without the validation results and the file texts, which the job does not read). */
export function corpusOfSnapshot(snapshot: CorpusSnapshot): Corpus {
  const published = snapshot.published.map((entry) => {
    const type = typeOf(entry.data.type)
    if (!type) throw new Error(`${entry.path}: unknown entry type "${entry.data.type}"`)
    return {...entry, type, source: ''}
  })
  return {...snapshot, published, entries: [], results: []}
}

/** Builds the search index and the open data export of a corpus. */
export function runStaticJob(corpus: Corpus, input: StaticJobSettings): StaticJobResult {
  let started = performance.now()
  const searchIndex = cachedIndexFiles(input.contentRoot, corpus.edition, searchDocuments(corpus), synonymTable())
  const searchMs = performance.now() - started
  started = performance.now()
  const dataExport = exportCorpus(corpus, {siteUrl: input.siteUrl, reviewMonths: input.reviewMonths, histories: input.histories})
  const dataPage = dataPageOf(dataExport, input.siteUrl, input.base, input.year)
  return {
    searchHead: searchIndex.head,
    files: [
      ...[...searchIndex.files].map(([name, text]): [string, string] => [`assets/search/${name}`, text]),
      ...dataExport.files.map((file): [string, Uint8Array] => [`data/${file.name}`, file.bytes]),
    ],
    dataPage,
    timings: {searchIndex: searchMs, openData: performance.now() - started},
  }
}

type WorkerReply = {result: StaticJobResult} | {error: string}

/**
 * Runs the job in a worker thread started from `worker` (the bundled static-worker.mjs), or inline
 * when there is none. A worker that fails or exits early rejects with its message.
 */
export function startStaticJob(corpus: Corpus, input: StaticJobSettings, worker?: URL): Promise<StaticJobResult> {
  if (!worker) return Promise.resolve().then(() => runStaticJob(corpus, input))
  return new Promise((resolve, reject) => {
    const thread = new Worker(worker, {stdout: false, stderr: false})
    thread.once('message', (reply: WorkerReply) => {
      if ('result' in reply) resolve(reply.result)
      else reject(new Error(`Building the search index and the open data export failed: ${reply.error}`))
      void thread.terminate()
    })
    thread.once('error', (error) => reject(new Error(`Building the search index and the open data export failed: ${(error as Error).message}`)))
    thread.once('exit', (code) =>
      reject(new Error(`Building the search index and the open data export failed: the worker exited (code ${code}) before it answered.`)),
    )
    thread.postMessage({...input, corpus: snapshotOf(corpus)} satisfies StaticJobInput)
  })
}
