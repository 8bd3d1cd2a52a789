/**
 * The portal's search client: one function for the search box and the search page, whichever the
 * backend. The embedded index and its engine load lazily, on first use; with Meilisearch configured
 * the browser queries it with the search-only key, and falls back to the embedded index if the
 * server cannot be reached.
 */
import type {SearchHit, SearchQuery} from './semantics'

export interface SearchSettings {
  backend: 'embedded' | 'meilisearch'
  host?: string
  searchKey?: string
  index?: string
}

type Searcher = (query: SearchQuery) => SearchHit[]

/** Fetches the embedded index's JSON payload (the site decides where it lives). */
export type IndexLoader = () => Promise<unknown>

let embedded: Promise<Searcher> | undefined

/** Loads the embedded engine and index (once). */
export function loadEmbedded(loadIndex: IndexLoader): Promise<Searcher> {
  embedded ??= Promise.all([import('./embedded'), loadIndex()]).then(([engineModule, data]) => {
    const engine = engineModule.load(((data as {default?: unknown}).default as never) ?? (data as never))
    return (query: SearchQuery) => engineModule.searchEmbedded(engine, query)
  })
  return embedded
}

export interface SearchAnswer {
  hits: SearchHit[]
  backend: 'embedded' | 'meilisearch'
}

export async function runSearch(settings: SearchSettings, query: SearchQuery, loadIndex: IndexLoader): Promise<SearchAnswer> {
  if (settings.backend === 'meilisearch' && settings.host && settings.index) {
    try {
      const {searchMeili} = await import('./meili-query')
      return {hits: await searchMeili({host: settings.host, key: settings.searchKey, index: settings.index}, query), backend: 'meilisearch'}
    } catch (error) {
      console.warn('Meilisearch did not answer; using the embedded index.', error)
    }
  }
  return {hits: (await loadEmbedded(loadIndex))(query), backend: 'embedded'}
}
