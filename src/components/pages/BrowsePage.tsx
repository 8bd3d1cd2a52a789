/**
 * /practices and /cases: facets with counts, a text filter and a sort, with the state in the URL.
 * The server-rendered HTML holds the unfiltered list; the URL's filters apply once the page runs.
 */
import React, {useCallback, useEffect, useId, useMemo, useState} from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import {useHistory, useLocation} from '@docusaurus/router'
import useIsBrowser from '@docusaurus/useIsBrowser'
import type {Browser, Facet} from '@site/src/content/views'
import {applyState, type BrowseState, countsOf, emptyState, parseState, searchOf, sorts, toggle} from '@site/src/content/browse'
import EntryCard from '../EntryCard'

function FacetGroup({facet, state, counts, onToggle}: {facet: Facet; state: BrowseState; counts: Map<string, number>; onToggle: (facet: string, value: string) => void}) {
  const id = useId()
  const chosen = state.selected[facet.id] ?? []
  return (
    <fieldset className="cx-facet" aria-describedby={chosen.length ? `${id}-chosen` : undefined}>
      <legend>{facet.label}</legend>
      {chosen.length ? <span id={`${id}-chosen`} className="cx-sr-only">{chosen.length} selected</span> : null}
      <ul>
        {facet.values.map((value) => {
          const count = counts.get(value.value) ?? 0
          const checked = chosen.includes(value.value)
          return (
            <li key={value.value}>
              <label className={count === 0 && !checked ? 'cx-facet__value cx-facet__value--empty' : 'cx-facet__value'} title={value.description}>
                <input type="checkbox" name={facet.id} value={value.value} checked={checked} onChange={() => onToggle(facet.id, value.value)} />
                <span className="cx-facet__label">{value.label}</span>
                <span className="cx-facet__count">
                  <span className="cx-sr-only">, </span>
                  {count}
                </span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

export default function BrowsePage({browser}: {browser: Browser}): React.JSX.Element {
  const text = browser.labels
  const location = useLocation()
  const history = useHistory()
  const isBrowser = useIsBrowser()
  // Before hydration the state is empty (it matches the server HTML); then the URL decides.
  const [state, setState] = useState<BrowseState>(emptyState)
  useEffect(() => {
    setState(parseState(location.search, browser.facets))
  }, [location.search, browser.facets])

  const update = useCallback((next: BrowseState) => {
    setState(next)
    const search = searchOf(next, browser.facets)
    if (search !== location.search && !(search === '' && location.search === '')) history.replace({pathname: location.pathname, search, hash: location.hash})
  }, [browser.facets, history, location.pathname, location.search, location.hash])

  const shown = useMemo(() => applyState(browser.cards, state), [browser.cards, state])
  const counts = useMemo(() => new Map(browser.facets.map((facet) => [facet.id, countsOf(browser.cards, state, facet)])), [browser.cards, browser.facets, state])
  const active = Object.values(state.selected).some((values) => values.length > 0) || state.q.trim() !== ''
  const noun = (n: number) => (n === 1 ? text.noun[0] : text.noun[1])

  return (
    <Layout title={text.title} description={text.intro}>
      <main className="container margin-vert--lg cx-browse" data-browser={browser.type}>
        <Heading as="h1">{text.title}</Heading>
        <p className="cx-lead">{text.intro}</p>
        <div className="cx-browse__grid">
          <form className="cx-browse__facets" role="search" aria-label={`Filter ${text.noun[1]}`} onSubmit={(event) => event.preventDefault()}>
            <a className="cx-skip-results" href="#cx-results-heading">Skip to the {shown.length} {noun(shown.length)} shown</a>
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
                {sorts.map((sort) => <option key={sort.value} value={sort.value}>{sort.label}</option>)}
              </select>
            </div>
            {browser.facets.map((facet) => (
              <FacetGroup key={facet.id} facet={facet} state={state} counts={counts.get(facet.id)!} onToggle={(id, value) => update(toggle(state, id, value))} />
            ))}
            <button type="button" className="button button--secondary button--sm" disabled={!active} onClick={() => update({...emptyState, sort: state.sort})}>
              Clear all filters
            </button>
          </form>
          <section className="cx-browse__results" aria-labelledby="cx-results-heading">
            <Heading as="h2" id="cx-results-heading" className="cx-sr-only" tabIndex={-1}>Results</Heading>
            <p className="cx-browse__status" role="status" aria-live="polite" data-shown={shown.length}>
              {active || !isBrowser
                ? `Showing ${shown.length} of ${browser.cards.length} ${noun(browser.cards.length)}`
                : `All ${browser.cards.length} ${noun(browser.cards.length)}`}
            </p>
            {shown.length === 0 ? (
              <p className="cx-empty">No {text.noun[1]} match these filters. Remove a filter or clear them all.</p>
            ) : (
              <ul className="cx-card-list">
                {shown.map((card) => <li key={card.id}><EntryCard card={card} /></li>)}
              </ul>
            )}
          </section>
        </div>
      </main>
    </Layout>
  )
}
