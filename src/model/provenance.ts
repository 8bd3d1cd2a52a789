/**
 * What an entry rests on, as readers must be told it: an illustrative composite is an invented case
 * and is labelled wherever it appears; only a documented entry whose text is marked `quotable` may
 * be called cleared for quotation. Shared by cards, pages, stories, feeds, topics and briefings.
 */
import * as v from './vocabularies.js'
import {labelled, type BadgeView} from './types/define.js'

/** The provenance of an invented, illustrative case. */
export const COMPOSITE = 'composite'
/** The provenance of an entry resting on a named public source. */
export const DOCUMENTED = 'documented'

/** Whether an entry with this provenance is an illustrative composite (invented, not a real case). */
export const isComposite = (provenance: string): boolean => provenance === COMPOSITE

/** Whether an entry's summary is cleared for quotation: documented, and its text marked `quotable: true`. */
export const isQuotable = (data: {provenance: string; quotable?: boolean}): boolean => data.provenance === DOCUMENTED && data.quotable === true

/** The badge that labels a composite wherever it is listed; none for other provenances. */
export function provenanceBadges(provenance: string): BadgeView[] {
  return isComposite(provenance) ? [{kind: 'provenance', value: labelled(v.provenances, provenance)}] : []
}

/** How many of a set of entries are composites: every tally of cases says it. */
export interface ProvenanceTally {
  total: number
  composites: number
}

export function provenanceTally(entries: ReadonlyArray<{provenance: string}>): ProvenanceTally {
  return {total: entries.length, composites: entries.filter((e) => isComposite(e.provenance)).length}
}
