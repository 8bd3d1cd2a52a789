/**
 * /search: every result of a query, with facets and their counts, a sort and "Show more". The state
 * (words, facet values, sort) lives in the URL: typing replaces the current history entry, choosing
 * a facet, a sort or a suggested spelling adds one, and the page follows the URL on load and on
 * back/forward. Nothing here searches: the query goes to the portal's one search client.
 */
import React, {useEffect, useRef, useState} from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import {useHistory, useLocation} from '@docusaurus/router'
import type {Facet} from '@site/src/content/views'
import {toggle} from '@site/src/content/browse'
import {
  emptySearch,
  isActive,
  parseSearch,
  queryOf,
  SEARCH_PAGE,
  type SearchSort,
  type SearchState,
  searchSorts,
  searchUrlOf,
} from '@site/src/content/search-state'
import {useSearchResults} from '../useSearch'
import FacetGroup from '../FacetGroup'
import SearchHitCard from '../SearchHitCard'
import SearchNotes from '../SearchNotes'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.search

export default function SearchPage({search}: {search: {facets: Facet[]}}): React.JSX.Element {
  const {facets} = search
  const location = useLocation()
  const history = useHistory()
  // Before hydration the state is empty (as the server HTML); then the URL decides.
  const [state, setState] = useState<SearchState>(emptySearch)
  const [ready, setReady] = useState(false)
  // "Show more" counts for the state it was pressed in: another query starts from its first results.
  const [more, setMore] = useState({url: '', pages: 1})
  const focusFrom = useRef<number | null>(null)
  const list = useRef<HTMLOListElement>(null)

  useEffect(() => {
    // A URL this state wrote itself (typing) changes nothing: the words keep their spaces as typed.
    setState((current) => (searchUrlOf(current, facets) === location.search ? current : parseSearch(location.search, facets)))
    setReady(true)
  }, [location.search, facets])
  const url = searchUrlOf(state, facets)
  const pages = more.url === url ? more.pages : 1

  /** Sets the state and the URL: `push` adds a history entry (a choice), else the entry is replaced (typing). */
  const update = (next: SearchState, push: boolean) => {
    setState(next)
    const target = {pathname: location.pathname, search: searchUrlOf(next, facets)}
    if (target.search === location.search) return
    if (push) history.push(target)
    else history.replace(target)
  }
  const linkTo = (q: string) => `${location.pathname}${searchUrlOf({...state, q}, facets)}`

  const active = isActive(state)
  const {result, loading, error, retry} = useSearchResults(ready ? queryOf(state, SEARCH_PAGE * pages) : undefined)
  const hits = active ? (result?.hits ?? []) : []
  const total = active ? result?.total : undefined
  /** A facet's counts for the words and the other facets (0 for a value the result does not count). */
  const countsOf = (facet: Facet) =>
    active && result ? new Map(facet.values.map((value) => [value.value, result.counts[facet.id]?.[value.value] ?? 0])) : undefined

  // After "Show more", focus moves to the first result added.
  useEffect(() => {
    const from = focusFrom.current
    if (from === null || hits.length <= from) return
    focusFrom.current = null
    list.current?.querySelectorAll<HTMLElement>('.cx-card__title a')[from]?.focus()
  }, [hits.length])

  let status: string
  if (!active) status = text.prompt
  else if (error) status = fill(text.failed, {error})
  else if (total === undefined) status = text.searching
  else status = fill(text.count, {count: total})

  return (
    <Layout title={text.title} description={text.description}>
      <main className="container margin-vert--lg cx-browse cx-search">
        <Heading as="h1">{text.title}</Heading>
        <div className="cx-browse__grid">
          <form
            className="cx-browse__facets"
            role="search"
            aria-label={text.formLabel}
            onSubmit={(event) => {
              // Results come as the words are typed: Enter or the button only closes a touch keyboard.
              event.preventDefault()
              if (document.activeElement instanceof HTMLInputElement) document.activeElement.blur()
            }}
          >
            <div className="cx-browse__text">
              <label htmlFor="cx-search-q">{text.words}</label>
              <div className="cx-search__box">
                <input
                  id="cx-search-q"
                  type="search"
                  name="q"
                  value={state.q}
                  placeholder={text.placeholder}
                  autoComplete="off"
                  onChange={(event) => update({...state, q: event.target.value}, false)}
                />
                <button type="submit" className="button button--primary button--sm">
                  {text.submit}
                </button>
              </div>
            </div>
            <div className="cx-browse__sort">
              <label htmlFor="cx-search-sort">{text.sortLabel}</label>
              <select id="cx-search-sort" value={state.sort} onChange={(event) => update({...state, sort: event.target.value as SearchSort}, true)}>
                {searchSorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {text.sorts[sort]}
                  </option>
                ))}
              </select>
            </div>
            {total ? (
              // On a narrow screen the facets come before the results: a way past them.
              <a className="cx-skip-results" href="#cx-search-results">
                {fill(text.skip, {count: total})}
              </a>
            ) : null}
            {facets.map((facet) => (
              <FacetGroup
                key={facet.id}
                facet={facet}
                chosen={state.selected[facet.id] ?? []}
                counts={countsOf(facet)}
                onToggle={(id, value) => update(toggle(state, id, value), true)}
                selectedText={text.selected}
                disableEmpty
              />
            ))}
            <button type="button" className="button button--secondary button--sm" disabled={!active} onClick={() => update(emptySearch, true)}>
              {text.clear}
            </button>
          </form>
          <section className="cx-browse__results" aria-labelledby="cx-search-results" aria-busy={active && loading}>
            <Heading as="h2" id="cx-search-results" className="cx-sr-only" tabIndex={-1}>
              {text.results}
            </Heading>
            <p
              className="cx-browse__status"
              role="status"
              aria-live="polite"
              data-total={total ?? ''}
              data-state={!active ? 'prompt' : error ? 'failed' : loading ? 'loading' : 'complete'}
            >
              {status}
            </p>
            {error ? (
              <p className="cx-empty">
                <button type="button" className="button button--primary button--sm" onClick={retry}>
                  {ui.browse.tryAgain}
                </button>
              </p>
            ) : null}
            {active && result ? <SearchNotes result={result} q={state.q} text={text.notes} didYouMean={text.didYouMean} linkTo={linkTo} /> : null}
            {active && total === 0 && !result?.nothing ? <p className="cx-empty">{text.none}</p> : null}
            {hits.length > 0 ? (
              <ol className="cx-card-list cx-search-results" ref={list}>
                {hits.map((hit) => (
                  <li key={hit.id}>
                    <SearchHitCard hit={hit} text={text} />
                  </li>
                ))}
              </ol>
            ) : null}
            {total !== undefined && total > hits.length ? (
              <div className="cx-browse__more">
                <p className="cx-browse__shown">{fill(text.shown, {shown: hits.length, total})}</p>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-busy={loading || undefined}
                  onClick={() => {
                    focusFrom.current = hits.length
                    setMore({url, pages: pages + 1})
                  }}
                >
                  {loading ? text.loadingMore : fill(text.more, {count: Math.min(SEARCH_PAGE, total - hits.length)})}
                </button>
              </div>
            ) : null}
            <noscript>
              <p>{text.noscript}</p>
            </noscript>
          </section>
        </div>
      </main>
    </Layout>
  )
}
