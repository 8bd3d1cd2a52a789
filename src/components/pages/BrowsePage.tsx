/**
 * /practices and /cases: facets with counts, words and a sort, with the state in the URL.
 * The page ships only its first screen (src/content/browse-data.ts): facets, unfiltered counts and
 * the first cards in the default sort, which the server-rendered HTML holds too. The table of every
 * card is fetched once, on the first interaction with the filters or "Show more", or at once when
 * the URL asks for filters or another sort; meanwhile the page says it is loading. Words go to the
 * portal's search (the same as /search, limited to this page's type): the cards kept are those it
 * finds, best first unless another sort was chosen. Cards are shown a page at a time, so the list
 * stays short whatever the corpus.
 */
import React, {useCallback, useEffect, useMemo, useRef, useState} from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import {useHistory, useLocation} from '@docusaurus/router'
import useIsBrowser from '@docusaurus/useIsBrowser'
import type {Card, Facet} from '@site/src/content/views'
import {
  applyState,
  type BrowseState,
  countsOf,
  discriminates,
  emptyState,
  parseState,
  searchOf,
  type SortKey,
  sortKeys,
  sortOf,
  toggle,
} from '@site/src/content/browse'
import {type BrowseFirst, type BrowseTable, decodeTable, FIRST_PAGE, PAGE_STEP} from '@site/src/content/browse-data'
import type {SearchQuery} from '@site/src/search/semantics'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'
import EntryCard from '../EntryCard'
import CompareBar from '../CompareBar'
import {COMPARE_MAX, toggleCompare} from '@site/src/content/compare'
import FacetGroup from '../FacetGroup'
import SearchNotes from '../SearchNotes'
import {useSearchResults} from '../useSearch'
import {fetchOnce} from '../useDeferred'
import useBaseUrl from '@docusaurus/useBaseUrl'
import {atomPath, feedFacets, feedName} from '@site/src/content/feed-paths'

const text = ui.browse

/** The table of every card at `url` (fetched once per page load, again only after a failure). */
const loadTable = (url: string, facets: readonly Facet[]): Promise<Card[]> => fetchOnce(url, (data) => decodeTable(data as BrowseTable, facets))

/** Whether the state needs the table of every card (anything but the unfiltered list by title). */
const needsTable = (state: BrowseState) =>
  state.q.trim() !== '' || sortOf(state) !== 'title' || Object.values(state.selected).some((values) => values.length > 0)

/** Pages a browse page links to with its filters (set by the plugin for the types that have them). */
export interface BrowseLinks {
  /** The briefing of the filtered list (practices). */
  briefing?: string
}

export default function BrowsePage({browser, links}: {browser: BrowseFirst; links?: BrowseLinks}): React.JSX.Element {
  const labels = browser.labels
  const siteBase = useBaseUrl('/')
  const location = useLocation()
  const history = useHistory()
  const isBrowser = useIsBrowser()
  // Before hydration the state is empty (it matches the server HTML); then the URL decides.
  const [state, setState] = useState<BrowseState>(emptyState)
  const [limit, setLimit] = useState(FIRST_PAGE)
  // Keyed by the table's URL, should the same component instance serve another landing page.
  const [table, setTable] = useState<{url: string; cards: Card[]} | null>(null)
  const all = table?.url === browser.table ? table.cards : null
  const [failed, setFailed] = useState(false)
  // Entries ticked for a side-by-side comparison.
  const [compareIds, setCompareIds] = useState<string[]>([])
  // On narrow screens the filters sit behind a button, results first.
  const [filtersOpen, setFiltersOpen] = useState(false)
  const loading = useRef<string | null>(null)
  const focusFrom = useRef<number | null>(null)
  const list = useRef<HTMLUListElement>(null)

  // Stable (it reads refs), so that effects depending on it do not run again when the table arrives.
  const fetchTable = useCallback(() => {
    const url = browser.table
    if (loading.current === url) return
    loading.current = url
    setFailed(false)
    loadTable(url, browser.facets).then(
      (cards) => setTable({url, cards}),
      (error: unknown) => {
        console.warn(`Could not load ${url}`, error)
        setFailed(true)
        loading.current = null
      },
    )
  }, [browser.table, browser.facets])

  useEffect(() => {
    const next = parseState(location.search, browser.facets)
    setState(next)
    setLimit(FIRST_PAGE)
    if (needsTable(next)) fetchTable()
  }, [location.search, browser.facets, fetchTable])

  const update = useCallback(
    (next: BrowseState) => {
      setState(next)
      setLimit(FIRST_PAGE)
      if (needsTable(next)) fetchTable()
      const search = searchOf(next, browser.facets)
      if (search !== location.search && !(search === '' && location.search === '')) history.replace({pathname: location.pathname, search, hash: location.hash})
    },
    [browser.facets, fetchTable, history, location.pathname, location.search, location.hash],
  )

  // The words, searched among this page's type: every entry the search finds, in its order.
  const words = state.q.trim() !== ''
  const query: SearchQuery | undefined = words ? {q: state.q, filters: {type: [browser.type]}, limit: 0, ids: true} : undefined
  const search = useSearchResults(query)
  // While the next words are searched, the cards of the previous ones stay (marked busy).
  const ranking = useMemo(() => (words && search.result ? (search.result.ids ?? []) : undefined), [words, search.result])
  const searching = words && search.loading
  const searchFailed = words && search.error !== undefined

  const tableWaiting = all === null && needsTable(state)
  const waiting = tableWaiting || (words && ranking === undefined)
  /** The cards that match, in order; null while the table or the search they need is on its way. */
  const shown = useMemo(() => (waiting ? null : all ? applyState(all, state, ranking) : browser.first), [all, state, ranking, waiting, browser.first])
  const matched = shown === null ? undefined : all ? shown.length : browser.total
  const counts = useMemo(() => {
    if (waiting) return undefined
    if (all) return new Map(browser.facets.map((facet) => [facet.id, countsOf(all, state, facet, ranking)]))
    return new Map(browser.facets.map((facet) => [facet.id, new Map(Object.entries(browser.counts[facet.id] ?? {}))]))
  }, [all, waiting, browser.facets, browser.counts, state, ranking])
  const visible = shown?.slice(0, limit) ?? []
  const chosenCount = Object.values(state.selected).reduce((sum, values) => sum + values.length, 0)
  const active = chosenCount > 0 || words
  const noun = (n: number) => (n === 1 ? labels.noun[0] : labels.noun[1])
  const total = browser.total

  const showMore = () => {
    focusFrom.current = visible.length
    setLimit(limit + PAGE_STEP)
    fetchTable()
  }
  // After "Show more", focus moves to the first card added.
  useEffect(() => {
    const from = focusFrom.current
    if (from === null || visible.length <= from) return
    focusFrom.current = null
    list.current?.querySelectorAll<HTMLElement>('.cx-card__title a')[from]?.focus()
  }, [visible.length])

  let status: string
  if (failed) status = fill(text.failed, {total, noun: noun(total)})
  else if (tableWaiting) status = fill(text.loading, {total, noun: noun(total)})
  else if (searchFailed) status = fill(text.searchFailed, {error: search.error!})
  else if (waiting) status = fill(text.searching, {noun: noun(2)})
  else if (active) status = fill(text.showing, {shown: matched!, total, noun: noun(total)})
  else status = fill(text.all, {total, noun: noun(total)})
  const busy = (waiting || searching) && !failed && !searchFailed

  // Best match is offered while there are words (without them it is the title order).
  const sortOptions = sortKeys.filter((key) => key !== 'relevance' || words)
  const linkTo = (q: string) => `${location.pathname}${searchOf({...state, q}, browser.facets)}`

  // A view filtered by phase or country can be followed: the feed of each value chosen (files, so plain links).
  const follow = feedFacets.flatMap((id) =>
    (state.selected[id] ?? []).map((value) => ({
      name: feedName(id, value),
      label: browser.facets.find((facet) => facet.id === id)?.values.find((known) => known.value === value)?.label ?? value,
    })),
  )
  return (
    <Layout title={labels.title} description={labels.intro}>
      <main className="container margin-vert--lg cx-browse" data-browser={browser.type}>
        <Heading as="h1">{labels.title}</Heading>
        <p className="cx-lead">{labels.intro}</p>
        <a className="cx-skip-results" href="#cx-results-heading">
          {fill(text.skip, {count: matched ?? '', noun: noun(matched ?? 2)})}
        </a>
        <p className="cx-follow" data-follow>
          {follow.length > 0 ? <>{text.follow} </> : null}
          {follow.map((feed) => (
            <a key={feed.name} href={`${siteBase}${atomPath(feed.name).slice(1)}`} type="application/atom+xml" data-feed={feed.name}>
              {fill(text.followFeed, {label: feed.label})}
            </a>
          ))}
          {follow.length > 0 ? ' · ' : null}
          <Link to="/feeds">{text.allFeeds}</Link>
        </p>
        <button
          type="button"
          className="button button--secondary cx-filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="cx-filters"
          onClick={() => {
            setFiltersOpen(!filtersOpen)
            fetchTable()
          }}
        >
          {fill(text.filtersButton, {count: chosenCount + (words ? 1 : 0)})}
        </button>
        <div className="cx-browse__grid">
          <form
            id="cx-filters"
            className={`cx-browse__facets${filtersOpen ? ' cx-browse__facets--open' : ''}`}
            role="search"
            aria-label={fill(text.formLabel, {noun: labels.noun[1]})}
            onSubmit={(event) => event.preventDefault()}
            // The table comes with the first sign of use: a pointer over the filters, a touch or focus.
            onPointerEnter={fetchTable}
            onTouchStart={fetchTable}
            onFocus={fetchTable}
          >
            <div className="cx-browse__text">
              <label htmlFor="cx-filter-text">{text.words}</label>
              <input
                id="cx-filter-text"
                type="search"
                value={state.q}
                placeholder={text.placeholder}
                autoComplete="off"
                onChange={(event) => update({...state, q: event.target.value})}
              />
            </div>
            <div className="cx-browse__sort">
              <label htmlFor="cx-sort">{text.sortLabel}</label>
              <select id="cx-sort" value={sortOf(state)} onChange={(event) => update({...state, sort: event.target.value as SortKey})}>
                {sortOptions.map((key) => (
                  <option key={key} value={key}>
                    {text.sorts[key]}
                  </option>
                ))}
              </select>
            </div>
            {browser.facets
              .filter((facet) =>
                discriminates(
                  facet.values.map((value) => value.value),
                  browser.counts[facet.id] ?? {},
                  browser.total,
                  state.selected[facet.id],
                ),
              )
              .map((facet) => (
                <FacetGroup
                  key={facet.id}
                  facet={facet}
                  chosen={state.selected[facet.id] ?? []}
                  counts={counts?.get(facet.id)}
                  onToggle={(id, value) => update(toggle(state, id, value))}
                  selectedText={text.selected}
                  byCount
                />
              ))}
            <button
              type="button"
              className="button button--secondary button--sm"
              disabled={!active}
              onClick={() => update({...emptyState, ...(state.sort ? {sort: state.sort} : {})})}
            >
              {text.clear}
            </button>
          </form>
          <section className="cx-browse__results" aria-labelledby="cx-results-heading" aria-busy={busy}>
            <Heading as="h2" id="cx-results-heading" className="cx-sr-only" tabIndex={-1}>
              {text.results}
            </Heading>
            {links?.briefing ? (
              <p className="cx-browse__briefing cx-no-print">
                <Link to={`${links.briefing}${searchOf({...state, q: ''}, browser.facets)}`}>{text.briefing}</Link>
              </p>
            ) : null}
            <p
              className="cx-browse__status"
              role="status"
              aria-live="polite"
              data-shown={matched ?? ''}
              data-state={failed || searchFailed ? 'failed' : tableWaiting ? 'loading' : waiting || searching ? 'searching' : all ? 'complete' : 'first-page'}
            >
              {status}
            </p>
            {failed || searchFailed ? (
              <p className="cx-empty">
                <button type="button" className="button button--primary button--sm" onClick={failed ? fetchTable : search.retry}>
                  {text.tryAgain}
                </button>
              </p>
            ) : null}
            {words && search.result && !searching ? (
              <SearchNotes result={search.result} q={state.q} text={ui.search.notes} didYouMean={ui.search.didYouMean} linkTo={linkTo} />
            ) : null}
            {shown === null ? null : shown.length === 0 ? (
              <p className="cx-empty">{fill(text.none, {noun: labels.noun[1]})}</p>
            ) : (
              <ul className="cx-card-list" ref={list}>
                {visible.map((card) => (
                  <li key={card.id}>
                    <EntryCard
                      card={card}
                      compare={
                        isBrowser
                          ? {
                              checked: compareIds.includes(card.id),
                              disabled: !compareIds.includes(card.id) && compareIds.length >= COMPARE_MAX,
                              onToggle: () => setCompareIds(toggleCompare(compareIds, card.id)),
                            }
                          : undefined
                      }
                    />
                  </li>
                ))}
              </ul>
            )}
            {matched !== undefined && matched > visible.length ? (
              <div className="cx-browse__more">
                <p className="cx-browse__shown">{fill(all ? text.shown : text.shownByTitle, {shown: visible.length, total: matched, noun: noun(matched)})}</p>
                {isBrowser ? (
                  <button type="button" className="button button--secondary" onClick={showMore} aria-busy={visible.length >= limit ? undefined : true}>
                    {visible.length >= limit ? fill(text.more, {count: Math.min(PAGE_STEP, matched - visible.length)}) : text.loadingMore}
                  </button>
                ) : null}
                <noscript>
                  <p>{text.noscript}</p>
                </noscript>
              </div>
            ) : null}
            <CompareBar type={browser.type} ids={compareIds} onClear={() => setCompareIds([])} />
          </section>
        </div>
      </main>
    </Layout>
  )
}
