/**
 * /compare/<type>?ids=a,b[,c]: two or three entries of a type side by side, field by field, rows
 * that differ marked in words ("Differs") and values held by only some entries highlighted. The
 * rows of every entry of the type are fetched once the URL names entries.
 */
import React, {useMemo, useState} from 'react'
import Layout from '@theme/Layout'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import {useLocation} from '@docusaurus/router'
import useIsBrowser from '@docusaurus/useIsBrowser'
import type {CompareData, CompareShell} from '@site/src/content/views'
import {COMPARE_MIN, compareIdsOf, rowDiffers, sharedByAll} from '@site/src/content/compare'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'
import Badge from '../Badge'
import {useDeferred} from '../useDeferred'
import DeferredStatus from '../DeferredStatus'

const text = ui.compare
const composite = {value: 'composite', label: ui.provenance.composite}

export default function ComparePage({source}: {source: CompareShell}): React.JSX.Element {
  const location = useLocation()
  const [onlyDifferences, setOnlyDifferences] = useState(false)
  // The URL decides once hydrated (the server HTML has no query string).
  const search = useIsBrowser() ? location.search : ''
  const ids = useMemo(() => compareIdsOf(search), [search])
  const loaded = useDeferred<CompareData>(ids.length > 0 ? source.data : null)
  const all = loaded.data
  const waiting = ids.length > 0 && all === null
  const entries = all ? ids.map((id) => all.entries.find((e) => e.id === id)).filter((e) => e !== undefined) : []
  const unknown = all ? ids.filter((id) => !all.entries.some((e) => e.id === id)) : []
  const plural = source.plural.toLowerCase()
  const rows = (all?.rows ?? [])
    .map((row) => {
      const values = entries.map((e) => e.values[row.key] ?? [])
      return {...row, values, differs: rowDiffers(values)}
    })
    .filter((row) => row.values.some((items) => items.length > 0))
  const title = fill(text.title, {plural})
  return (
    <Layout title={entries.length ? `${title}: ${entries.map((e) => e.title).join(' · ')}` : title} description={text.description}>
      <main className="container margin-vert--lg cx-compare-page" data-compare={source.type}>
        <p className="cx-kicker">
          <Link to={source.browse}>{fill(text.back, {plural})}</Link>
        </p>
        <Heading as="h1">{title}</Heading>
        <p className="cx-lead">{text.lead}</p>
        <noscript>
          <p>{text.noscript}</p>
        </noscript>
        {unknown.length > 0 ? <p className="cx-empty">{fill(text.unknown, {ids: unknown.join(', ')})}</p> : null}
        {waiting ? (
          <DeferredStatus failed={loaded.failed} retry={loaded.retry} loading={fill(text.loading, {plural})} failure={text.failed} />
        ) : entries.length < COMPARE_MIN ? (
          <p className="cx-empty">{fill(text.choose, {plural})}</p>
        ) : (
          <>
            <p className="cx-no-print">
              <label className="cx-compare__only">
                <input type="checkbox" checked={onlyDifferences} onChange={() => setOnlyDifferences(!onlyDifferences)} /> {text.onlyDifferences}
              </label>
            </p>
            <div className="cx-compare__scroll" role="region" aria-label={title} tabIndex={0}>
              <table className="cx-compare__table" data-count={entries.length}>
                <thead>
                  <tr>
                    <th scope="col">{text.field}</th>
                    {entries.map((entry) => (
                      <th scope="col" key={entry.id} data-entry-id={entry.id}>
                        <Link to={entry.permalink}>{entry.title}</Link>
                        {entry.composite ? (
                          <>
                            {' '}
                            <Badge kind="provenance" value={composite} />
                          </>
                        ) : null}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows
                    .filter((row) => !onlyDifferences || row.differs)
                    .map((row) => (
                      <tr key={row.key} data-row={row.key} className={row.differs ? 'cx-compare__row--differs' : undefined}>
                        <th scope="row">
                          {row.label}
                          <span className={row.differs ? 'cx-compare__flag' : 'cx-sr-only'}>{row.differs ? text.differs : text.same}</span>
                        </th>
                        {row.values.map((items, index) => (
                          <td key={entries[index]!.id}>
                            {items.length === 0 ? (
                              <span className="cx-muted">{text.none}</span>
                            ) : items.length === 1 ? (
                              row.differs && !sharedByAll(items[0]!, row.values) ? (
                                <mark>{items[0]}</mark>
                              ) : (
                                items[0]
                              )
                            ) : (
                              <ul>
                                {items.map((item, i) => (
                                  <li key={i}>{sharedByAll(item, row.values) ? item : <mark>{item}</mark>}</li>
                                ))}
                              </ul>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </main>
    </Layout>
  )
}
