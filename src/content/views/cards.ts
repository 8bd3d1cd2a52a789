/** Cards (one entry in a list) and the data of a type's browse page: facets with the values that occur. */
import {facetById} from '../../model/facets.js'
import {facetLabel, facetValues} from '../../model/facet-values.js'
import {typeOf, type BadgeView, type Labelled} from '../../model/types/index.js'
import {provenanceBadges} from '../../model/provenance.js'
import {contextOf, entriesOf, idOf, type Corpus, type Published} from '../corpus.js'
import {reviewStateOf} from '../../model/review.js'

export type {Labelled, BadgeView}

/** One entry in a list, with the values each facet filters on. */
export interface Card {
  id: string
  /** Type name (`type:` value) and how readers call it. */
  type: string
  typeLabel: string
  title: string
  summary: string
  permalink: string
  country: Labelled
  lastReviewed: string
  /** Outcome or evidence, then the composite label when the entry is an illustrative composite. */
  badges: BadgeView[]
  /** Facet id → values of this entry (strings, so URLs and filters treat every facet alike). */
  facets: Record<string, string[]>
}

export interface Facet {
  id: string
  label: string
  values: Labelled[]
}

/** Card summaries stop at a sentence or word boundary near 240 characters (the entry page has it all). */
export function shorten(text: string, max = 240): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const end = Math.max(cut.lastIndexOf('. ') + 1, cut.lastIndexOf(' '))
  return `${cut.slice(0, end > max / 2 ? end : max).trimEnd()}…`
}

/** The card of a published entry. */
export function cardOf(entry: Published, corpus: Corpus): Card {
  const {data, type} = entry
  const context = contextOf(corpus)
  const country = facetLabel('country', data.country)
  // Every type has a review date: the review facet and its badge belong to all of them.
  const review = reviewStateOf(data.lastReviewed)
  return {
    id: idOf(entry),
    type: type.name,
    typeLabel: type.labels.singular,
    title: data.title,
    summary: shorten(type.summaryOf(data)),
    permalink: entry.permalink,
    country,
    lastReviewed: data.lastReviewed,
    badges: [...type.badgesOf(data), ...provenanceBadges(data.provenance), ...(review === 'due' ? [{kind: 'due', value: facetLabel('review', 'due')}] : [])],
    facets: {...Object.fromEntries(type.facets.map((facet) => [facet.id, [...facet.values(data, context)]])), review: [review]},
  }
}

const cardCache = new WeakMap<Corpus, Map<string, Card[]>>()

/** The cards of one type, in title order, built once per corpus. */
export function cardsOf(corpus: Corpus, typeName: string): Card[] {
  let byType = cardCache.get(corpus)
  if (!byType) cardCache.set(corpus, (byType = new Map<string, Card[]>()))
  let cards = byType.get(typeName)
  if (!cards) byType.set(typeName, (cards = entriesOf(corpus, typeName).map((entry) => cardOf(entry, corpus))))
  return cards
}

/** The facets of a type's browse page, labelled, with every value (before filtering to those that occur). */
export function facetsOfType(typeName: string): Facet[] {
  const type = typeOf(typeName)
  if (!type) throw new Error(`unknown entry type "${typeName}"`)
  return [
    ...type.facets.map((facet) => ({id: facet.id, label: facet.label ?? facetById(facet.id)?.label ?? facet.id, values: facetValues(facet.id)})),
    {id: 'review', label: facetById('review')!.label, values: facetValues('review')},
  ]
}

export interface Browser {
  type: string
  typeLabel: string
  labels: {title: string; intro: string; noun: readonly [string, string]}
  facets: Facet[]
  cards: Card[]
}

/** Data of a landing page: cards and the facets (only values that occur, so no empty checkbox is offered). */
export function browserOf(corpus: Corpus, typeName: string): Browser {
  const type = typeOf(typeName)!
  const cards = cardsOf(corpus, typeName)
  const facets = facetsOfType(typeName)
    .map((facet) => {
      const used = new Set(cards.flatMap((card) => card.facets[facet.id] ?? []))
      return {...facet, values: facet.values.filter((value) => used.has(value.value))}
    })
    .filter((facet) => facet.values.length > 0)
  return {
    type: typeName,
    typeLabel: type.labels.singular,
    labels: {title: type.labels.browseTitle, intro: type.labels.browseIntro, noun: type.labels.noun},
    facets,
    cards,
  }
}
