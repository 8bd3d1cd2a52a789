/** What communicators may quote: key figures with their sources, and success stories. */
import {caseName, type CaseData, type Lesson} from '../../model/types/case.js'
import {labelled, type Labelled} from '../../model/types/index.js'
import * as v from '../../model/vocabularies.js'
import {isComposite, isQuotable} from '../../model/provenance.js'
import {entriesOf, idOf, type Corpus} from '../corpus.js'
import {editorial} from '../editorial/index.js'

export interface KeyFigure {
  figure: string
  text: string
  source: string
}

/** Figures communicators may quote, each with its source. */
export const keyFigures: readonly KeyFigure[] = editorial().keyFigures

export interface Story {
  id: string
  title: string
  permalink: string
  summary: string
  lessons: Lesson[]
  successCriteria: Labelled[]
  period: {from: number; to: number}
  provenance: Labelled
  /** An illustrative composite: labelled on the card, in the copied text and in feeds; never "cleared for quotation". */
  composite: boolean
  /** Documented and marked quotable: the only stories called cleared for quotation. */
  quotable: boolean
  lastReviewed: string
}

/**
 * Success stories for communicators: successful case reviews that are public and carry a public
 * summary, each saying whether it is documented (and cleared for quotation when marked quotable) or
 * an illustrative composite. Filtered on visibility again, so a practitioner build's page is the
 * same public set.
 */
export function storiesOf(corpus: Corpus): Story[] {
  return entriesOf<CaseData>(corpus, caseName)
    .filter((c) => c.data.outcome === 'success' && c.data.visibility === 'public' && c.data.publicSummary)
    .map((c) => ({
      id: idOf(c),
      title: c.data.title,
      permalink: c.permalink,
      summary: c.data.publicSummary!,
      lessons: c.data.lessons,
      successCriteria: c.data.successCriteria.map((s) => labelled(v.successCriteria, s)),
      period: c.data.period,
      provenance: labelled(v.provenances, c.data.provenance),
      composite: isComposite(c.data.provenance),
      quotable: isQuotable(c.data),
      lastReviewed: c.data.lastReviewed,
    }))
}
