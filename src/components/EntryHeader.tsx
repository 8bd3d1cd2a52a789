import React from 'react'
import Link from '@docusaurus/Link'
import Heading from '@theme/Heading'
import type {CaseHeader, Header, Labelled, Link as EntryLink, PracticeHeader, SourceView} from '@site/src/content/views'
import Badge from './Badge'
import PhaseStrip from './PhaseStrip'

function Chips({items, facet, base}: {items: Labelled[]; facet: string; base: string}) {
  return (
    <ul className="cx-chips">
      {items.map((item) => (
        <li key={item.value}>
          <Link className="cx-chip" to={`${base}?${facet}=${encodeURIComponent(item.value)}`} title={item.description}>{item.label}</Link>
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
          {source.url ? <a href={source.url} rel="noopener noreferrer">{source.title}</a> : <cite>{source.title}</cite>}
          {source.section ? <>, {source.section}</> : null}
          {source.year ? <> ({source.year})</> : null}
        </li>
      ))}
    </ul>
  )
}

function Links({links, empty}: {links: EntryLink[]; empty: string}) {
  if (links.length === 0) return <p className="cx-muted">{empty}</p>
  return (
    <ul className="cx-links">
      {links.map((link) => (
        <li key={link.id}>
          <Link to={link.permalink}>{link.title}</Link>
          {link.outcome ? <> <Badge kind="outcome" value={link.outcome} /></> : null}
        </li>
      ))}
    </ul>
  )
}

function Provenance({header}: {header: Header}) {
  return (
    <aside className={`cx-provenance cx-provenance--${header.provenance.value}`} aria-label="Where this entry comes from">
      <p>
        <strong>Provenance: {header.provenance.label}.</strong> {header.provenance.description}
      </p>
      <Sources sources={header.sources} />
    </aside>
  )
}

function Field({name, children}: {name: string; children: React.ReactNode}) {
  return (
    <div className="cx-field">
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  )
}

function PracticeHead({header}: {header: PracticeHeader}) {
  return (
    <>
      <p className="cx-lead">{header.summary}</p>
      <PhaseStrip phases={header.phases} />
      <dl className="cx-fields">
        <Field name="Country">{header.country.label}</Field>
        <Field name="Organisation">{header.organisationType.label}</Field>
        <Field name="Status">{header.status.label}</Field>
        {header.startYear ? <Field name="Since">{header.startYear}</Field> : null}
        <Field name="Evidence"><Badge kind="evidence" value={header.evidence} /></Field>
        <Field name="Last reviewed"><time dateTime={header.lastReviewed}>{header.lastReviewed}</time></Field>
      </dl>
      <div className="cx-header-grid">
        <section aria-labelledby="cx-target-groups">
          <Heading as="h2" id="cx-target-groups" className="cx-h">Target groups</Heading>
          <Chips items={header.targetGroups} facet="targetGroup" base="/practices" />
        </section>
        <section aria-labelledby="cx-approaches">
          <Heading as="h2" id="cx-approaches" className="cx-h">Approaches</Heading>
          <Chips items={header.approaches} facet="approach" base="/practices" />
        </section>
      </div>
      <section aria-labelledby="cx-recommendations">
        <Heading as="h2" id="cx-recommendations" className="cx-h">Recommendations of the paper it answers</Heading>
        <ul className="cx-links">
          {header.recommendations.map((r) => (
            <li key={r.value}><Link to={`/topics/recommendation-${r.value}`} title={r.description}>{r.label}</Link></li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cx-evidence">
        <Heading as="h2" id="cx-evidence" className="cx-h">Evidence</Heading>
        <p><Badge kind="evidence" value={header.evidence} /> {header.evidence.description}</p>
        {header.evidence.references.length > 0 ? <Sources sources={header.evidence.references} /> : <p className="cx-muted">No evaluation reference recorded yet.</p>}
      </section>
      <section aria-labelledby="cx-cited-by">
        <Heading as="h2" id="cx-cited-by" className="cx-h">Case reviews that cite this practice</Heading>
        <Links links={header.citedBy} empty="No case review in this edition cites this practice yet." />
      </section>
      {header.relatedPractices.length > 0 ? (
        <section aria-labelledby="cx-related">
          <Heading as="h2" id="cx-related" className="cx-h">Related practices</Heading>
          <Links links={header.relatedPractices} empty="" />
        </section>
      ) : null}
      <Provenance header={header} />
    </>
  )
}

function CaseHead({header}: {header: CaseHeader}) {
  return (
    <>
      <p className="cx-outcome-line">
        <Badge kind="outcome" value={header.outcome} prefix="Outcome" />{' '}
        <Badge kind="model" value={header.managementModel} prefix="Prison management" />
        {header.visibility.value === 'practitioners' ? <> <Badge kind="visibility" value={header.visibility} /></> : null}
      </p>
      {header.publicSummary ? <p className="cx-lead">{header.publicSummary}</p> : null}
      <PhaseStrip phases={header.phases} />
      <dl className="cx-fields">
        {header.profile.map((item) => <Field key={item.field} name={item.field}>{item.value.label}</Field>)}
        <Field name="Country">{header.country.label}</Field>
        <Field name="Period">{header.period.from === header.period.to ? header.period.from : `${header.period.from}–${header.period.to}`}</Field>
        <Field name="Basis">{header.consentBasis.label}</Field>
        <Field name="Last reviewed"><time dateTime={header.lastReviewed}>{header.lastReviewed}</time></Field>
      </dl>
      <section aria-labelledby="cx-criteria">
        <Heading as="h2" id="cx-criteria" className="cx-h">Success criteria used</Heading>
        <Chips items={header.successCriteria} facet="successCriteria" base="/cases" />
      </section>
      <section aria-labelledby="cx-lessons" className="cx-lessons">
        <Heading as="h2" id="cx-lessons" className="cx-h">Lessons in brief</Heading>
        <ul>{header.lessons.map((lesson, index) => <li key={index}>{lesson}</li>)}</ul>
      </section>
      <section aria-labelledby="cx-practices">
        <Heading as="h2" id="cx-practices" className="cx-h">Related practices</Heading>
        <Links links={header.relatedPractices} empty="No related practice in this edition." />
      </section>
      <Provenance header={header} />
    </>
  )
}

/** The structured header of an entry page, rendered from its front matter. */
export default function EntryHeader({header}: {header: Header}): React.JSX.Element {
  return (
    <div className={`cx-entry-header cx-entry-header--${header.type}`} data-entry-type={header.type}>
      <p className="cx-kicker">{header.type === 'practice' ? 'Practice' : 'Anonymised case review'} <span className="cx-id">{header.id}</span></p>
      {header.type === 'practice' ? <PracticeHead header={header} /> : <CaseHead header={header} />}
    </div>
  )
}
