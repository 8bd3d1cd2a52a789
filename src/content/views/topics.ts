/**
 * Topic pages: practices and case reviews side by side, on the themes of the RAN paper and on each
 * of its recommendations. A feature of these two types, so it names them through their modules.
 */
import {caseName, type CaseData} from '../../model/types/case.js'
import {labelled, type Labelled} from '../../model/types/index.js'
import {practiceName} from '../../model/types/practice.js'
import * as v from '../../model/vocabularies.js'
import {isComposite} from '../../model/provenance.js'
import {entriesOf, idOf, type Corpus} from '../corpus.js'
import {editorial, fill} from '../editorial/index.js'
import {cardsOf, type Card} from './cards.js'

export type OutcomeCounts = Record<'success' | 'mixed' | 'failure', number>

/** An entry in a topic list: what a row shows, no more (topic pages list many entries). */
export interface TopicEntry {
  id: string
  type: string
  title: string
  permalink: string
  country: string
  outcome?: Labelled
  /** The provenance, when the entry is an illustrative composite (labelled in every list). */
  composite?: Labelled
}

export interface TopicSide {
  heading: string
  description: string
  practices: TopicEntry[]
  cases: TopicEntry[]
  outcomes: OutcomeCounts
  /** How many of the case reviews tallied are illustrative composites. */
  composites: number
}

export interface Topic {
  slug: string
  title: string
  description: string
  source: string
  sides: TopicSide[]
}

/** Topic pages generated from the vocabularies: each puts practices and case reviews side by side. */
export function topicsOf(corpus: Corpus): Topic[] {
  const text = editorial()
  const practiceCards = cardsOf(corpus, practiceName)
  const caseCards = cardsOf(corpus, caseName)
  const caseData = new Map(entriesOf<CaseData>(corpus, caseName).map((c) => [idOf(c), c.data]))
  const relatedTo = (ids: ReadonlySet<string>) => caseCards.filter((card) => caseData.get(card.id)!.relatedPractices.some((id) => ids.has(id)))
  const row = (card: Card): TopicEntry => {
    const data = caseData.get(card.id)
    const composite = card.badges.find((badge) => badge.kind === 'provenance' && isComposite(badge.value.value))
    return {
      id: card.id,
      type: card.type,
      title: card.title,
      permalink: card.permalink,
      country: card.country.label,
      ...(data ? {outcome: labelled(v.outcomes, data.outcome)} : {}),
      ...(composite ? {composite: composite.value} : {}),
    }
  }
  const side = (heading: string, description: string, ps: Card[], cs: Card[]): TopicSide => {
    const cases = cs.map(row)
    const outcomes: OutcomeCounts = {success: 0, mixed: 0, failure: 0}
    for (const entry of cases) if (entry.outcome) outcomes[entry.outcome.value as keyof OutcomeCounts] += 1
    return {heading, description, practices: ps.map(row), cases, outcomes, composites: cases.filter((entry) => entry.composite).length}
  }
  const byApproach = (...values: string[]) => practiceCards.filter((card) => card.facets.approach!.some((a) => values.includes(a)))
  const ids = (cards: readonly Card[]) => new Set(cards.map((card) => card.id))
  const source = (detail: string) => `${text.paper}, ${detail}`

  const model = (value: 'concentration' | 'dispersion') => {
    const term = v.termOf(v.managementModels, value)!
    return side(
      term.label,
      term.description,
      byApproach(value),
      caseCards.filter((card) => card.facets.managementModel!.includes(value)),
    )
  }
  const women = practiceCards.filter((card) => card.facets.approach!.includes('gender-sensitive') || card.facets.targetGroup!.includes('women'))
  const genderRelated = new Set(relatedTo(ids(women.filter((p) => p.facets.approach!.includes('gender-sensitive')))))
  const womenCases = caseCards.filter((card) => caseData.get(card.id)!.profile.gender === 'female' || genderRelated.has(card))
  const ngo = byApproach('ngo-cooperation', 'mentoring-by-formers')
  const t = text.topics
  const themed = (slug: 'concentration-vs-dispersion' | 'women-and-gender' | 'ngo-cooperation', sides: TopicSide[]): Topic => ({
    slug,
    title: t[slug].title,
    description: t[slug].description,
    source: source(t[slug].source),
    sides,
  })

  return [
    themed('concentration-vs-dispersion', [model('concentration'), model('dispersion')]),
    themed('women-and-gender', [side(t['women-and-gender'].sides[0]!.heading, t['women-and-gender'].sides[0]!.description, women, womenCases)]),
    themed('ngo-cooperation', [side(t['ngo-cooperation'].sides[0]!.heading, t['ngo-cooperation'].sides[0]!.description, ngo, relatedTo(ids(ngo)))]),
    ...v.recommendations.map((r): Topic => {
      const answering = practiceCards.filter((card) => card.facets.recommendation!.includes(String(r.number)))
      const values = {number: r.number, title: r.title}
      const sideText = t.recommendation.sides[0]!
      return {
        slug: `recommendation-${r.number}`,
        title: fill(t.recommendation.title, values),
        description: r.text,
        source: source(fill(t.recommendation.source, values)),
        sides: [side(fill(sideText.heading, values), fill(sideText.description, values), answering, relatedTo(ids(answering)))],
      }
    }),
  ]
}
