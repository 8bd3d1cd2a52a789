import {useEffect, useRef, useState} from 'react'
import useDocusaurusContext from '@docusaurus/useDocusaurusContext'
import {loadEmbedded, runSearch, type SearchSettings} from '@site/src/search/client'
import type {SearchHit, SearchQuery} from '@site/src/search/semantics'

/** Where the portal keeps the embedded index: the plugin's data file, loaded lazily on first search. */
const loadIndex = () => import('@generated/continuum-portal/default/search-index.json')

/** Starts loading the embedded engine and index ahead of the first query. */
export function preloadEmbedded(): void {
  void loadEmbedded(loadIndex)
}

export function useSearchSettings(): SearchSettings {
  const {siteConfig} = useDocusaurusContext()
  return ((siteConfig.customFields ?? {}).search as SearchSettings | undefined) ?? {backend: 'embedded'}
}

/** Runs a query whenever it changes (latest answer wins); `enabled` false keeps the engine unloaded. */
export function useSearchResults(query: SearchQuery | undefined): {hits: SearchHit[]; loading: boolean; error?: string} {
  const settings = useSearchSettings()
  const [state, setState] = useState<{hits: SearchHit[]; loading: boolean; error?: string}>({hits: [], loading: false})
  const latest = useRef(0)
  const key = query ? JSON.stringify(query) : ''
  useEffect(() => {
    if (!query) return
    const ticket = ++latest.current
    setState((previous) => ({...previous, loading: true}))
    runSearch(settings, query, loadIndex).then(
      (answer) => ticket === latest.current && setState({hits: answer.hits, loading: false}),
      (error: unknown) => ticket === latest.current && setState({hits: [], loading: false, error: error instanceof Error ? error.message : String(error)}),
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return state
}
