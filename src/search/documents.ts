/**
 * Search documents, built from the entry model of an edition's corpus (never by scraping pages):
 * the same documents feed the embedded index and Meilisearch.
 */
import {searchFacets} from '../model/facets.js'
import {facetLabel} from '../model/facet-values.js'
import {contextOf, idOf, type Corpus, type Published} from '../content/corpus.js'
import {wordsOf} from './semantics.js'

/** One entry as both search backends index it. */
export interface SearchDocument {
  id: string
  /** Type name and its label. */
  type: string
  typeLabel: string
  title: string
  summary: string
  /** Labels of the entry's vocabulary values (approaches, target groups, phases, country…). */
  terms: string
  body: string
  url: string
  path: string
  /** Country label shown in results. */
  countryLabel: string
  /** Outcome label shown in results (entries with an outcome). */
  outcomeLabel?: string
  lastReviewed: string
  /** Facet attributes of the facet table (`phases`, `approaches`…): the values, as in the front matter. */
  [attribute: string]: string | string[] | undefined
}

/** Labels joined once each (a label repeated by two fields would count twice in ranking). */
const unique = (labels: readonly string[]) => [...new Set(labels)].join(' · ')

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
    terms: unique(type.termsOf(data, context)),
    body: entry.text,
    url: entry.permalink,
    path: entry.path,
    countryLabel: facetLabel('country', data.country).label,
    ...(outcome ? {outcomeLabel: facetLabel('outcome', outcome).label} : {}),
    lastReviewed: data.lastReviewed,
    country: data.country,
  }
}

/** The search documents of an edition: exactly the entries of its corpus. */
export function searchDocuments(corpus: Corpus): SearchDocument[] {
  return corpus.published.map((entry) => documentOf(entry, corpus))
}

/** Words too common to tell entries apart (English function words). */
const STOP = new Set(
  'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just may me might more most must my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up upon very was we were what when where which while who whom why will with within without would you your yours'.split(
    ' ',
  ),
)

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
    const ranked = [...tf]
      .map(([word, count]) => [word, count * Math.log(1 + n / df.get(word)!)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    return {
      ...document,
      body: ranked
        .slice(0, keep)
        .map(([word]) => word)
        .join(' '),
    }
  })
}
