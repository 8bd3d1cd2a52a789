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
  /** The answer to the query asked now, or (while `loading`) to the one before; none without a query. */
  result?: SearchResult
  /** The query asked now is not answered yet. */
  loading: boolean
  /** Why the query asked now failed. */
  error?: string
  /** Asks the failed query again. */
  retry: () => void
}

/** Runs a query whenever it changes (latest answer wins); no query keeps the engine unloaded. */
export function useSearchResults(query: SearchQuery | undefined): SearchState {
  const settings = useSearchSettings()
  const source = useEmbeddedSource()
  const [answer, setAnswer] = useState<{key: string; result?: SearchResult; error?: string}>()
  const [attempt, setAttempt] = useState(0)
  const latest = useRef(0)
  const key = query ? JSON.stringify(query) : ''
  useEffect(() => {
    if (!query) return
    const ticket = ++latest.current
    runSearch(settings, query, source).then(
      ({result}) => ticket === latest.current && setAnswer({key, result}),
      (error: unknown) =>
        ticket === latest.current && setAnswer((previous) => ({key, result: previous?.result, error: error instanceof Error ? error.message : String(error)})),
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt])
  const retry = () => {
    // The answer no longer counts as current: loading until the new one arrives.
    setAnswer((previous) => previous && {key: '', ...(previous.result ? {result: previous.result} : {})})
    setAttempt((n) => n + 1)
  }
  if (!query) return {loading: false, retry}
  const current = answer?.key === key
  return {
    ...(answer?.result ? {result: answer.result} : {}),
    loading: !current,
    ...(current && answer.error !== undefined ? {error: answer.error} : {}),
    retry,
  }
}
