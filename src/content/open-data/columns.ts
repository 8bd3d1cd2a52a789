/**
 * The columns of the open data export, derived from the content model: each entry type's zod
 * schema (through its JSON Schema) gives the fields, their types, limits and allowed values; the
 * vocabularies give the values' labels; the type's required sections give one text column each.
 * The same columns describe the CSV files, the Table Schemas of the Data Package and the data
 * dictionary of the `/data` page, so they cannot disagree. Descriptions are editorial data
 * (`../editorial/open-data.en.json`): a field added to the model without one fails at start-up
 * of the export (and in the tests).
 */
import {z} from 'zod'
import {facetTable} from '../../model/facets.js'
import {facetValues} from '../../model/facet-values.js'
import {slugify} from '../../model/slug.js'
import type {EntryTypeDefinition, Labelled} from '../../model/types/index.js'
import * as v from '../../model/vocabularies.js'
import copy from '../editorial/open-data.en.json' with {type: 'json'}

/** Table Schema field types the export uses. */
export type ColumnType = 'string' | 'integer' | 'date' | 'array'

export interface Column {
  /** CSV header and Table Schema field name; nested fields are dotted (`profile.gender`). */
  name: string
  type: ColumnType
  /** A list of values joined with `;` in CSV (a JSON array in the JSON export). */
  list: boolean
  /** Every entry of the type has a value. */
  required: boolean
  description: string
  /** Allowed values with their labels (for a list: of each item). */
  values?: Labelled[]
  /** Limits, as Table Schema constraints. */
  minimum?: number
  maximum?: number
  maxLength?: number
  pattern?: string
  /** Where the value comes from: a front matter field, a value the portal derives, or a body section. */
  origin: 'field' | 'derived' | 'section'
  /** For a section column: the heading. */
  heading?: string
}

type JsonSchema = {
  type?: string
  const?: unknown
  enum?: unknown[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  minimum?: number
  maximum?: number
  maxLength?: number
  pattern?: string
  format?: string
}

/** Every vocabulary of the model, to label an enum's values. */
const vocabularies: v.Vocabulary[] = Object.values(v).filter(
  (value): value is v.Vocabulary =>
    Array.isArray(value) && value.length > 0 && typeof (value[0] as {value?: unknown}).value === 'string' && 'label' in (value[0] as object),
)

/** Labels of values the vocabularies do not hold (`undisclosed` country), from the facet table. */
function facetLabelOf(value: string): Labelled | undefined {
  for (const facet of facetTable) {
    const found = facetValues(facet.id).find((known) => known.value === value)
    if (found) return found
  }
  return undefined
}

/** The values of an enum, labelled from the vocabulary holding most of them. */
function labelledEnum(values: readonly string[], typeLabels: Labelled[]): Labelled[] {
  let best: v.Vocabulary | undefined
  let bestHits = 0
  for (const vocabulary of vocabularies) {
    const hits = values.filter((value) => v.termOf(vocabulary, value)).length
    if (hits > bestHits || (hits === bestHits && best && hits > 0 && vocabulary.length < best.length)) {
      best = vocabulary
      bestHits = hits
    }
  }
  return values.map((value) => {
    const term = best ? v.termOf(best, value) : undefined
    if (term) return {value, label: term.label, description: term.description}
    return typeLabels.find((known) => known.value === value) ?? facetLabelOf(value) ?? {value, label: value}
  })
}

/** Fields whose values are numbers with labels elsewhere in the model (the paper's recommendations). */
const numberedValues: Record<string, () => Labelled[]> = {
  recommendations: () => facetValues('recommendation'),
}

const descriptions = copy.fields as Record<string, string>

function describe(name: string): string {
  const text = descriptions[name]
  if (!text) throw new Error(`open data: the field "${name}" has no description: add it to src/content/editorial/open-data.en.json (fields)`)
  return text
}

/** The column(s) of one front matter property (objects are flattened with dots). */
function columnsOfProperty(name: string, schema: JsonSchema, required: boolean, typeLabels: Labelled[]): Column[] {
  if (schema.type === 'object' && schema.properties) {
    // An object with a list of objects inside (evidence.references) is flattened too.
    const inner = new Set(schema.required ?? [])
    return Object.entries(schema.properties).flatMap(([key, value]) => columnsOfProperty(`${name}.${key}`, value, required && inner.has(key), typeLabels))
  }
  const base = {name, required, description: describe(name), origin: 'field' as const}
  if (schema.type === 'array') {
    const item = schema.items ?? {}
    if (item.enum) return [{...base, type: 'string', list: true, values: labelledEnum(item.enum.map(String), typeLabels)}]
    if (item.type === 'integer') {
      const labels = numberedValues[name]?.()
      return [
        {
          ...base,
          type: 'string',
          list: true,
          ...(labels ? {values: labels} : {}),
          ...(item.minimum !== undefined ? {minimum: item.minimum} : {}),
          ...(item.maximum !== undefined ? {maximum: item.maximum} : {}),
        },
      ]
    }
    if (item.type === 'string' && item.pattern) return [{...base, type: 'string', list: true, pattern: item.pattern}]
    // Free text or objects: a JSON array in one cell, whatever characters the text holds.
    return [{...base, type: 'array', list: false}]
  }
  if (schema.const !== undefined) return [{...base, type: 'string', list: false, values: labelledEnum([String(schema.const)], typeLabels)}]
  if (schema.enum) return [{...base, type: 'string', list: false, values: labelledEnum(schema.enum.map(String), typeLabels)}]
  if (schema.type === 'integer') {
    return [
      {
        ...base,
        type: 'integer',
        list: false,
        ...(schema.minimum !== undefined ? {minimum: schema.minimum} : {}),
        ...(schema.maximum !== undefined ? {maximum: schema.maximum} : {}),
      },
    ]
  }
  // An ISO date field (lastReviewed) is a date column.
  if (schema.pattern === String.raw`^\d{4}-\d{2}-\d{2}$`) return [{...base, type: 'date', list: false}]
  return [
    {
      ...base,
      type: 'string',
      list: false,
      ...(schema.maxLength !== undefined ? {maxLength: schema.maxLength} : {}),
      ...(schema.pattern !== undefined ? {pattern: schema.pattern} : {}),
    },
  ]
}

const derived = (name: string, type: ColumnType, required: boolean): Column => ({
  name,
  type,
  list: false,
  required,
  description: describe(name),
  origin: 'derived',
})

/** The column name of a required section: `section.evidence-and-evaluation`. */
export const sectionColumn = (heading: string) => `section.${slugify(heading)}`

const cache = new WeakMap<EntryTypeDefinition, Column[]>()

/**
 * The columns of an entry type, in order: id, type, addresses, the front matter fields in the
 * schema's order, dates the portal derives, then one plain text column per required section.
 */
export function columnsOf(type: EntryTypeDefinition): Column[] {
  const known = cache.get(type)
  if (known) return known
  const schema = z.toJSONSchema(type.object, {unrepresentable: 'any', io: 'output'}) as JsonSchema
  const required = new Set(schema.required ?? [])
  const typeLabels = [{value: type.name, label: type.labels.singular}]
  const fields = Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== 'id')
    .flatMap(([name, property]) => columnsOfProperty(name, property, required.has(name), typeLabels))
  const columns: Column[] = [
    // Before submission an entry is known by its slug, so the id column has no pattern.
    derived('id', 'string', true),
    ...fields.filter((column) => column.name === 'type'),
    derived('url', 'string', true),
    derived('shortUrl', 'string', true),
    ...fields.filter((column) => column.name !== 'type'),
    derived('reviewDue', 'date', true),
    derived('firstPublished', 'date', false),
    derived('lastChanged', 'date', false),
    ...type.sections.map(
      (section): Column => ({
        name: sectionColumn(section.heading),
        type: 'string',
        list: false,
        required: true,
        description: describe('section').replace('{heading}', section.heading).replace('{help}', section.help),
        origin: 'section',
        heading: section.heading,
      }),
    ),
  ]
  cache.set(type, columns)
  return columns
}
