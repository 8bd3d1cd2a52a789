/**
 * What an entry type declares, in one module: its schema, body sections, facets, card and search
 * fields, header, route, labels, template and the editions it belongs to. Everything else (the
 * validator, browse pages, search, feeds, the CLI) iterates the registry (`./index.ts`) and never
 * names a type.
 */
import type {z} from 'zod'
import type {Edition} from '../editions.js'
import type {CommonData, Source} from '../fields.js'
import * as v from '../vocabularies.js'

/** A value with what readers see of it. */
export interface Labelled {
  value: string
  label: string
  description?: string
}

/** Lookups across the entries of one edition, for fields that depend on other entries. */
export interface EntryContext {
  /** Validated data of an entry of the edition, by id. */
  byId(id: string): CommonData | undefined
  /** Entries of the edition that name this id among the ids they relate to (`relatedIds`). */
  citing(id: string): CommonData[]
}

/** A badge on a card, a search hit or a header (its `kind` picks the colour scheme). */
export interface BadgeView {
  kind: string
  value: Labelled
  prefix?: string
}

/** One block of an entry page header, rendered by a generic component. */
export type HeaderSection =
  | {kind: 'chips'; anchor: string; heading: string; facet: string; items: Labelled[]; pair?: boolean}
  | {kind: 'entries'; anchor: string; heading: string; ids: string[]; empty?: string}
  | {kind: 'citing'; anchor: string; heading: string; empty: string}
  | {kind: 'list'; anchor: string; heading: string; items: string[]}
  | {kind: 'groups'; anchor: string; heading: string; groups: Array<{value: string; label: string; items: string[]}>}
  | {kind: 'pages'; anchor: string; heading: string; items: Array<Labelled & {path: string}>}
  | {kind: 'note'; anchor: string; heading: string; badge?: BadgeView; text?: string; sources?: Source[]; empty?: string}

/** The header of an entry page, as data. */
export interface HeaderSpec {
  /** Badges in a line above everything (outcome, model, visibility). */
  badges: BadgeView[]
  lead?: string
  /** Short fields in a definition list (Country, Status…). */
  fields: Array<{name: string; value: string; badge?: BadgeView}>
  sections: HeaderSection[]
}

/** A facet of a type: the id of a facet of the facet table (`../facets.ts`) and the values an entry has for it. */
export interface TypeFacet<D> {
  id: string
  /** Label on this type's browse page, when it differs from the facet table's. */
  label?: string
  values(data: D, context: EntryContext): readonly string[]
}

/** Labels of a type, as readers and contributors see them. */
export interface TypeLabels {
  /** "Practice", "Case review". */
  singular: string
  plural: string
  /** Lower-case nouns for running text: "practice", "practices". */
  noun: readonly [string, string]
  /** Over the title of an entry page: "Practice", "Anonymised case review". */
  kicker: string
  /** Title and introduction of the browse page. */
  browseTitle: string
  browseIntro: string
  /** One line under the count on the home page. */
  tagline: string
  /** What `continuum new` calls it: "practice entry". */
  template: string
  /** What `continuum new` asks for the country. */
  countryPrompt: string
}

/** Lines of the template `continuum new` writes, between `language:` and `provenance:`. */
export interface TemplateValues {
  title?: string
  country?: string
  language?: string
  summary?: string
}

export interface EntryTypeDefinition<D extends CommonData = CommonData> {
  /** The value of `type:` in the front matter; also the URL and CLI name. */
  readonly name: string
  /** Content folder in a checkout and first segment of page addresses: `practices`. */
  readonly folder: string
  /** Prefix of assigned ids: `pr`. */
  readonly idPrefix: string
  readonly labels: TypeLabels
  /** The complete schema (refinements included). */
  readonly schema: z.ZodType<D>
  /** The top-level keys it accepts, for "did you mean" hints and JSON Schema. */
  readonly object: z.ZodObject
  /** Required second-level headings of the body, in order, with what belongs in each (templates). */
  readonly sections: ReadonlyArray<{heading: string; help: string}>
  /** Browse facets in display order. */
  readonly facets: ReadonlyArray<TypeFacet<D>>
  /** Whether the entry belongs to an edition (the one place that decides it for this type). */
  visibleIn(data: D, edition: Edition): boolean
  /** One or two sentences: cards, page descriptions, feeds. */
  summaryOf(data: D): string
  /** Words for a page's keywords meta. */
  keywordsOf(data: D): string[]
  /** Labels a search matches besides title, summary and body (approaches, outcome…). */
  termsOf(data: D, context: EntryContext): string[]
  /** Badges of a card and a search hit. */
  badgesOf(data: D): BadgeView[]
  headerOf(data: D, context: EntryContext): HeaderSpec
  /** The field listing ids of entries of another (or the same) type this one relates to: links both ways on entry pages, checked by links/related-practices. */
  readonly related?: {readonly field: string; readonly type: string}
  /** Whether the body describes a person (strictest anonymisation rules apply). */
  readonly describesPerson: boolean
  /** Quasi-identifiers of the person described (anonymisation rules), when it describes one, and the front matter key messages point at. */
  quasiIdentifiers?(data: D): {fields: Record<string, string>; period: {from: number; to: number}; key: string}
  /** Front matter lines of a new entry's template, between `language:` and `provenance:`. */
  templateLines(values: TemplateValues): string[]
  /** The default provenance of a new entry. */
  readonly defaultProvenance: string
  /** The provenances its schema accepts, when fewer than the vocabulary (templates list these). */
  readonly provenances?: readonly string[]
  /** The country a new entry's template starts with ('' for none). */
  readonly defaultCountry: string
  /** Text a search matches as the summary (defaults to `summaryOf`). */
  searchSummaryOf?(data: D): string
}

/** Labels read from a type's editorial data file, checked (a translator's slip fails at start-up, not on a page). */
export function labelsFrom(data: Omit<TypeLabels, 'noun'> & {noun: readonly string[]}): TypeLabels {
  const [one, many, ...rest] = data.noun
  if (one === undefined || many === undefined || rest.length > 0) throw new Error(`labels.noun must be [singular, plural], got ${JSON.stringify(data.noun)}`)
  for (const [key, value] of Object.entries(data))
    if (key !== 'noun' && (typeof value !== 'string' || value.trim() === '')) throw new Error(`labels.${key} must be text`)
  return {...data, noun: [one, many]}
}

/** The ids an entry relates to (its type's `related` field), [] when it has none. */
export function relatedIdsOf(type: Pick<EntryTypeDefinition, 'related'>, data: CommonData): readonly string[] {
  if (!type.related) return []
  const value = (data as unknown as Record<string, unknown>)[type.related.field]
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
}

/** A vocabulary value with its label and description. */
export function labelled(vocabulary: v.Vocabulary, value: string): Labelled {
  const term = v.termOf(vocabulary, value)
  return {value, label: term?.label ?? value, ...(term ? {description: term.description} : {})}
}

/** The values of a vocabulary, comma-separated (template comments). */
export const listOf = (vocabulary: v.Vocabulary) => vocabulary.map((term) => term.value).join(', ')

/** A type definition, checked and typed. */
export function defineEntryType<D extends CommonData>(definition: EntryTypeDefinition<D>): EntryTypeDefinition<D> {
  if (!/^[a-z][a-z0-9-]*$/.test(definition.name)) throw new Error(`entry type name "${definition.name}" must be a lowercase slug`)
  if (!/^[a-z][a-z0-9-]*$/.test(definition.folder)) throw new Error(`entry type folder "${definition.folder}" must be a lowercase slug`)
  if (!/^[a-z]{2,4}$/.test(definition.idPrefix)) throw new Error(`entry type id prefix "${definition.idPrefix}" must be 2–4 lowercase letters`)
  return definition
}
