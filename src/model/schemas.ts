/**
 * The content model: one zod schema per entry type, built from the vocabularies. The CLI, the
 * validator, the site and the search index all derive from these schemas.
 */
import {z} from 'zod'
import * as v from './vocabularies.js'

const CURRENT_YEAR = new Date().getUTCFullYear()

const ID_PATTERN = /^(pr|cr)-[0-9a-z]{8}$/

/** The id format: a type prefix and eight base-32 characters, assigned once by `continuum submit`. */
export const idPattern = ID_PATTERN

const vocab = (vocabulary: v.Vocabulary) => z.enum(v.valuesOf(vocabulary))
const nonEmptyList = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'list at least one value')
const uniqueList = <T extends z.ZodType>(item: T) =>
  nonEmptyList(item).refine((list) => new Set(list.map(String)).size === list.length, 'remove the repeated value')
const text = (max: number) => z.string().trim().min(1, 'write some text').max(max, `keep it under ${max} characters`)
  // Control characters (terminal escape sequences among them) have no place in a field that is printed and published.
  .refine((value) => !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(value), 'remove the control characters (invisible characters such as escape sequences)')
const year = z.number().int().min(1970, 'use a year from 1970 on').max(CURRENT_YEAR, `use a year up to ${CURRENT_YEAR}`)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real calendar date')
const httpUrl = z.string().url().refine((value) => /^https?:\/\//i.test(value), 'use an http(s) address')

export const sourceSchema = z.strictObject({
  title: text(300),
  section: text(200).optional(),
  url: httpUrl.optional(),
  year: year.optional(),
})

const common = {
  id: z.string().regex(ID_PATTERN, 'ids look like pr-1a2b3c4d or cr-1a2b3c4d and are assigned by `continuum submit`').optional(),
  title: text(160),
  language: vocab(v.languages),
  phases: uniqueList(vocab(v.phases)),
  provenance: vocab(v.provenances),
  sources: nonEmptyList(sourceSchema),
  lastReviewed: isoDate,
}

export const practiceSchema = z.strictObject({
  type: z.literal('practice'),
  ...common,
  summary: text(400),
  country: vocab(v.countries),
  organisationType: vocab(v.organisationTypes),
  targetGroups: uniqueList(vocab(v.targetGroups)),
  approaches: uniqueList(vocab(v.approaches)),
  recommendations: uniqueList(z.number().int().min(1).max(13, 'the paper has 13 recommendations')),
  evidence: z.strictObject({
    level: vocab(v.evidenceLevels),
    references: z.array(sourceSchema).default([]).optional(),
  }).refine((evidence) => evidence.level === 'inspiring' || (evidence.references?.length ?? 0) > 0, {
    message: 'an evaluated practice needs at least one evaluation reference',
    path: ['references'],
  }),
  status: vocab(v.statuses),
  startYear: year.optional(),
  relatedPractices: z.array(z.string().regex(ID_PATTERN, 'use the id of a practice (pr-…)')).optional(),
})

export const caseObject = z.strictObject({
  type: z.literal('case'),
  ...common,
  outcome: vocab(v.outcomes),
  managementModel: vocab(v.managementModels),
  profile: z.strictObject({
    gender: vocab(v.genders),
    ageBand: vocab(v.ageBands),
    ideology: vocab(v.ideologies),
    legalStatus: vocab(v.legalStatuses),
  }),
  country: z.enum([...v.valuesOf(v.countries).filter((code) => code !== 'EU' && code !== 'multi'), 'undisclosed'] as unknown as [string, ...string[]]),
  period: z.strictObject({from: year, to: year}).refine((period) => period.from <= period.to, {
    message: 'the period ends before it starts',
    path: ['to'],
  }),
  successCriteria: uniqueList(vocab(v.successCriteria)),
  consentBasis: vocab(v.consentBases),
  visibility: vocab(v.visibilities),
  publicSummary: text(600).optional(),
  relatedPractices: uniqueList(z.string().regex(/^pr-[0-9a-z]{8}$/, 'use the id of a practice (pr-…)')),
  lessons: nonEmptyList(text(300)),
})

export const caseSchema = caseObject.refine((data) => !(data.visibility === 'practitioners' && data.publicSummary), {
  message: 'a practitioners-only case cannot carry a public summary: remove publicSummary or make the case public',
  path: ['publicSummary'],
})

export type Practice = z.infer<typeof practiceSchema>
export type CaseReview = z.infer<typeof caseSchema>
export type EntryData = Practice | CaseReview
export type EntryType = EntryData['type']

export const entryTypes = ['practice', 'case'] as const

/** The schema of each entry type. */
export const schemas = {practice: practiceSchema, case: caseSchema} as const

/** The top-level keys each type accepts, for "did you mean" hints and templates. */
export const keysOf = {
  practice: Object.keys(practiceSchema.shape),
  case: Object.keys(caseObject.shape),
} as const

/** Required second-level headings of the body, in order, per type. */
export const requiredSections: Readonly<Record<EntryType, readonly string[]>> = {
  practice: ['Description', 'Aims', 'Methods', 'Evidence and evaluation', 'Lessons learned', 'Transferability'],
  case: ['Context', 'Interventions', 'What worked', 'What did not work', 'Lessons learned'],
}

/** Folder of each type in a portal checkout. */
export const folderOf: Readonly<Record<EntryType, string>> = {practice: 'practices', case: 'cases'}

/** Id prefix of each type. */
export const idPrefixOf: Readonly<Record<EntryType, string>> = {practice: 'pr', case: 'cr'}
