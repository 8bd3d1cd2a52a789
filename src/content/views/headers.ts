/** The structured header of an entry page: what its type declares, with links to other entries resolved within the edition. */
import {facetLabel} from '../../model/facet-values.js'
import type {Source} from '../../model/fields.js'
import {labelled, type BadgeView, type HeaderSection, type Labelled} from '../../model/types/index.js'
import * as v from '../../model/vocabularies.js'
import {isComposite, isQuotable, provenanceBadges} from '../../model/provenance.js'
import ui from '../editorial/ui.en.json' with {type: 'json'}
import {contextOf, idOf, type Corpus, type Published} from '../corpus.js'
import type {EntryRecordView} from './record.js'

export interface Link {
  id: string
  title: string
  permalink: string
  badge?: BadgeView
  /** The composite label, when the linked entry is an illustrative composite. */
  provenance?: BadgeView
}

export type SourceView = Source

/** A header block as the page renders it: entry ids resolved to links. */
export type HeaderBlock =
  | Exclude<HeaderSection, {kind: 'entries'} | {kind: 'citing'}>
  | {kind: 'links'; anchor: string; heading: string; links: Link[]; empty?: string}

export interface Header {
  type: string
  kicker: string
  id: string
  /** Address of the type's browse page (chips link there with a facet chosen). */
  browse: string
  lastReviewed: string
  provenance: Labelled
  /** An illustrative composite: the page says so before anything else. */
  composite: boolean
  /** Documented and marked quotable: its summary is cleared for quotation. */
  quotable: boolean
  sources: SourceView[]
  phases: Array<Labelled & {lit: boolean}>
  badges: BadgeView[]
  lead?: string
  /** Short fields; `date` marks an ISO date (rendered as a time element). */
  fields: Array<{name: string; value: string; badge?: BadgeView; date?: boolean}>
  blocks: HeaderBlock[]
  /** Short address, citation, history and review state (added by the site, which knows its address and the git history). */
  record?: EntryRecordView
}

const linkOf = (entry: Published): Link => {
  const badge = entry.type.badgesOf(entry.data)[0]
  const [provenance] = provenanceBadges(entry.data.provenance)
  return {id: idOf(entry), title: entry.data.title, permalink: entry.permalink, ...(badge ? {badge} : {}), ...(provenance ? {provenance} : {})}
}

/** The structured header of an entry page, with links both ways resolved within the edition. */
export function headerOf(entry: Published, corpus: Corpus): Header {
  const context = contextOf(corpus)
  const {data, type} = entry
  const spec = type.headerOf(data, context)
  const blocks: HeaderBlock[] = []
  for (const section of spec.sections) {
    if (section.kind === 'entries') {
      const links = section.ids
        .map((id) => context.published(id))
        .filter((p) => p !== undefined)
        .map(linkOf)
      if (links.length > 0 || section.empty)
        blocks.push({kind: 'links', anchor: section.anchor, heading: section.heading, links, ...(section.empty ? {empty: section.empty} : {})})
    } else if (section.kind === 'citing') {
      const citing = context.citingEntries(idOf(entry)).filter((other) => other.type !== type)
      blocks.push({kind: 'links', anchor: section.anchor, heading: section.heading, links: citing.map(linkOf), empty: section.empty})
    } else blocks.push(section)
  }
  return {
    type: type.name,
    kicker: type.labels.kicker,
    id: idOf(entry),
    browse: `/${type.folder}`,
    lastReviewed: data.lastReviewed,
    provenance: labelled(v.provenances, data.provenance),
    composite: isComposite(data.provenance),
    quotable: isQuotable(data),
    sources: data.sources,
    phases: v.phases.map((term) => ({...facetLabel('phase', term.value), lit: data.phases.includes(term.value)})),
    badges: [...spec.badges, ...provenanceBadges(data.provenance)],
    ...(spec.lead ? {lead: spec.lead} : {}),
    fields: [...spec.fields, {name: ui.entry.lastReviewed, value: data.lastReviewed, date: true}],
    blocks,
  }
}
