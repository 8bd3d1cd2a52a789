/**
 * Field schemas every entry type builds on: text with limits, years, dates, vocabulary values,
 * sources, ids. One zod object per type is assembled from these in `types/<type>.ts`.
 */
import {z} from 'zod'
import * as v from './vocabularies.js'

const CURRENT_YEAR = new Date().getUTCFullYear()

/** A vocabulary value. */
export const vocab = (vocabulary: v.Vocabulary) => z.enum(v.valuesOf(vocabulary))
export const nonEmptyList = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'list at least one value')
export const uniqueList = <T extends z.ZodType>(item: T) =>
  nonEmptyList(item).refine((list) => new Set(list.map(String)).size === list.length, 'remove the repeated value')
/** Printed and published text: trimmed, bounded, without control characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'write some text')
    .max(max, `keep it under ${max} characters`)
    // Control characters (terminal escape sequences among them) have no place in a field that is printed and published.
    .refine(
      (value) => !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(value),
      'remove the control characters (invisible characters such as escape sequences)',
    )
export const year = z.number().int().min(1970, 'use a year from 1970 on').max(CURRENT_YEAR, `use a year up to ${CURRENT_YEAR}`)
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'not a real calendar date',
  )
const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'use an http(s) address')

export const sourceSchema = z.strictObject({
  title: text(300),
  section: text(200).optional(),
  publisher: text(200).optional(),
  url: httpUrl.optional(),
  year: year.optional(),
})

/** The id of an entry of the type with this prefix: the prefix and eight base-32 characters, assigned once by `continuum submit`. */
export const idOf = (prefix: string, what = 'ids') =>
  z.string().regex(new RegExp(`^${prefix}-[0-9a-z]{8}$`), `${what} look like ${prefix}-1a2b3c4d and are assigned by \`continuum submit\``)

/** Fields every entry type has. `country` is typed by each type (its vocabulary may differ). */
export const commonFields = (idPrefix: string) => ({
  id: idOf(idPrefix).optional(),
  title: text(160),
  language: vocab(v.languages),
  phases: uniqueList(vocab(v.phases)),
  provenance: vocab(v.provenances),
  sources: nonEmptyList(sourceSchema),
  lastReviewed: isoDate,
})

export type Source = z.infer<typeof sourceSchema>

/** What every entry's validated front matter holds, whatever its type. */
export interface CommonData {
  type: string
  id?: string
  title: string
  language: string
  phases: string[]
  provenance: string
  sources: Source[]
  lastReviewed: string
  country: string
}
