/**
 * /practices and /cases: facets with counts, a text filter and a sort, with the state in the URL.
 * The page ships only its first screen (src/content/browse-data.ts): facets, unfiltered counts and
 * the first cards in the default sort, which the server-rendered HTML holds too. The table of every
 * card is fetched once, on the first interaction with the filters or "Show more", or at once when
 * the URL asks for filters or another sort; meanwhile the page says it is loading. Cards are shown
 * a page at a time, so the list stays short whatever the corpus.
 */
import React, {useCallback, useEffect, useId, useMemo, useRef, useState} from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import {useHistory, useLocation} from '@docusaurus/router'
import useIsBrowser from '@docusaurus/useIsBrowser'
import type {Card, Facet} from '@site/src/content/views'
import {applyState, type BrowseState, countsOf, emptyState, parseState, searchOf, sorts, toggle} from '@site/src/content/browse'
import {type BrowseFirst, type BrowseTable, decodeTable, FIRST_PAGE, PAGE_STEP} from '@site/src/content/browse-data'
import EntryCard from '../EntryCard'

/** Tables being fetched or fetched, by URL: each is requested once per page load (again only after a failure). */
const tables = new Map<string, Promise<Card[]>>()
function loadTable(url: string, facets: readonly Facet[]): Promise<Card[]> {
  let table = tables.get(url)
  if (!table) {
    table = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
        return response.json() as Promise<BrowseTable>
      })
      .then((data) => decodeTable(data, facets))
    table.catch(() => tables.delete(url))
    tables.set(url, table)
  }
  return table
}

/** Whether the state needs the table of every card (anything but the unfiltered list in the default sort). */
const needsTable = (state: BrowseState) =>
  state.q.trim() !== '' || state.sort !== emptyState.sort || Object.values(state.selected).some((values) => values.length > 0)

function FacetGroup({
  facet,
  state,
  counts,
  onToggle,
}: {
  facet: Facet
  state: BrowseState
  counts: Map<string, number> | undefined
  onToggle: (facet: string, value: string) => void
}) {
  const id = useId()
  const chosen = state.selected[facet.id] ?? []
  return (
    <fieldset className="cx-facet" aria-describedby={chosen.length ? `${id}-chosen` : undefined}>
      <legend>{facet.label}</legend>
      {chosen.length ? (
        <span id={`${id}-chosen`} className="cx-sr-only">
          {chosen.length} selected
        </span>
      ) : null}
      <ul>
        {facet.values.map((value) => {
          // Counts are unknown while the table loads for a filtered state.
          const count = counts?.get(value.value)
          const checked = chosen.includes(value.value)
          return (
            <li key={value.value}>
              <label className={count === 0 && !checked ? 'cx-facet__value cx-facet__value--empty' : 'cx-facet__value'} title={value.description}>
                <input type="checkbox" name={facet.id} value={value.value} checked={checked} onChange={() => onToggle(facet.id, value.value)} />
                <span className="cx-facet__label">{value.label}</span>
                {count === undefined ? null : (
                  <span className="cx-facet__count">
                    <span className="cx-sr-only">, </span>
                    {count}
                  </span>
                )}
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

export default function BrowsePage({browser}: {browser: BrowseFirst}): React.JSX.Element {
  const text = browser.labels
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

  const waiting = all === null && needsTable(state)
  /** The cards that match, in order; null while the table they need is loading. */
  const shown = useMemo(() => (all ? applyState(all, state) : waiting ? null : browser.first), [all, state, waiting, browser.first])
  const matched = all ? shown!.length : waiting ? undefined : browser.total
  const counts = useMemo(() => {
    if (all) return new Map(browser.facets.map((facet) => [facet.id, countsOf(all, state, facet)]))
    if (waiting) return undefined
    return new Map(browser.facets.map((facet) => [facet.id, new Map(Object.entries(browser.counts[facet.id] ?? {}))]))
  }, [all, waiting, browser.facets, browser.counts, state])
  const visible = shown?.slice(0, limit) ?? []
  const active = Object.values(state.selected).some((values) => values.length > 0) || state.q.trim() !== ''
  const noun = (n: number) => (n === 1 ? text.noun[0] : text.noun[1])
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
  if (failed) status = `The list of all ${total} ${noun(total)} could not be loaded.`
  else if (waiting) status = `Loading the list of all ${total} ${noun(total)} to apply the filters…`
  else if (active) status = `Showing ${matched} of ${total} ${noun(total)}`
  else status = `All ${total} ${noun(total)}`

  return (
    <Layout title={text.title} description={text.intro}>
      <main className="container margin-vert--lg cx-browse" data-browser={browser.type}>
        <Heading as="h1">{text.title}</Heading>
        <p className="cx-lead">{text.intro}</p>
        <div className="cx-browse__grid">
          <form
            className="cx-browse__facets"
            role="search"
            aria-label={`Filter ${text.noun[1]}`}
            onSubmit={(event) => event.preventDefault()}
            // The table comes with the first sign of use: a pointer over the filters, a touch or focus.
            onPointerEnter={fetchTable}
            onTouchStart={fetchTable}
            onFocus={fetchTable}
          >
            <a className="cx-skip-results" href="#cx-results-heading">
              Skip to the {matched ?? ''} {noun(matched ?? 2)} shown
            </a>
            <div className="cx-browse__text">
              <label htmlFor="cx-filter-text">Filter by words</label>
              <input
                id="cx-filter-text"
                type="search"
                value={state.q}
                placeholder="e.g. women, probation, mentor"
                onChange={(event) => update({...state, q: event.target.value})}
              />
            </div>
            <div className="cx-browse__sort">
              <label htmlFor="cx-sort">Sort by</label>
              <select id="cx-sort" value={state.sort} onChange={(event) => update({...state, sort: event.target.value as BrowseState['sort']})}>
                {sorts.map((sort) => (
                  <option key={sort.value} value={sort.value}>
                    {sort.label}
                  </option>
                ))}
              </select>
            </div>
            {browser.facets.map((facet) => (
              <FacetGroup
                key={facet.id}
                facet={facet}
                state={state}
                counts={counts?.get(facet.id)}
                onToggle={(id, value) => update(toggle(state, id, value))}
              />
            ))}
            <button type="button" className="button button--secondary button--sm" disabled={!active} onClick={() => update({...emptyState, sort: state.sort})}>
              Clear all filters
            </button>
          </form>
          <section className="cx-browse__results" aria-labelledby="cx-results-heading" aria-busy={waiting && !failed}>
            <Heading as="h2" id="cx-results-heading" className="cx-sr-only" tabIndex={-1}>
              Results
            </Heading>
            <p
              className="cx-browse__status"
              role="status"
              aria-live="polite"
              data-shown={matched ?? ''}
              data-state={failed ? 'failed' : waiting ? 'loading' : all ? 'complete' : 'first-page'}
            >
              {status}
            </p>
            {failed ? (
              <p className="cx-empty">
                <button type="button" className="button button--primary button--sm" onClick={fetchTable}>
                  Try again
                </button>
              </p>
            ) : null}
            {shown === null ? null : shown.length === 0 ? (
              <p className="cx-empty">No {text.noun[1]} match these filters. Remove a filter or clear them all.</p>
            ) : (
              <ul className="cx-card-list" ref={list}>
                {visible.map((card) => (
                  <li key={card.id}>
                    <EntryCard card={card} />
                  </li>
                ))}
              </ul>
            )}
            {matched !== undefined && matched > visible.length ? (
              <div className="cx-browse__more">
                <p className="cx-browse__shown">
                  {visible.length} of {matched} {noun(matched)} shown{all ? '' : ', by title'}.
                </p>
                {isBrowser ? (
                  <button type="button" className="button button--secondary" onClick={showMore} aria-busy={visible.length >= limit ? undefined : true}>
                    {visible.length >= limit ? `Show ${Math.min(PAGE_STEP, matched - visible.length)} more` : 'Loading more…'}
                  </button>
                ) : null}
                <noscript>
                  <p>Filters and the rest of the list need JavaScript.</p>
                </noscript>
              </div>
            ) : null}
          </section>
        </div>
      </main>
    </Layout>
  )
}
