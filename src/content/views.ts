/**
 * Display-ready views of the published corpus: cards for lists, headers for entry pages, facets,
 * topics and success stories. Plain JSON data with labels resolved, so the portal's React side
 * ships no vocabulary it does not show. Nothing here knows of Docusaurus.
 */
import * as v from '../model/vocabularies.js'
import type {CaseData, Corpus, PracticeData, Published} from './corpus.js'

export interface Labelled {
  value: string
  label: string
  description?: string
}

export type EntryKind = 'practice' | 'case'

/** One entry in a list, with the values each facet filters on. */
export interface Card {
  id: string
  type: EntryKind
  title: string
  summary: string
  permalink: string
  country: Labelled
  lastReviewed: string
  outcome?: Labelled
  evidence?: Labelled
  /** Facet id → values of this entry (strings, so URLs and filters treat every facet alike). */
  facets: Record<string, string[]>
  /** Lower-cased labels of its vocabulary values, which the text filter reads besides title and summary. */
  text: string
}

export interface Facet {
  id: string
  label: string
  values: Labelled[]
}

const label = (vocabulary: v.Vocabulary, value: string): Labelled => {
  const term = v.termOf(vocabulary, value)
  return {value, label: term?.label ?? value, ...(term ? {description: term.description} : {})}
}
const undisclosed: Labelled = {value: 'undisclosed', label: 'Undisclosed', description: 'Withheld to protect the person\'s identity.'}
const countryOf = (value: string) => (value === 'undisclosed' ? undisclosed : label(v.countries, value))
const recommendationLabel = (number: number): Labelled => {
  const recommendation = v.recommendations.find((r) => r.number === number)!
  return {value: String(number), label: `${number}. ${recommendation.title}`, description: recommendation.text}
}

const facetOf = (id: string, facetLabel: string, vocabulary: v.Vocabulary): Facet => ({id, label: facetLabel, values: vocabulary.map((term) => label(vocabulary, term.value))})

/** Facets of the practice browser, in display order. */
export const practiceFacets: readonly Facet[] = [
  facetOf('phase', 'Phase', v.phases),
  facetOf('approach', 'Approach', v.approaches),
  facetOf('targetGroup', 'Target group', v.targetGroups),
  facetOf('country', 'Country', v.countries),
  facetOf('evidence', 'Evidence level', v.evidenceLevels),
  {id: 'recommendation', label: 'Recommendation of the paper', values: v.recommendations.map((r) => recommendationLabel(r.number))},
  facetOf('status', 'Status', v.statuses),
]

/** Facets of the case review browser, in display order. */
export const caseFacets: readonly Facet[] = [
  facetOf('outcome', 'Outcome', v.outcomes),
  facetOf('managementModel', 'Prison management model', v.managementModels),
  facetOf('phase', 'Phase', v.phases),
  facetOf('successCriteria', 'Success criteria', v.successCriteria),
  facetOf('approach', 'Approach of related practices', v.approaches),
  {id: 'country', label: 'Country', values: [...v.countries.map((term) => label(v.countries, term.value)), undisclosed]},
]

/** Card summaries stop at a sentence or word boundary near 240 characters (the entry page has it all). */
function shorten(text: string, max = 240): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const end = Math.max(cut.lastIndexOf('. ') + 1, cut.lastIndexOf(' '))
  return `${cut.slice(0, end > max / 2 ? end : max).trimEnd()}…`
}

export function practiceCard(entry: Published<PracticeData>): Card {
  const d = entry.data
  return {
    id: d.id ?? entry.slug,
    type: 'practice',
    title: d.title,
    summary: shorten(d.summary),
    permalink: entry.permalink,
    country: countryOf(d.country),
    lastReviewed: d.lastReviewed,
    evidence: label(v.evidenceLevels, d.evidence.level),
    facets: {
      phase: d.phases,
      approach: d.approaches,
      targetGroup: d.targetGroups,
      country: [d.country],
      evidence: [d.evidence.level],
      recommendation: d.recommendations.map(String),
      status: [d.status],
    },
    text: [d.title, d.summary, ...d.approaches.map((a) => label(v.approaches, a).label), ...d.targetGroups.map((t) => label(v.targetGroups, t).label), countryOf(d.country).label].join(' ').toLowerCase(),
  }
}

export function caseCard(entry: Published<CaseData>, practices: ReadonlyMap<string, Published<PracticeData>>): Card {
  const d = entry.data
  const related = d.relatedPractices.map((id) => practices.get(id)).filter((p) => p !== undefined)
  return {
    id: d.id ?? entry.slug,
    type: 'case',
    title: d.title,
    summary: shorten(d.publicSummary ?? d.lessons[0]!),
    permalink: entry.permalink,
    country: countryOf(d.country),
    lastReviewed: d.lastReviewed,
    outcome: label(v.outcomes, d.outcome),
    facets: {
      outcome: [d.outcome],
      managementModel: [d.managementModel],
      phase: d.phases,
      successCriteria: d.successCriteria,
      approach: [...new Set(related.flatMap((p) => p.data.approaches))],
      country: [d.country],
    },
    text: [...d.lessons.slice(d.publicSummary ? 0 : 1), label(v.outcomes, d.outcome).label, label(v.managementModels, d.managementModel).label].join(' ').toLowerCase(),
  }
}

interface CorpusIndex {
  practicesById: Map<string, Published<PracticeData>>
  /** Practice id → the case reviews of the edition that cite it. */
  citedBy: Map<string, Published<CaseData>[]>
  practiceCards: Card[]
  caseCards: Card[]
}

const indexes = new WeakMap<Corpus, CorpusIndex>()

/** Lookups and cards of a corpus, built once: every page, topic and header reads them. */
function indexOf(corpus: Corpus): CorpusIndex {
  let index = indexes.get(corpus)
  if (!index) {
    const byId = new Map(corpus.practices.map((p) => [p.data.id ?? p.slug, p]))
    const citedBy = new Map<string, Published<CaseData>[]>()
    for (const c of corpus.cases) for (const id of c.data.relatedPractices) citedBy.set(id, [...(citedBy.get(id) ?? []), c])
    index = {practicesById: byId, citedBy, practiceCards: corpus.practices.map(practiceCard), caseCards: corpus.cases.map((c) => caseCard(c, byId))}
    indexes.set(corpus, index)
  }
  return index
}

/** Practices by id, for resolving links. */
export function practicesById(corpus: Corpus): Map<string, Published<PracticeData>> {
  return indexOf(corpus).practicesById
}

export interface Link {
  id: string
  title: string
  permalink: string
  outcome?: Labelled
}

export interface SourceView {
  title: string
  section?: string
  url?: string
  year?: number
}

interface HeaderBase {
  id: string
  lastReviewed: string
  provenance: Labelled
  sources: SourceView[]
  phases: Array<Labelled & {lit: boolean}>
}

export interface PracticeHeader extends HeaderBase {
  type: 'practice'
  summary: string
  country: Labelled
  organisationType: Labelled
  targetGroups: Labelled[]
  approaches: Labelled[]
  evidence: Labelled & {references: SourceView[]}
  recommendations: Labelled[]
  status: Labelled
  startYear?: number
  relatedPractices: Link[]
  citedBy: Link[]
}

export interface CaseHeader extends HeaderBase {
  type: 'case'
  outcome: Labelled
  managementModel: Labelled
  profile: Array<{field: string; value: Labelled}>
  country: Labelled
  period: {from: number; to: number}
  successCriteria: Labelled[]
  lessons: string[]
  consentBasis: Labelled
  visibility: Labelled
  publicSummary?: string
  relatedPractices: Link[]
}

export type Header = PracticeHeader | CaseHeader

const phaseStrip = (lit: readonly string[]) => v.phases.map((term) => ({...label(v.phases, term.value), lit: lit.includes(term.value)}))
const linkOf = (entry: Published): Link => ({
  id: entry.data.id ?? entry.slug,
  title: entry.data.title,
  permalink: entry.permalink,
  ...(entry.data.type === 'case' ? {outcome: label(v.outcomes, entry.data.outcome)} : {}),
})

/** The structured header of an entry page, with links both ways resolved within the edition. */
export function headerOf(entry: Published, corpus: Corpus): Header {
  const practices = practicesById(corpus)
  const d = entry.data
  const base = {
    id: d.id ?? entry.slug,
    lastReviewed: d.lastReviewed,
    provenance: label(v.provenances, d.provenance),
    sources: d.sources,
    phases: phaseStrip(d.phases),
  }
  if (d.type === 'practice') {
    const id = d.id ?? entry.slug
    return {
      ...base,
      type: 'practice',
      summary: d.summary,
      country: countryOf(d.country),
      organisationType: label(v.organisationTypes, d.organisationType),
      targetGroups: d.targetGroups.map((t) => label(v.targetGroups, t)),
      approaches: d.approaches.map((a) => label(v.approaches, a)),
      evidence: {...label(v.evidenceLevels, d.evidence.level), references: d.evidence.references ?? []},
      recommendations: [...d.recommendations].sort((a, b) => a - b).map(recommendationLabel),
      status: label(v.statuses, d.status),
      ...(d.startYear ? {startYear: d.startYear} : {}),
      relatedPractices: (d.relatedPractices ?? []).map((rid) => practices.get(rid)).filter((p) => p !== undefined).map(linkOf),
      citedBy: (indexOf(corpus).citedBy.get(id) ?? []).map(linkOf),
    }
  }
  return {
    ...base,
    type: 'case',
    outcome: label(v.outcomes, d.outcome),
    managementModel: label(v.managementModels, d.managementModel),
    profile: [
      {field: 'Gender', value: label(v.genders, d.profile.gender)},
      {field: 'Age band', value: label(v.ageBands, d.profile.ageBand)},
      {field: 'Ideology', value: label(v.ideologies, d.profile.ideology)},
      {field: 'Legal status', value: label(v.legalStatuses, d.profile.legalStatus)},
    ],
    country: countryOf(d.country),
    period: d.period,
    successCriteria: d.successCriteria.map((s) => label(v.successCriteria, s)),
    lessons: d.lessons,
    consentBasis: label(v.consentBases, d.consentBasis),
    visibility: label(v.visibilities, d.visibility),
    ...(d.publicSummary ? {publicSummary: d.publicSummary} : {}),
    relatedPractices: d.relatedPractices.map((rid) => practices.get(rid)).filter((p) => p !== undefined).map(linkOf),
  }
}

export interface Browser {
  type: EntryKind
  facets: Facet[]
  cards: Card[]
}

/** Data of a landing page: cards and the facets (only values that occur, so no empty checkbox is offered). */
export function browserOf(corpus: Corpus, type: EntryKind): Browser {
  const cards = type === 'practice' ? indexOf(corpus).practiceCards : indexOf(corpus).caseCards
  const facets = (type === 'practice' ? practiceFacets : caseFacets).map((facet) => {
    const used = new Set(cards.flatMap((card) => card.facets[facet.id] ?? []))
    return {...facet, values: facet.values.filter((value) => used.has(value.value))}
  }).filter((facet) => facet.values.length > 0)
  return {type, facets, cards}
}

export type OutcomeCounts = Record<'success' | 'mixed' | 'failure', number>

/** An entry in a topic list: what a row shows, no more (topic pages list many entries). */
export interface TopicEntry {
  id: string
  type: EntryKind
  title: string
  permalink: string
  country: string
  outcome?: Labelled
}

export interface TopicSide {
  heading: string
  description: string
  practices: TopicEntry[]
  cases: TopicEntry[]
  outcomes: OutcomeCounts
}

export interface Topic {
  slug: string
  title: string
  description: string
  source: string
  sides: TopicSide[]
}

const countOutcomes = (cards: readonly TopicEntry[]): OutcomeCounts => {
  const counts: OutcomeCounts = {success: 0, mixed: 0, failure: 0}
  for (const card of cards) if (card.outcome) counts[card.outcome.value as keyof OutcomeCounts] += 1
  return counts
}

/** Topic pages generated from the vocabularies: each puts practices and case reviews side by side. */
export function topicsOf(corpus: Corpus): Topic[] {
  const {practiceCards, caseCards} = indexOf(corpus)
  const caseData = new Map(corpus.cases.map((c) => [c.data.id ?? c.slug, c.data]))
  const relatedTo = (ids: ReadonlySet<string>) => caseCards.filter((card) => caseData.get(card.id)!.relatedPractices.some((id) => ids.has(id)))
  const row = (card: Card): TopicEntry => ({id: card.id, type: card.type, title: card.title, permalink: card.permalink, country: card.country.label, ...(card.outcome ? {outcome: card.outcome} : {})})
  const side = (heading: string, description: string, ps: Card[], cs: Card[]): TopicSide => {
    const cases = cs.map(row)
    return {heading, description, practices: ps.map(row), cases, outcomes: countOutcomes(cases)}
  }
  const byApproach = (...values: string[]) => practiceCards.filter((card) => card.facets.approach!.some((a) => values.includes(a)))
  const ids = (cards: readonly Card[]) => new Set(cards.map((card) => card.id))

  const model = (value: 'concentration' | 'dispersion') => {
    const term = v.termOf(v.managementModels, value)!
    return side(term.label, term.description, byApproach(value), caseCards.filter((card) => card.facets.managementModel!.includes(value)))
  }
  const women = practiceCards.filter((card) => card.facets.approach!.includes('gender-sensitive') || card.facets.targetGroup!.includes('women'))
  const genderRelated = new Set(relatedTo(ids(women.filter((p) => p.facets.approach!.includes('gender-sensitive')))))
  const womenCases = caseCards.filter((card) => caseData.get(card.id)!.profile.gender === 'female' || genderRelated.has(card))
  const ngo = byApproach('ngo-cooperation', 'mentoring-by-formers')
  const paper = 'RAN conclusion paper (2021)'

  const topics: Topic[] = [
    {
      slug: 'concentration-vs-dispersion',
      title: 'Concentration or dispersion of extremist prisoners',
      description: 'The paper found no consensus between holding VETOs in a few facilities and spreading them among the general prison population: both models were judged comparable. Here are the practices of each model and the case reviews held under it, with their outcomes.',
      source: `${paper}, prison context: prison management approaches`,
      sides: [model('concentration'), model('dispersion')],
    },
    {
      slug: 'women-and-gender',
      title: 'Women and gender-sensitive practice',
      description: 'Women\'s involvement in violent extremism has tripled in ten years, yet programmes designed for women are scarce and staff lean on gender stereotypes. Practices for women and gender awareness, and case reviews of women\'s release.',
      source: `${paper}, lack of gender-sensitive programming; recommendation 10`,
      sides: [side('Women and gender', 'Practices that address women or gender, and case reviews concerning women or these practices.', women, womenCases)],
    },
    {
      slug: 'ngo-cooperation',
      title: 'NGO cooperation and mentoring by formers',
      description: 'Many VETOs mistrust government authorities. NGOs and formers can reach them, under a framework of cooperation agreed with prison and probation.',
      source: `${paper}, recommendation 6; voluntary participation`,
      sides: [side('NGOs and formers', 'Practices involving NGOs or formers, and case reviews that cite them.', ngo, relatedTo(ids(ngo)))],
    },
    ...v.recommendations.map((r): Topic => {
      const answering = practiceCards.filter((card) => card.facets.recommendation!.includes(String(r.number)))
      return {
        slug: `recommendation-${r.number}`,
        title: `Recommendation ${r.number}: ${r.title}`,
        description: r.text,
        source: `${paper}, recommendation ${r.number}`,
        sides: [side(`Answering recommendation ${r.number}`, 'Practices that answer this recommendation, and case reviews that cite them.', answering, relatedTo(ids(answering)))],
      }
    }),
  ]
  return topics
}

export interface KeyFigure {
  figure: string
  text: string
  source: string
}

/** Figures communicators may quote, each with its source. */
export const keyFigures: readonly KeyFigure[] = [
  {figure: 'Over 1,400', text: 'violent extremist or terrorist offenders detained in the EU, a 20-year high.', source: 'RAN conclusion paper "Released violent extremist or terrorist offenders" (2021), key outcomes'},
  {figure: '2–7 %', text: 'reoffending rate amongst VETOs, against 40–60 % for other offenders worldwide.', source: 'RAN conclusion paper "Released violent extremist or terrorist offenders" (2021), key outcomes'},
  {figure: 'Tripled', text: 'women\'s involvement in violent extremism over the last ten years.', source: 'RAN conclusion paper "Released violent extremist or terrorist offenders" (2021), lack of gender-sensitive programming'},
]

export interface Story {
  id: string
  title: string
  permalink: string
  summary: string
  lessons: string[]
  successCriteria: Labelled[]
  period: {from: number; to: number}
  provenance: Labelled
  lastReviewed: string
}

/**
 * Success stories communicators may quote: successful case reviews that are public and carry a
 * cleared public summary. Filtered on visibility again, so a practitioner build's page is the
 * same public set.
 */
export function storiesOf(corpus: Corpus): Story[] {
  return corpus.cases
    .filter((c) => c.data.outcome === 'success' && c.data.visibility === 'public' && c.data.publicSummary)
    .map((c) => ({
      id: c.data.id ?? c.slug,
      title: c.data.title,
      permalink: c.permalink,
      summary: c.data.publicSummary!,
      lessons: c.data.lessons,
      successCriteria: c.data.successCriteria.map((s) => label(v.successCriteria, s)),
      period: c.data.period,
      provenance: label(v.provenances, c.data.provenance),
      lastReviewed: c.data.lastReviewed,
    }))
}

/** Facets of the search page: entry type, then the practice facets, then the case-only ones (values that occur). */
export function searchPageFacets(corpus: Corpus): Facet[] {
  const practices = browserOf(corpus, 'practice').facets
  const cases = browserOf(corpus, 'case').facets
  const type: Facet = {id: 'type', label: 'Type', values: [{value: 'practice', label: 'Practice'}, {value: 'case', label: 'Case review'}]}
  const merged = new Map<string, Facet>()
  for (const facet of [...practices, ...cases]) {
    if (!['phase', 'approach', 'targetGroup', 'country', 'evidence', 'recommendation', 'outcome', 'managementModel'].includes(facet.id)) continue
    const known = merged.get(facet.id)
    if (!known) merged.set(facet.id, facet)
    else merged.set(facet.id, {...known, values: [...known.values, ...facet.values.filter((value) => !known.values.some((k) => k.value === value.value))]})
  }
  return [type, ...merged.values()]
}
