/**
 * Search documents, built from the entry model of an edition's corpus (never by scraping pages):
 * the same documents feed the embedded index and Meilisearch.
 */
import * as v from '../model/vocabularies.js'
import type {Corpus, Published} from '../content/corpus.js'

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
  const practices = new Map<string, Published>(corpus.practices.map((p) => [p.data.id ?? p.slug, p]))
  return [...corpus.practices, ...corpus.cases].map((entry) => documentOf(entry, practices))
}
