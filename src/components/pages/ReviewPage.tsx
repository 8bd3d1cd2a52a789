/**
 * /review, for editors: entries due for review, due soon, and reviewed recently, with their dates.
 * Not for search engines (noindex); it holds nothing the entry pages do not show.
 */
import React from 'react'
import Layout from '@theme/Layout'
import Head from '@docusaurus/Head'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import type {ReviewRow, ReviewView} from '@site/src/content/views/review'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.review

function Table({rows, id}: {rows: ReviewRow[]; id: string}) {
  if (rows.length === 0) return <p className="cx-muted">{text.none}</p>
  return (
    <div className="cx-table-scroll">
      <table className="cx-review-table" data-review={id}>
        <thead>
          <tr>
            <th scope="col">{text.entry}</th>
            <th scope="col">{text.type}</th>
            <th scope="col">{text.lastReviewed}</th>
            <th scope="col">{text.dueOn}</th>
            <th scope="col">{text.lastChanged}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-id={row.id}>
              <th scope="row">
                <Link to={row.permalink}>{row.title}</Link>
              </th>
              <td>{row.typeLabel}</td>
              <td>
                <time dateTime={row.lastReviewed}>{row.lastReviewed}</time>
              </td>
              <td>
                <time dateTime={row.dueOn}>{row.dueOn}</time>
              </td>
              <td>{row.lastChanged ? <time dateTime={row.lastChanged}>{row.lastChanged}</time> : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export default function ReviewPage({review, types}: {review: ReviewView; types: Array<{folder: string; plural: string}>}): React.JSX.Element {
  const by = (state: ReviewRow['state']) => review.rows.filter((row) => row.state === state)
  const due = by('due')
  return (
    <Layout title={text.title} description={text.description}>
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">{text.title}</Heading>
        <p className="cx-lead">{fill(text.lead, {months: review.months, today: review.today})}</p>
        <Heading as="h2" id="due">
          {text.dueHeading} ({due.length})
        </Heading>
        {due.length > 0 ? (
          <ul>
            {types.map((type) => (
              <li key={type.folder}>
                <Link to={`/${type.folder}?review=due`}>{fill(text.browseDue, {noun: type.plural.toLowerCase()})}</Link>
              </li>
            ))}
          </ul>
        ) : null}
        <Table rows={due} id="due" />
        <Heading as="h2" id="soon">
          {fill(text.soonHeading, {months: review.soonMonths})} ({by('soon').length})
        </Heading>
        <Table rows={by('soon')} id="soon" />
        <Heading as="h2" id="current">
          {text.currentHeading} ({by('current').length})
        </Heading>
        <Table rows={by('current')} id="current" />
      </main>
    </Layout>
  )
}
