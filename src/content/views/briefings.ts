/**
 * Thematic briefings: for each topic, the question, the practices that address it and the lessons
 * of the case reviews on it, grouped by kind (src/content/briefing.ts assembles them). A feature of
 * the practice and case review types, so it names them through their modules, as topics do.
 */
import {caseName, type CaseData} from '../../model/types/case.js'
import {labelled} from '../../model/types/index.js'
import {practiceName} from '../../model/types/practice.js'
import {isComposite} from '../../model/provenance.js'
import * as v from '../../model/vocabularies.js'
import {entriesOf, idOf, type Corpus} from '../corpus.js'
import {assembleBriefing, briefPracticeOf, type BriefCase, type Briefing, type BriefingSource} from '../briefing.js'
import {browserOf, type Facet, type Card} from './cards.js'
import {topicsOf} from './topics.js'

export type {Briefing, BriefingSource}

/** The entry types whose browse page links to a briefing of its filters. */
export const briefingTypes: readonly string[] = [practiceName]

/** Every practice and case review of the edition as briefings read them, with the lesson kinds. */
export function briefingSourceOf(corpus: Corpus): BriefingSource {
  const practices = browserOf(corpus, practiceName).cards.map(briefPracticeOf)
  const cases = entriesOf<CaseData>(corpus, caseName).map(
    (c): BriefCase => ({
      id: idOf(c),
      title: c.data.title,
      permalink: c.permalink,
      composite: isComposite(c.data.provenance),
      outcome: labelled(v.outcomes, c.data.outcome),
      relatedPractices: c.data.relatedPractices,
      lessons: c.data.lessons.map((l) => ({kind: l.kind, text: l.text})),
    }),
  )
  return {kinds: v.lessonKinds.map((k) => labelled(v.lessonKinds, k.value)), practices, cases}
}

/** One briefing per topic: its practices, and the lessons of its case reviews. */
export function briefingsOf(corpus: Corpus): Briefing[] {
  const source = briefingSourceOf(corpus)
  const practices = new Map(source.practices.map((p) => [p.id, p]))
  const cases = new Map(source.cases.map((c) => [c.id, c]))
  return topicsOf(corpus).map((topic) => {
    const practiceIds = [...new Set(topic.sides.flatMap((side) => side.practices.map((p) => p.id)))]
    const caseIds = [...new Set(topic.sides.flatMap((side) => side.cases.map((c) => c.id)))]
    return assembleBriefing(
      {slug: topic.slug, title: topic.title, question: topic.description, source: topic.source},
      practiceIds.map((id) => practices.get(id)!),
      caseIds.map((id) => cases.get(id)!),
      source.kinds,
    )
  })
}

/** What the briefing of any filter of the practices page needs in the browser: the practices with their facets, and the case reviews. */
export interface SelectionSource extends BriefingSource {
  facets: Facet[]
  cards: Card[]
}

/** What the selection briefing ships inline: where its source (`SelectionSource`) is fetched from after load. */
export interface SelectionShell {
  data: string
}

export function selectionSourceOf(corpus: Corpus): SelectionSource {
  const browser = browserOf(corpus, practiceName)
  return {...briefingSourceOf(corpus), facets: browser.facets, cards: browser.cards}
}
