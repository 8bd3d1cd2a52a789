/**
 * The search index and the open data export are built in a worker thread during a portal build
 * (src/site/static-job.ts): what the worker answers is exactly what the same code answers inline
 * and what the index builder and the exporter give for the whole corpus, nothing lost crossing to
 * the worker; a worker that fails or exits early rejects with a message, never hangs the build.
 */
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {loadCorpus} from '../src/content/corpus.js'
import type {Histories} from '../src/content/history.js'
import {exportCorpus} from '../src/content/open-data/export.js'
import {dataPageOf} from '../src/content/open-data/page.js'
import {searchDocuments} from '../src/search/documents.js'
import {buildIndexFiles} from '../src/search/index-build.js'
import {synonymTable} from '../src/search/synonyms.js'
import {corpusOfSnapshot, snapshotOf, startStaticJob, type StaticJobResult} from '../src/site/static-job.js'
import {root} from './helpers/portal.js'

const work = await mkdtemp(path.join(os.tmpdir(), 'continuum-static-job-'))
afterAll(() => rm(work, {recursive: true, force: true}))
const worker = new URL('../dist/static-worker.mjs', import.meta.url)
const corpus = await loadCorpus(root, 'practitioners')
const settings = {siteUrl: 'https://continuum.example.org/', base: '/', year: '2026', reviewMonths: 18}
const histories: Histories = new Map([[corpus.published[0]!.path, {firstPublished: '2025-01-02', lastChanged: '2026-03-04', changes: [], count: 3}]])

/** The files as text, for comparison (the worker's answer holds Uint8Arrays where the export had Buffers). */
const filesOf = (result: StaticJobResult) =>
  new Map(result.files.map(([name, data]) => [name, typeof data === 'string' ? data : Buffer.from(data).toString('utf8')]))

describe('the static files job', () => {
  it('answers from the worker what it answers inline, and what the index builder and the exporter give', async () => {
    // Each run stores its index in its own content root: neither reads the other's.
    const inline = await startStaticJob(corpus, {...settings, histories, contentRoot: path.join(work, 'inline')})
    const threaded = await startStaticJob(corpus, {...settings, histories, contentRoot: path.join(work, 'worker')}, worker)
    expect(threaded.searchHead).toBe(inline.searchHead)
    expect(filesOf(threaded)).toEqual(filesOf(inline))
    expect(threaded.dataPage).toEqual(inline.dataPage)

    const index = buildIndexFiles(searchDocuments(corpus), synonymTable())
    const exported = exportCorpus(corpus, {siteUrl: settings.siteUrl, reviewMonths: 18, histories})
    expect(threaded.searchHead).toBe(index.head)
    const expected = new Map([
      ...[...index.files].map(([name, text]): [string, string] => [`assets/search/${name}`, text]),
      ...exported.files.map((file): [string, string] => [`data/${file.name}`, file.bytes.toString('utf8')]),
    ])
    expect(filesOf(threaded)).toEqual(expected)
    expect(threaded.dataPage).toEqual(dataPageOf(exported, settings.siteUrl, '/', '2026'))
    // The history given reaches the export.
    expect(filesOf(threaded).get('data/entries.json')).toContain('2026-03-04')
  })

  it('copies no file text to the worker, and rebuilds each entry type from its name', () => {
    const snapshot = snapshotOf(corpus)
    expect(snapshot.published.some((entry) => 'source' in entry || 'type' in entry)).toBe(false)
    const again = corpusOfSnapshot(structuredClone(snapshot))
    expect(again.published.map((entry) => entry.type.name)).toEqual(corpus.published.map((entry) => entry.type.name))
    const strange = structuredClone(snapshot)
    strange.published[0]!.data = {...strange.published[0]!.data, type: 'pamphlet'}
    expect(() => corpusOfSnapshot(strange)).toThrow(`${strange.published[0]!.path}: unknown entry type "pamphlet"`)
  })

  it('rejects with a message when the worker throws, fails to load or exits without answering', async () => {
    const input = {...settings, histories, contentRoot: path.join(work, 'failing')}
    const script = async (name: string, text: string) => {
      const file = path.join(work, name)
      await writeFile(file, text)
      return pathToFileURL(file)
    }
    const throwing = await script(
      'throws.mjs',
      "import {parentPort} from 'node:worker_threads'\nparentPort.once('message', () => { throw new Error('no disk left') })\n",
    )
    await expect(startStaticJob(corpus, input, throwing)).rejects.toThrow('Building the search index and the open data export failed: no disk left')
    const broken = await script('broken.mjs', 'this is not JavaScript\n')
    await expect(startStaticJob(corpus, input, broken)).rejects.toThrow(/^Building the search index and the open data export failed: /)
    const leaving = await script('exits.mjs', 'process.exit(3)\n')
    await expect(startStaticJob(corpus, input, leaving)).rejects.toThrow('the worker exited (code 3) before it answered')
  })
})
