import React from 'react'
import Link from '@docusaurus/Link'
import useBaseUrl from '@docusaurus/useBaseUrl'
import Heading from '@theme/Heading'
import type {Header, HeaderBlock, Labelled, Link as EntryLink, SourceView} from '@site/src/content/views'
import Badge from './Badge'
import PhaseStrip from './PhaseStrip'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

function Chips({items, facet, base}: {items: Labelled[]; facet: string; base: string}) {
  return (
    <ul className="cx-chips">
      {items.map((item) => (
        <li key={item.value}>
          <Link className="cx-chip" to={`${base}?${facet}=${encodeURIComponent(item.value)}`} title={item.description}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}

function Sources({sources}: {sources: SourceView[]}) {
  return (
    <ul className="cx-sources">
      {sources.map((source, index) => (
        <li key={index}>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.title}
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}
          {source.section ? <>, {source.section}</> : null}
          {source.publisher ? <>. {source.publisher}</> : null}
          {source.year ? <> ({source.year})</> : null}
        </li>
      ))}
    </ul>
  )
}

function Links({links, empty}: {links: EntryLink[]; empty?: string}) {
  if (links.length === 0) return empty ? <p className="cx-muted">{empty}</p> : null
  return (
    <ul className="cx-links">
      {links.map((link) => (
        <li key={link.id}>
          <Link to={link.permalink}>{link.title}</Link>
          {link.badge ? (
            <>
              {' '}
              <Badge kind={link.badge.kind} value={link.badge.value} />
            </>
          ) : null}
          {link.provenance ? (
            <>
              {' '}
              <Badge kind={link.provenance.kind} value={link.provenance.value} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

function Provenance({header}: {header: Header}) {
  return (
    <aside className={`cx-provenance cx-provenance--${header.provenance.value}`} aria-label={ui.entry.provenanceLabel}>
      <p>
        <strong>{fill(ui.entry.provenance, {label: header.provenance.label})}</strong> {header.provenance.description}
      </p>
      <Sources sources={header.sources} />
    </aside>
  )
}

/** One block of the header, as its type declared it. */
function Block({block, header}: {block: HeaderBlock; header: Header}) {
  const heading = (
    <Heading as="h2" id={block.anchor} className="cx-h">
      {block.heading}
    </Heading>
  )
  switch (block.kind) {
    case 'chips':
      return (
        <section aria-labelledby={block.anchor}>
          {heading}
          <Chips items={block.items} facet={block.facet} base={header.browse} />
        </section>
      )
    case 'links':
      return (
        <section aria-labelledby={block.anchor}>
          {heading}
          <Links links={block.links} empty={block.empty} />
        </section>
      )
    case 'list':
      return (
        <section aria-labelledby={block.anchor} className="cx-lessons">
          {heading}
          <ul>
            {block.items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </section>
      )
    case 'groups':
      return (
        <section aria-labelledby={block.anchor} className="cx-lessons">
          {heading}
          {block.groups.map((group) => (
            <div key={group.value} className={`cx-lessons__group cx-lessons__group--${group.value}`}>
              <Heading as="h3" id={`${block.anchor}-${group.value}`} className="cx-lessons__kind">
                {group.label}
              </Heading>
              <ul aria-labelledby={`${block.anchor}-${group.value}`}>
                {group.items.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )
    case 'pages':
      return (
        <section aria-labelledby={block.anchor}>
          {heading}
          <ul className="cx-links">
            {block.items.map((item) => (
              <li key={item.value}>
                <Link to={item.path} title={item.description}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )
    case 'note':
      return (
        <section aria-labelledby={block.anchor}>
          {heading}
          <p>
            {block.badge ? (
              <>
                <Badge kind={block.badge.kind} value={block.badge.value} />{' '}
              </>
            ) : null}
            {block.text}
          </p>
          {block.sources && block.sources.length > 0 ? <Sources sources={block.sources} /> : block.empty ? <p className="cx-muted">{block.empty}</p> : null}
        </section>
      )
  }
}

/** Blocks in order; consecutive chip blocks marked `pair` sit side by side. */
function Blocks({header}: {header: Header}) {
  const out: React.ReactNode[] = []
  for (let index = 0; index < header.blocks.length; index++) {
    const block = header.blocks[index]!
    if (block.kind === 'chips' && block.pair) {
      const pair = [block]
      while (header.blocks[index + 1]?.kind === 'chips' && (header.blocks[index + 1] as typeof block).pair) pair.push(header.blocks[++index] as typeof block)
      out.push(
        <div key={block.anchor} className="cx-header-grid">
          {pair.map((item) => (
            <Block key={item.anchor} block={item} header={header} />
          ))}
        </div>,
      )
    } else out.push(<Block key={block.anchor} block={block} header={header} />)
  }
  return <>{out}</>
}

/** The structured header of an entry page, rendered from what its type declares. */
export default function EntryHeader({header}: {header: Header}): React.JSX.Element {
  const {record} = header
  const short = useBaseUrl(record?.shortPath ?? '/')
  const history = record?.history
  const fields = [
    ...header.fields,
    ...(history
      ? [
          {name: ui.entry.firstPublished, value: history.firstPublished, date: true},
          {name: ui.entry.lastChanged, value: history.lastChanged, date: true},
        ]
      : []),
  ]
  return (
    <div className={`cx-entry-header cx-entry-header--${header.type}`} data-entry-type={header.type}>
      <p className="cx-kicker">
        {header.kicker}{' '}
        {record ? (
          // A plain link: the short address is a static redirect page, not a route of the application.
          <a className="cx-id" href={short} title={ui.entry.permalink} data-permalink>
            {header.id}
          </a>
        ) : (
          <span className="cx-id">{header.id}</span>
        )}
        {record ? (
          <>
            {' · '}
            <a href="#cite" className="cx-cite-link">
              {ui.entry.citeHeading}
            </a>
          </>
        ) : null}
      </p>
      {record?.review.due ? (
        <p className="cx-review-due" data-review-due>
          <span className="cx-badge cx-badge--due">{ui.entry.dueForReview}</span> {fill(ui.entry.dueForReviewNote, {months: record.review.months})}
        </p>
      ) : null}
      {header.badges.length > 0 ? (
        <p className="cx-outcome-line">
          {header.badges.map((badge, index) => (
            <React.Fragment key={badge.kind}>
              {index > 0 ? ' ' : null}
              <Badge kind={badge.kind} value={badge.value} prefix={badge.prefix} />
            </React.Fragment>
          ))}
        </p>
      ) : null}
      {header.composite ? (
        <p className="cx-composite-notice" role="note">
          {ui.provenance.compositeNotice}
        </p>
      ) : header.quotable ? (
        <p className="cx-quotable-notice" role="note">
          <span className="cx-badge cx-badge--quotable">{ui.provenance.quotable}</span> {ui.provenance.quotableNotice}
        </p>
      ) : null}
      {header.lead ? <p className="cx-lead">{header.lead}</p> : null}
      <PhaseStrip phases={header.phases} />
      <dl className="cx-fields">
        {fields.map((field) => (
          <div key={field.name} className="cx-field">
            <dt>{field.name}</dt>
            <dd>
              {field.badge ? (
                <Badge kind={field.badge.kind} value={field.badge.value} />
              ) : field.date ? (
                <time dateTime={field.value}>{field.value}</time>
              ) : (
                field.value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <Blocks header={header} />
      <Provenance header={header} />
    </div>
  )
}
