/**
 * The 404 page: says what happened, offers the portal's search (a plain GET form to /search, so it
 * works before the scripts load) and the main lists. Text from the editorial data.
 */
import React from 'react'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import useBaseUrl from '@docusaurus/useBaseUrl'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.notFound

export default function NotFoundContent({className}: {className?: string}): React.JSX.Element {
  const searchPage = useBaseUrl('/search')
  return (
    <main className={`container margin-vert--lg cx-not-found${className ? ` ${className}` : ''}`}>
      <Heading as="h1">{text.title}</Heading>
      <p className="cx-lead">{text.lead}</p>
      <form className="cx-home-search" role="search" action={searchPage} method="get" aria-label={text.searchLabel}>
        <label htmlFor="cx-not-found-q">{text.searchLabel}</label>
        <div className="cx-home-search__row">
          <input id="cx-not-found-q" name="q" type="search" placeholder={text.searchPlaceholder} autoComplete="off" />
          <button type="submit" className="button button--primary">
            {text.searchButton}
          </button>
        </div>
      </form>
      <nav aria-labelledby="cx-not-found-elsewhere">
        <p id="cx-not-found-elsewhere">{text.elsewhere}</p>
        <ul className="cx-links">
          {text.links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  )
}
