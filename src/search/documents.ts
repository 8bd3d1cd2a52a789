/**
 * Search documents, built from the entry model of an edition's corpus (never by scraping pages):
 * the same documents feed the embedded index and Meilisearch.
 */
import {searchFacets} from '../model/facets.js'
import {facetLabel} from '../model/facet-values.js'
import {isComposite, provenanceBadges} from '../model/provenance.js'
import {contextOf, idOf, type Corpus, type Published} from '../content/corpus.js'

/** One entry as both search backends index it. */
export interface SearchDocument {
  id: string
  /** Type name and its label. */
  type: string
  typeLabel: string
  title: string
  summary: string
  /** What a result shows under its title: the entry's card summary (a case review's searchable summary also holds its lessons). */
  snippet: string
  /** Labels of the entry's vocabulary values (approaches, target groups, phases, country…). */
  terms: string
  /** The section headings of the body. */
  headings: string
  body: string
  url: string
  path: string
  /** Country label shown in results. */
  countryLabel: string
  /** Phase labels shown in results. */
  phaseLabels: string[]
  /** Outcome label shown in results (entries with an outcome). */
  outcomeLabel?: string
  /** The provenance label of an illustrative composite (results label it); absent otherwise. */
  provenanceLabel?: string
  lastReviewed: string
  /** Facet attributes of the facet table (`phases`, `approaches`…): the values, as in the front matter. */
  [attribute: string]: string | string[] | undefined
}

/** Labels joined once each (a label repeated by two fields would count twice in ranking). */
const unique = (labels: readonly string[]) => [...new Set(labels)].join(' · ')

/** The text of a Markdown body's ATX headings, one per line. */
export function headingsOf(markdown: string): string {
  const out: string[] = []
  for (const line of markdown.split('\n')) {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*)$/.exec(line)?.[1]
    if (!heading) continue
    // The closing sequence of #s and spaces, dropped by hand (a regular expression would backtrack).
    let end = heading.length
    while (end > 0 && ' \t#'.includes(heading[end - 1]!)) end--
    if (end > 0) out.push(heading.slice(0, end))
  }
  return out.join('\n')
}

/** The search document of a published entry: its type supplies the summary, terms and facet values. */
export function documentOf(entry: Published, corpus: Corpus): SearchDocument {
  const {data, type} = entry
  const context = contextOf(corpus)
  const facets: Record<string, string[]> = {}
  for (const facet of type.facets) facets[facet.id] = [...facet.values(data, context)]
  const attributes: Record<string, string | string[]> = {}
  for (const facet of searchFacets) {
    if (facet.id === 'type' || facet.id === 'country') continue
    attributes[facet.attribute] = facets[facet.id] ?? []
  }
  const outcome = facets.outcome?.[0]
  return {
    ...attributes,
    id: idOf(entry),
    type: type.name,
    typeLabel: type.labels.singular,
    title: data.title,
    summary: type.searchSummaryOf?.(data) ?? type.summaryOf(data),
    snippet: type.summaryOf(data),
    terms: unique(type.termsOf(data, context)),
    headings: headingsOf(entry.body),
    body: entry.text,
    url: entry.permalink,
    path: entry.path,
    countryLabel: facetLabel('country', data.country).label,
    phaseLabels: (facets.phase ?? []).map((value) => facetLabel('phase', value).label),
    ...(outcome ? {outcomeLabel: facetLabel('outcome', outcome).label} : {}),
    ...(isComposite(data.provenance) ? {provenanceLabel: provenanceBadges(data.provenance)[0]!.value.label} : {}),
    lastReviewed: data.lastReviewed,
    country: data.country,
  }
}

/** The search documents of an edition: exactly the entries of its corpus. */
export function searchDocuments(corpus: Corpus): SearchDocument[] {
  return corpus.published.map((entry) => documentOf(entry, corpus))
}
