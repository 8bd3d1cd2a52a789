/** The embedded search engine over a corpus or a build's index files, in Node: what the portal's pages search. */
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Corpus} from '../../src/content/corpus.js'
import {type SearchDocument, searchDocuments} from '../../src/search/documents.js'
import {openIndexFile, search, type SearchIndex, type SearchQuery} from '../../src/search/engine.js'
import {buildIndexFiles, memoryIndex} from '../../src/search/index-build.js'
import {synonymTable} from '../../src/search/synonyms.js'

/** The index a build of the corpus would publish, opened from memory. */
export function corpusIndex(corpus: Corpus): SearchIndex {
  return memoryIndex(buildIndexFiles(searchDocuments(corpus), synonymTable()))
}

/** The index a build published (its `assets/search/` folder), read as the browser reads it. */
export async function builtIndex(outDir: string): Promise<SearchIndex> {
  const folder = path.join(outDir, 'assets', 'search')
  const heads = (await readdir(folder)).filter((name) => name.startsWith('head.'))
  if (heads.length !== 1) throw new Error(`expected one head file in ${folder}, found ${heads.length}`)
  return openIndexFile(heads[0]!, async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8')) as unknown)
}

/** The ids a query finds, best first: every one (a browse page's words), unless a limit is given. */
export async function idsOf(index: SearchIndex, query: SearchQuery): Promise<string[]> {
  return (await search(index, {limit: index.head.n, ...query})).hits.map((hit) => hit.id)
}

/** What a browse page's words keep: every entry of the type the search finds, best first. */
export const rankingOf = (index: SearchIndex, type: string, q: string) => idsOf(index, {q, filters: {type: [type]}})

/** A practice as the index reads it, with only a body of its own (and any fields given). */
export const searchDocument = (id: string, body: string, fields: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  type: 'practice',
  typeLabel: 'Practice',
  title: `Entry ${id}`,
  summary: '',
  snippet: '',
  terms: '',
  headings: '',
  body,
  url: `/practices/${id}`,
  path: `practices/${id}.md`,
  countryLabel: 'Several countries',
  phaseLabels: [],
  lastReviewed: '2026-01-01',
  country: 'multi',
  ...fields,
})
