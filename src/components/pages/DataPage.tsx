/**
 * /data: the open data export of the edition (JSON, NDJSON, a CSV per entry type, the Data Package
 * descriptor), its licence and citation, the data dictionary generated from the model, and a
 * DCAT-AP record (JSON-LD) for open-data portals. Text from src/content/editorial/open-data.en.json.
 */
import React from 'react'
import Layout from '@theme/Layout'
import Head from '@docusaurus/Head'
import Heading from '@theme/Heading'
import type {DataPageView} from '@site/src/content/open-data/page'
import {fill} from '@site/src/content/editorial/fill'

const MANY = 12

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

function Values({values, text}: {values: DataPageView['dictionary'][number]['columns'][number]['values']; text: DataPageView['text']}) {
  if (values.length === 0) return null
  const list = (
    <ul className="cx-dictionary__values">
      {values.map((value) => (
        <li key={value.value}>
          <code>{value.value}</code> {value.label === value.value ? null : value.label}
        </li>
      ))}
    </ul>
  )
  // Long vocabularies (countries, languages) fold away.
  return values.length > MANY ? (
    <details>
      <summary>{fill(text.moreValues, {count: values.length})}</summary>
      {list}
    </details>
  ) : (
    list
  )
}

export default function DataPage({data}: {data: DataPageView}): React.JSX.Element {
  const {text} = data
  return (
    <Layout title={text.title} description={text.description}>
      <Head>
        <script type="application/ld+json">{data.jsonLd}</script>
      </Head>
      <main className="container margin-vert--lg cx-data">
        <Heading as="h1">{text.title}</Heading>
        <p className="cx-lead">{text.lead}</p>
        <Heading as="h2" id="downloads">
          {text.downloadsHeading}
        </Heading>
        <table className="cx-data__files">
          <thead>
            <tr>
              <th scope="col">{text.filesColumn}</th>
              <th scope="col">{text.formatColumn}</th>
              <th scope="col">{text.rowsColumn}</th>
              <th scope="col">{text.sizeColumn}</th>
            </tr>
          </thead>
          <tbody>
            {data.files.map((file) => (
              <tr key={file.name}>
                <td>
                  {/* Plain links: these are files, not pages of the single-page application. */}
                  <a href={file.path} download={file.name} data-file={file.name}>
                    {file.name}
                  </a>
                </td>
                <td>
                  <code>{file.mediaType}</code>
                </td>
                <td>{file.rows}</td>
                <td>{size(file.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{text.csvNote}</p>
        <p>
          <code>{text.cliNote}</code>
        </p>
        <Heading as="h2" id="licence">
          {text.licenceHeading}
        </Heading>
        <p>
          <a href={data.dataset.licence.path} rel="license">
            {data.dataset.licence.title} ({data.dataset.licence.name})
          </a>
          . {data.dataset.attribution}
        </p>
        <p>{text.citeDataset}</p>
        <blockquote className="cx-citation">{data.citation}</blockquote>
        <Heading as="h2" id="dictionary">
          {text.dictionaryHeading}
        </Heading>
        <p>{text.dictionaryIntro}</p>
        {data.dictionary.map((table) => (
          <section key={table.type} aria-labelledby={`dictionary-${table.type}`}>
            <Heading as="h3" id={`dictionary-${table.type}`}>
              {table.title} (<code>{table.file}</code>)
            </Heading>
            <div className="cx-table-scroll">
              <table className="cx-dictionary" data-type={table.type}>
                <thead>
                  <tr>
                    <th scope="col">{text.columnName}</th>
                    <th scope="col">{text.columnType}</th>
                    <th scope="col">{text.columnRequired}</th>
                    <th scope="col">{text.columnDescription}</th>
                    <th scope="col">{text.columnValues}</th>
                  </tr>
                </thead>
                <tbody>
                  {table.columns.map((column) => (
                    <tr key={column.name} data-column={column.name}>
                      <th scope="row">
                        <code>{column.name}</code>
                      </th>
                      <td>
                        {column.type}
                        {column.list ? <div className="cx-muted">{text.list}</div> : null}
                        {column.type === 'array' ? <div className="cx-muted">{text.json}</div> : null}
                      </td>
                      <td>{column.required ? text.yes : text.no}</td>
                      <td>{column.description}</td>
                      <td>
                        <Values values={column.values} text={text} />
                        {column.limits ? <span className="cx-muted">{column.limits}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </main>
    </Layout>
  )
}
