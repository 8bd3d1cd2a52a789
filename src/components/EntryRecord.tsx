/**
 * The end of an entry page: "Cite this entry" (a reference in APA style to copy, BibTeX and
 * CSL-JSON downloads) and the entry's change history from git. The Highwire `citation_*` tags for
 * reference managers are in the page head (src/theme/DocItem/Content).
 */
import React, {useState} from 'react'
import Heading from '@theme/Heading'
import useBaseUrl from '@docusaurus/useBaseUrl'
import type {EntryRecordView} from '@site/src/content/views/record'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.entry

export default function EntryRecord({record, id}: {record: EntryRecordView; id: string}): React.JSX.Element {
  const [status, setStatus] = useState('')
  const bibtex = useBaseUrl(record.cite.bibtexPath)
  const csl = useBaseUrl(record.cite.cslPath)
  const copy = () =>
    void navigator.clipboard.writeText(record.cite.apa).then(
      () => setStatus(text.copied),
      () => setStatus(''),
    )
  return (
    <section className="cx-record" aria-label={text.citeHeading}>
      <hr className="cx-rule" />
      <Heading as="h2" id="cite">
        {text.citeHeading}
      </Heading>
      <p>{text.citeIntro}</p>
      <blockquote className="cx-citation" data-citation="apa">
        {record.cite.apa}
      </blockquote>
      <p className="cx-record__actions">
        <button type="button" className="button button--secondary button--sm" onClick={copy}>
          {text.copyCitation}
        </button>{' '}
        <a className="button button--secondary button--sm" href={bibtex} download={`${id}.bib`} data-citation="bibtex">
          {text.bibtex}
        </a>{' '}
        <a className="button button--secondary button--sm" href={csl} download={`${id}.json`} data-citation="csl">
          {text.cslJson}
        </a>{' '}
        <span role="status" className="cx-muted">
          {status}
        </span>
      </p>
      <p className="cx-muted">
        {text.permalink}: <a href={useBaseUrl(record.shortPath)}>{record.shortUrl}</a>
      </p>
      {record.history ? (
        <>
          <Heading as="h2" id="history">
            {text.historyHeading}
          </Heading>
          <ol className="cx-history" data-history>
            {record.history.changes.map((change, index) => (
              <li key={index}>
                <time dateTime={change.date}>{change.date}</time> {change.subject}
              </li>
            ))}
          </ol>
          {record.history.more > 0 ? <p className="cx-muted">{fill(text.historyMore, {count: record.history.more})}</p> : null}
        </>
      ) : null}
    </section>
  )
}
