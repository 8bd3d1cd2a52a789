/**
 * The navbar search box: a combobox that searches as you type (prefix and typo tolerant), opened
 * with "/" or Ctrl+K, navigable with the arrow keys; Enter opens the highlighted entry, or the
 * search page with the query when none is highlighted. Under the best matches, the panel says in
 * short which words were left out or what was probably meant (a button that searches it), and
 * links to all the results on the search page.
 */
import React, {useEffect, useId, useRef, useState} from 'react'
import Link from '@docusaurus/Link'
import {useHistory} from '@docusaurus/router'
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl'
import {preloadEmbedded, useEmbeddedSource, useSearchResults, useSearchSettings} from '@site/src/components/useSearch'
import SearchHitMeta from '@site/src/components/SearchHitLine'
import {fill, pieces} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.searchBar

export default function SearchBar(): React.JSX.Element {
  const [q, setQ] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const input = useRef<HTMLInputElement>(null)
  const history = useHistory()
  const {withBaseUrl} = useBaseUrlUtils()
  const settings = useSearchSettings()
  const id = useId()
  const listId = `${id}-results`
  const source = useEmbeddedSource()
  const {result, loading} = useSearchResults(q.trim() ? {q, limit: 8} : undefined)
  const hits = result?.hits ?? []

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)
      if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault()
        input.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  useEffect(() => setActive(-1), [q])

  /** The search page with the words typed. */
  const allResults = `/search?${new URLSearchParams({q: q.trim()}).toString()}`
  const close = () => {
    setOpen(false)
    setQ('')
    input.current?.blur()
  }
  const go = (to: string) => {
    close()
    history.push(withBaseUrl(to))
  }
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((i) => Math.min(i + 1, hits.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((i) => Math.max(i - 1, -1))
    } else if (event.key === 'Escape') {
      setOpen(false)
      setActive(-1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const hit = hits[active]
      if (hit) go(hit.url)
      else if (q.trim()) go(allResults)
    }
  }
  const expanded = open && q.trim() !== ''
  const current = result && !loading ? result : undefined
  let status: string
  if (!result) status = loading ? text.searching : ''
  else if (hits.length === 0) status = text.none
  else status = fill(text.count, {count: hits.length})
  return (
    <div
      className="cx-searchbar"
      role="search"
      // The panel stays open while focus moves within the box and its panel (its links and buttons).
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false)
      }}
    >
      <label htmlFor={`${id}-input`} className="cx-sr-only">
        {text.label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className="cx-searchbar__input"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        aria-keyshortcuts="/ Control+K"
        placeholder={text.placeholder}
        autoComplete="off"
        value={q}
        onFocus={() => {
          setOpen(true)
          if (settings.backend === 'embedded') preloadEmbedded(source)
        }}
        onChange={(event) => {
          setQ(event.target.value)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
      />
      <div className="cx-searchbar__panel" hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label={text.results} className="cx-searchbar__list">
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'cx-searchbar__hit cx-searchbar__hit--active' : 'cx-searchbar__hit'}
              onMouseDown={(event) => {
                event.preventDefault()
                go(hit.url)
              }}
            >
              <span className="cx-hit__title">{hit.title}</span>
              <SearchHitMeta hit={hit} />
            </li>
          ))}
        </ul>
        <p className="cx-searchbar__status" role="status" aria-live="polite">
          {status}
        </p>
        {current && (current.dropped.length > 0 || current.suggestion) ? (
          <p className="cx-searchbar__note">
            {current.dropped.length > 0 ? <span>{fill(text.dropped, {words: current.dropped.map((word) => `"${word}"`).join(', ')})}</span> : null}
            {current.dropped.length > 0 && current.suggestion ? ' ' : null}
            {current.suggestion ? (
              <span>
                {pieces(text.didYouMean, {
                  suggestion: (
                    <button
                      key="suggestion"
                      type="button"
                      className="cx-searchbar__suggestion"
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => {
                        setQ(current.suggestion!)
                        input.current?.focus()
                      }}
                    >
                      {current.suggestion}
                    </button>
                  ),
                })}
              </span>
            ) : null}
          </p>
        ) : null}
        {current && current.total > 0 ? (
          <p className="cx-searchbar__all">
            <Link to={allResults} onMouseDown={(event) => event.preventDefault()} onClick={close}>
              {fill(text.seeAll, {count: current.total})}
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  )
}
