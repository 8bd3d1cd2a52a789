/**
 * The relevance benchmark's adapter to the portal's own search engine (bench/relevance.ts calls
 * nothing else of it). Swap the body for another engine; keep the signature.
 *
 * Now: the portal's embedded engine (src/search/engine.ts), its index built from the edition's
 * corpus as the portal build does (src/site/plugin.ts), read from memory, and queried as the search
 * box queries it. No `bytes()`: the harness measures what the portal's search box downloads in a
 * browser (the engine's code, the index head, the shards of the query's words, the documents shown).
 */
import type {Edition} from '../../src/content/corpus.js'
import {loadCorpus} from '../../src/content/corpus.js'
import {searchDocuments} from '../../src/search/documents.js'
import {search} from '../../src/search/engine.js'
import {buildIndexFiles, memoryIndex} from '../../src/search/index-build.js'
import {synonymTable} from '../../src/search/synonyms.js'

/** A built site served over HTTP (for an adapter that measures its own bytes). */
export interface ServedSite {
  /** Folder of the static build. */
  dir: string
  /** Its address, without a trailing slash: `http://127.0.0.1:PORT`. */
  url: string
}

export interface Searcher {
  name: string
  /** Entry ids, best first (the harness reads the first 10). */
  search(q: string): Promise<string[]>
  /** Optional: gzip bytes a browser downloads for its first query on a fresh page of the served site. */
  bytes?(q: string, site: ServedSite): Promise<number>
}

/** Our engine over the entries under `root` (a folder holding practices/ and cases/). */
export async function ourSearcher(root: string, options: {edition?: Edition} = {}): Promise<Searcher> {
  const corpus = await loadCorpus(root, options.edition ?? 'public')
  const built = buildIndexFiles(searchDocuments(corpus), synonymTable())
  return {
    name: 'Continuum (embedded engine)',
    search: async (q) => (await search(memoryIndex(built), {q, limit: 10})).hits.map((hit) => hit.id),
  }
}
