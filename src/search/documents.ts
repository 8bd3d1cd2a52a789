/**
 * Search documents, built from the entry model of an edition's corpus (never by scraping pages):
 * the same documents feed the embedded index and Meilisearch.
 */
import * as v from '../model/vocabularies.js'
import type {Corpus, Published} from '../content/corpus.js'
import {practicesById} from '../content/views.js'
import {wordsOf} from './semantics.js'

export interface SearchDocument {
  id: string
  type: 'practice' | 'case'
  title: string
  summary: string
  /** Labels of the entry's vocabulary values (approaches, target groups, phases, country…). */
  terms: string
  body: string
  url: string
  path: string
  /** Country label shown in results. */
  countryLabel: string
  /** Outcome label shown in results (case reviews). */
  outcomeLabel?: string
  lastReviewed: string
  // Facet attributes (values, as in the front matter).
  phases: string[]
  approaches: string[]
  targetGroups: string[]
  country: string
  evidence?: string
  recommendations: string[]
  outcome?: string
  managementModel?: string
}

/** Labels joined once each (a label repeated by two fields would count twice in ranking). */
const unique = (labels: readonly string[]) => [...new Set(labels)].join(' · ')
const labelOf = (vocabulary: v.Vocabulary, value: string) => v.termOf(vocabulary, value)?.label ?? value

export function documentOf(entry: Published, practicesById: ReadonlyMap<string, Published>): SearchDocument {
  const d = entry.data
  const id = d.id ?? entry.slug
  const country = d.country === 'undisclosed' ? 'Undisclosed' : labelOf(v.countries, d.country)
  const common = {id, title: d.title, body: entry.text, url: entry.permalink, path: entry.path, countryLabel: country, lastReviewed: d.lastReviewed, phases: d.phases, country: d.country}
  const phaseLabels = d.phases.map((p) => labelOf(v.phases, p))
  if (d.type === 'practice') {
    return {
      ...common,
      type: 'practice',
      summary: d.summary,
      terms: unique([...d.approaches.map((a) => labelOf(v.approaches, a)), ...d.targetGroups.map((t) => labelOf(v.targetGroups, t)), ...phaseLabels, labelOf(v.organisationTypes, d.organisationType), country]),
      approaches: d.approaches,
      targetGroups: d.targetGroups,
      evidence: d.evidence.level,
      recommendations: d.recommendations.map(String),
    }
  }
  const related = d.relatedPractices.map((rid) => practicesById.get(rid)?.data).filter((p) => p?.type === 'practice')
  const approaches = [...new Set(related.flatMap((p) => (p?.type === 'practice' ? p.approaches : [])))]
  return {
    ...common,
    type: 'case',
    summary: [d.publicSummary ?? '', ...d.lessons].filter(Boolean).join(' '),
    terms: unique([labelOf(v.outcomes, d.outcome), labelOf(v.managementModels, d.managementModel), ...d.successCriteria.map((s) => labelOf(v.successCriteria, s)), ...phaseLabels, ...approaches.map((a) => labelOf(v.approaches, a))]),
    outcomeLabel: labelOf(v.outcomes, d.outcome),
    approaches,
    targetGroups: [],
    recommendations: [...new Set(related.flatMap((p) => (p?.type === 'practice' ? p.recommendations.map(String) : [])))],
    outcome: d.outcome,
    managementModel: d.managementModel,
  }
}

/** The search documents of an edition: exactly the entries of its corpus. */
export function searchDocuments(corpus: Corpus): SearchDocument[] {
  const practices = practicesById(corpus)
  return [...corpus.practices, ...corpus.cases].map((entry) => documentOf(entry, practices))
}

/** Words too common to tell entries apart (English function words). */
const STOP = new Set('a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just may me might more most must my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up upon very was we were what when where which while who whom why will with within without would you your yours'.split(' '))

/** How many distinctive body words the embedded index keeps per entry. */
export const BODY_KEYWORDS = 40

/**
 * The embedded index's view of the documents: the body is replaced by its most distinctive words
 * (tf·idf over the edition), which keeps the index small enough to download (a full body would
 * make it several times larger) while title, summary and terms stay whole. Meilisearch gets the
 * full body.
 */
export function compactDocuments(documents: readonly SearchDocument[], keep = BODY_KEYWORDS): SearchDocument[] {
  const tokens = documents.map((d) => wordsOf(d.body).filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w)))
  const df = new Map<string, number>()
  for (const words of tokens) for (const word of new Set(words)) df.set(word, (df.get(word) ?? 0) + 1)
  const n = documents.length
  return documents.map((document, i) => {
    const tf = new Map<string, number>()
    for (const word of tokens[i]!) tf.set(word, (tf.get(word) ?? 0) + 1)
    const ranked = [...tf].map(([word, count]) => [word, count * Math.log(1 + n / df.get(word)!)] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    return {...document, body: ranked.slice(0, keep).map(([word]) => word).join(' ')}
  })
}
