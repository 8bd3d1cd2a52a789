/**
 * The portal's search client: one function for the navbar box, the search page and the browse
 * pages' word filter, whichever the backend. The embedded engine loads on first use, then only the
 * index files a query needs; with Meilisearch configured the browser queries it with the
 * search-only key, and falls back to the embedded index if the server cannot be reached.
 */
import type {IndexLoader, SearchIndex, SearchQuery, SearchResult} from './engine'

export interface SearchSettings {
  backend: 'embedded' | 'meilisearch'
  host?: string
  searchKey?: string
  index?: string
}

/** Where the embedded index lives: the name of its head file and how to read any of its files. */
export interface EmbeddedSource {
  head: string
  load: IndexLoader
}

let opened: {head: string; index: Promise<{index: SearchIndex; search: typeof import('./engine').search}>} | undefined

/** Loads the embedded engine and the index head (once per head). */
export function loadEmbedded(source: EmbeddedSource): Promise<{index: SearchIndex; search: typeof import('./engine').search}> {
  if (opened?.head !== source.head) {
    const index = import('./engine').then(async (engine) => ({index: await engine.openIndexFile(source.head, source.load), search: engine.search}))
    // A failed load is not kept: the next query tries again.
    index.catch(() => {
      if (opened?.index === index) opened = undefined
    })
    opened = {head: source.head, index}
  }
  return opened.index
}

export interface SearchAnswer {
  result: SearchResult
  backend: 'embedded' | 'meilisearch'
}

export async function runSearch(settings: SearchSettings, query: SearchQuery, source: EmbeddedSource): Promise<SearchAnswer> {
  if (settings.backend === 'meilisearch' && settings.host && settings.index) {
    try {
      const {searchMeili} = await import('./meili-query')
      return {result: await searchMeili({host: settings.host, key: settings.searchKey, index: settings.index}, query), backend: 'meilisearch'}
    } catch (error) {
      console.warn('Meilisearch did not answer; using the embedded index.', error)
    }
  }
  const {index, search} = await loadEmbedded(source)
  return {result: await search(index, query), backend: 'embedded'}
}
