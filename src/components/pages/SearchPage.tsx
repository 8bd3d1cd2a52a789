/** /search: full results for a query, with facets; the query and filters live in the URL. */
import React, {useEffect, useMemo, useState} from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import {useHistory, useLocation} from '@docusaurus/router'
import type {Facet} from '@site/src/content/views'
import {type BrowseState, emptyState, parseState, searchOf, toggle} from '@site/src/content/browse'
import type {SearchQuery} from '@site/src/search/semantics'
import {useSearchResults} from '../useSearch'
import SearchHitMeta from '../SearchHitLine'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.search

export default function SearchPage({search}: {search: {facets: Facet[]}}): React.JSX.Element {
  const {facets} = search
  const location = useLocation()
  const history = useHistory()
  const [state, setState] = useState<BrowseState>(emptyState)
  const [ready, setReady] = useState(false)
  useEffect(() => {
    setState(parseState(location.search, facets))
    setReady(true)
  }, [location.search, facets])
  const update = (next: BrowseState) => {
    setState(next)
    history.replace({pathname: location.pathname, search: searchOf({...next, sort: 'title'}, facets)})
  }
  const active = state.q.trim() !== '' || Object.keys(state.selected).length > 0
  const query: SearchQuery | undefined = useMemo(() => (ready && active ? {q: state.q, filters: state.selected, limit: 50} : undefined), [ready, active, state])
  const {result, loading, error} = useSearchResults(query)
  const hits = result?.hits ?? []
  return (
    <Layout title={text.title} description={text.description}>
      <main className="container margin-vert--lg cx-browse">
        <Heading as="h1">{text.title}</Heading>
        <div className="cx-browse__grid">
          <form className="cx-browse__facets" role="search" aria-label={text.formLabel} onSubmit={(event) => event.preventDefault()}>
            <div className="cx-browse__text">
              <label htmlFor="cx-search-q">{text.words}</label>
              <input
                id="cx-search-q"
                type="search"
                value={state.q}
                placeholder={text.placeholder}
                onChange={(event) => update({...state, q: event.target.value})}
              />
            </div>
            {facets.map((facet) => (
              <fieldset key={facet.id} className="cx-facet">
                <legend>{facet.label}</legend>
                <ul>
                  {facet.values.map((value) => (
                    <li key={value.value}>
                      <label className="cx-facet__value" title={value.description}>
                        <input
                          type="checkbox"
                          name={facet.id}
                          value={value.value}
                          checked={(state.selected[facet.id] ?? []).includes(value.value)}
                          onChange={() => update(toggle(state, facet.id, value.value))}
                        />
                        <span className="cx-facet__label">{value.label}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            ))}
            <button type="button" className="button button--secondary button--sm" disabled={!active} onClick={() => update(emptyState)}>
              {text.clear}
            </button>
          </form>
          <section className="cx-browse__results" aria-labelledby="cx-search-results">
            <Heading as="h2" id="cx-search-results" className="cx-sr-only">
              {text.results}
            </Heading>
            <p className="cx-browse__status" role="status" aria-live="polite" data-shown={hits.length}>
              {!active ? text.prompt : loading ? text.searching : error ? fill(text.failed, {error}) : fill(text.count, {count: hits.length})}
            </p>
            <ol className="cx-card-list cx-search-results">
              {hits.map((hit) => (
                <li key={hit.id} className="cx-card" data-entry-id={hit.id}>
                  <Heading as="h3" className="cx-card__title">
                    <Link to={hit.url}>{hit.title}</Link>
                  </Heading>
                  <SearchHitMeta hit={hit} />
                </li>
              ))}
            </ol>
          </section>
        </div>
      </main>
    </Layout>
  )
}
