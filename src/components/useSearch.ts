import {useEffect, useRef, useState} from 'react'
import useDocusaurusContext from '@docusaurus/useDocusaurusContext'
import {usePluginData} from '@docusaurus/useGlobalData'
import useBaseUrl from '@docusaurus/useBaseUrl'
import {type EmbeddedSource, loadEmbedded, runSearch, type SearchSettings} from '@site/src/search/client'
import type {SearchQuery, SearchResult} from '@site/src/search/semantics'

/** The folder of the embedded index's files under the base URL (src/site/plugin.ts writes them). */
export const searchFolder = '/assets/search/'

/** Where this build's embedded index is: its head file's name comes with the site's global data. */
export function useEmbeddedSource(): EmbeddedSource {
  const {searchHead} = usePluginData('continuum-portal') as {searchHead: string}
  const folder = useBaseUrl(searchFolder)
  return {
    head: searchHead,
    load: async (name: string) => {
      const response = await fetch(`${folder}${name}`)
      if (!response.ok) throw new Error(`The search index file ${name} could not be loaded (${response.status}).`)
      return response.json() as Promise<unknown>
    },
  }
}

/** Starts loading the embedded engine and the index head ahead of the first query. */
export function preloadEmbedded(source: EmbeddedSource): void {
  void loadEmbedded(source).catch(() => {})
}

export function useSearchSettings(): SearchSettings {
  const {siteConfig} = useDocusaurusContext()
  return ((siteConfig.customFields ?? {}).search as SearchSettings | undefined) ?? {backend: 'embedded'}
}

export interface SearchState {
  result?: SearchResult
  loading: boolean
  error?: string
}

/** Runs a query whenever it changes (latest answer wins); no query keeps the engine unloaded. */
export function useSearchResults(query: SearchQuery | undefined): SearchState {
  const settings = useSearchSettings()
  const source = useEmbeddedSource()
  const [state, setState] = useState<SearchState>({loading: false})
  const latest = useRef(0)
  const key = query ? JSON.stringify(query) : ''
  useEffect(() => {
    if (!query) return
    const ticket = ++latest.current
    setState((previous) => ({...previous, loading: true}))
    runSearch(settings, query, source).then(
      (answer) => ticket === latest.current && setState({result: answer.result, loading: false}),
      (error: unknown) => ticket === latest.current && setState({loading: false, error: error instanceof Error ? error.message : String(error)}),
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return state
}
