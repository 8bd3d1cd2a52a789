/**
 * The anonymised case review: one release, its interventions, its outcome against named success
 * criteria, and lessons. It describes a person, so the strictest anonymisation rules apply, and a
 * review marked for practitioners never reaches the public edition.
 */
import {z} from 'zod'
import {commonFields, nonEmptyList, text, uniqueList, vocab, year, type CommonData} from '../fields.js'
import * as v from '../vocabularies.js'
import {defineEntryType, labelled, listOf, labelsFrom} from './define.js'
import copy from './case.en.json' with {type: 'json'}
import {practiceId, practiceIn, practiceName} from './practice.js'
import {COMPOSITE, DOCUMENTED} from '../provenance.js'

const NAME = 'case'
/** Editorial text of the type (labels, section help, header headings): data, one file per locale. */
const h = copy.header

/** One lesson: what kind of lesson it is (vocabulary `lessonKinds`) and one sentence. */
export const lesson = z.strictObject({kind: vocab(v.lessonKinds), text: text(300)})
export type Lesson = z.infer<typeof lesson>

/** Lessons grouped by kind, in the vocabulary's order, empty kinds left out. */
export function lessonGroups(lessons: readonly Lesson[]): Array<{value: string; label: string; items: string[]}> {
  return v.lessonKinds
    .map((kind) => ({value: kind.value, label: kind.label, items: lessons.filter((l) => l.kind === kind.value).map((l) => l.text)}))
    .filter((group) => group.items.length > 0)
}

const object = z.strictObject({
  type: z.literal(NAME),
  ...commonFields('cr'),
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
  relatedPractices: uniqueList(practiceId),
  lessons: nonEmptyList(lesson),
  /** A case review rests on a named public source or is an invented, illustrative composite: nothing in between. */
  provenance: z.enum([DOCUMENTED, COMPOSITE]),
  /** The public summary is cleared for quotation as written (documented case reviews only). */
  quotable: z.boolean().optional(),
})

const schema = object
  .refine((data) => !(data.visibility === 'practitioners' && data.publicSummary), {
    message: 'a practitioners-only case cannot carry a public summary: remove publicSummary or make the case public',
    path: ['publicSummary'],
  })
  .refine((data) => !data.quotable || data.provenance === DOCUMENTED, {
    message: `only a documented case review can be quotable: a composite is invented and must never be quoted as a real case; remove quotable`,
    path: ['quotable'],
  })
  .refine((data) => !data.quotable || data.publicSummary, {
    message: 'quotable marks the public summary as cleared for quotation: write a publicSummary or remove quotable',
    path: ['quotable'],
  })

export type CaseData = z.infer<typeof object> & CommonData
export const caseName = NAME

const undisclosed = {value: 'undisclosed', label: 'Undisclosed', description: "Withheld to protect the person's identity."}
const countryLabel = (value: string) => (value === 'undisclosed' ? undisclosed : labelled(v.countries, value))
const relatedPractices = (d: CaseData, context: Parameters<typeof practiceIn>[0]) =>
  d.relatedPractices.map((id) => practiceIn(context, id)).filter((p) => p !== undefined)

export const caseReview = defineEntryType<CaseData>({
  name: NAME,
  folder: 'cases',
  idPrefix: 'cr',
  labels: labelsFrom(copy.labels),
  schema: schema,
  object,
  sections: copy.sections,
  facets: [
    {id: 'outcome', values: (d) => [d.outcome]},
    {id: 'managementModel', values: (d) => [d.managementModel]},
    {id: 'phase', values: (d) => d.phases},
    {id: 'successCriteria', values: (d) => d.successCriteria},
    {id: 'approach', label: copy.facets.approach, values: (d, context) => [...new Set(relatedPractices(d, context).flatMap((p) => p.approaches))]},
    {
      id: 'recommendation',
      label: copy.facets.recommendation,
      values: (d, context) => [...new Set(relatedPractices(d, context).flatMap((p) => p.recommendations.map(String)))],
    },
    {id: 'country', values: (d) => [d.country]},
  ],
  visibleIn: (d, edition) => edition === 'practitioners' || d.visibility === 'public',
  summaryOf: (d) => d.publicSummary ?? d.lessons[0]!.text,
  searchSummaryOf: (d) => [d.publicSummary ?? '', ...d.lessons.map((l) => l.text)].filter(Boolean).join(' '),
  keywordsOf: (d) => [d.outcome, d.managementModel],
  termsOf: (d, context) => [
    labelled(v.outcomes, d.outcome).label,
    labelled(v.managementModels, d.managementModel).label,
    ...d.successCriteria.map((s) => labelled(v.successCriteria, s).label),
    ...d.phases.map((p) => labelled(v.phases, p).label),
    ...[...new Set(relatedPractices(d, context).flatMap((p) => p.approaches))].map((a) => labelled(v.approaches, a).label),
  ],
  badgesOf: (d) => [{kind: 'outcome', value: labelled(v.outcomes, d.outcome)}],
  related: {field: 'relatedPractices', type: practiceName},
  describesPerson: true,
  quasiIdentifiers: (d) => ({fields: {...d.profile, country: d.country}, period: d.period, key: 'profile'}),
  headerOf(d) {
    const visibility = labelled(v.visibilities, d.visibility)
    return {
      badges: [
        {kind: 'outcome', value: labelled(v.outcomes, d.outcome), prefix: h.outcome},
        {kind: 'model', value: labelled(v.managementModels, d.managementModel), prefix: h.model},
        ...(d.visibility === 'practitioners' ? [{kind: 'visibility', value: visibility}] : []),
      ],
      ...(d.publicSummary ? {lead: d.publicSummary} : {}),
      fields: [
        {name: h.gender, value: labelled(v.genders, d.profile.gender).label},
        {name: h.ageBand, value: labelled(v.ageBands, d.profile.ageBand).label},
        {name: h.ideology, value: labelled(v.ideologies, d.profile.ideology).label},
        {name: h.legalStatus, value: labelled(v.legalStatuses, d.profile.legalStatus).label},
        {name: h.country, value: countryLabel(d.country).label},
        {name: h.period, value: d.period.from === d.period.to ? String(d.period.from) : `${d.period.from}–${d.period.to}`},
        {name: h.basis, value: labelled(v.consentBases, d.consentBasis).label},
      ],
      sections: [
        {
          kind: 'chips',
          anchor: 'cx-criteria',
          heading: h.criteria,
          facet: 'successCriteria',
          items: d.successCriteria.map((s) => labelled(v.successCriteria, s)),
        },
        {kind: 'groups', anchor: 'cx-lessons', heading: h.lessons, groups: lessonGroups(d.lessons)},
        {kind: 'entries', anchor: 'cx-practices', heading: h.related, ids: d.relatedPractices, empty: h.relatedNone},
      ],
    }
  },
  templateLines: (values) => [
    `# Outcome: ${listOf(v.outcomes)}`,
    'outcome: ',
    `# Prison management model: ${listOf(v.managementModels)}`,
    'managementModel: ',
    `# Phases covered (a list): ${listOf(v.phases)}`,
    'phases:',
    '  - prison',
    '# Banded profile. Use `undisclosed` wherever a value could help identify the person.',
    'profile:',
    `  # ${listOf(v.genders)}`,
    '  gender: undisclosed',
    `  # ${listOf(v.ageBands)}`,
    '  ageBand: undisclosed',
    `  # ${listOf(v.ideologies)}`,
    '  ideology: undisclosed',
    `  # ${listOf(v.legalStatuses)}`,
    '  legalStatus: undisclosed',
    '# Country (ISO code) or undisclosed. A woman, a minor or a person whose citizenship was revoked',
    '# in a named country is a small population: use undisclosed there.',
    `country: ${values.country ?? 'undisclosed'}`,
    '# Period in years only.',
    'period:',
    '  from: 2019',
    '  to: 2022',
    `# Success criteria used, not only reoffending (a list): ${listOf(v.successCriteria)}`,
    'successCriteria:',
    '  - no-reoffending',
    `# Consent basis: ${listOf(v.consentBases)}`,
    'consentBasis: ',
    `# Visibility: public, or practitioners (never in the public edition, its feeds or search).`,
    'visibility: practitioners',
    '# Optional summary for communicators (public cases only, max 600 characters).',
    '# publicSummary: ""',
    '# quotable: true clears that summary for quotation as written: documented case reviews only, never a composite.',
    '# quotable: true',
    '# Ids of related practices (pr-…), at least one.',
    'relatedPractices:',
    '  - pr-00000000',
    `# Lessons, one sentence each (at most 300 characters), each with its kind: ${listOf(v.lessonKinds)}`,
    'lessons:',
    '  - kind: worked',
    '    text: ""',
  ],
  defaultProvenance: COMPOSITE,
  provenances: [DOCUMENTED, COMPOSITE],
  defaultCountry: 'undisclosed',
})
