/** The practice entry: a practice of a member state, with its approaches, evidence and transferability. */
import {z} from 'zod'
import {commonFields, idOf, sourceSchema, text, uniqueList, vocab, year, type CommonData} from '../fields.js'
import * as v from '../vocabularies.js'
import {defineEntryType, labelled, listOf, type EntryContext, labelsFrom} from './define.js'
import copy from './practice.en.json' with {type: 'json'}

/** Editorial text of the type (labels, section help, header headings): data, one file per locale. */
const h = copy.header

const NAME = 'practice'
const PREFIX = 'pr'

const object = z.strictObject({
  type: z.literal(NAME),
  ...commonFields(PREFIX),
  summary: text(400),
  country: vocab(v.countries),
  organisationType: vocab(v.organisationTypes),
  targetGroups: uniqueList(vocab(v.targetGroups)),
  approaches: uniqueList(vocab(v.approaches)),
  recommendations: uniqueList(z.number().int().min(1).max(13, 'the paper has 13 recommendations')),
  evidence: z
    .strictObject({
      level: vocab(v.evidenceLevels),
      references: z.array(sourceSchema).default([]).optional(),
    })
    .refine((evidence) => evidence.level === 'inspiring' || (evidence.references?.length ?? 0) > 0, {
      message: 'an evaluated practice needs at least one evaluation reference',
      path: ['references'],
    }),
  status: vocab(v.statuses),
  startYear: year.optional(),
  relatedPractices: z.array(idOf(PREFIX, 'ids of practices')).optional(),
})

export type PracticeData = z.infer<typeof object> & CommonData

/** The schema of a related practice id, for other types that point at practices. */
export const practiceId = idOf(PREFIX, 'ids of related practices')
export const practiceName = NAME

/** A practice's data, when an id names a practice of the edition. */
export function practiceIn(context: EntryContext, id: string): PracticeData | undefined {
  const data = context.byId(id)
  return data?.type === NAME ? (data as PracticeData) : undefined
}

const countryLabel = (value: string) => labelled(v.countries, value)
const recommendationOf = (number: number) => {
  const recommendation = v.recommendations.find((r) => r.number === number)!
  return {value: String(number), label: `${number}. ${recommendation.title}`, description: recommendation.text}
}

export const practice = defineEntryType<PracticeData>({
  name: NAME,
  folder: 'practices',
  idPrefix: PREFIX,
  labels: labelsFrom(copy.labels),
  schema: object,
  object,
  sections: copy.sections,
  facets: [
    {id: 'phase', values: (d) => d.phases},
    {id: 'approach', values: (d) => d.approaches},
    {id: 'targetGroup', values: (d) => d.targetGroups},
    {id: 'country', values: (d) => [d.country]},
    {id: 'evidence', values: (d) => [d.evidence.level]},
    {id: 'recommendation', values: (d) => d.recommendations.map(String)},
    {id: 'status', values: (d) => [d.status]},
  ],
  visibleIn: () => true,
  summaryOf: (d) => d.summary,
  keywordsOf: (d) => d.approaches,
  termsOf: (d) => [
    ...d.approaches.map((a) => labelled(v.approaches, a).label),
    ...d.targetGroups.map((t) => labelled(v.targetGroups, t).label),
    ...d.phases.map((p) => labelled(v.phases, p).label),
    labelled(v.organisationTypes, d.organisationType).label,
    countryLabel(d.country).label,
  ],
  badgesOf: (d) => [{kind: 'evidence', value: labelled(v.evidenceLevels, d.evidence.level)}],
  related: {field: 'relatedPractices', type: NAME},
  describesPerson: false,
  headerOf(d) {
    const evidence = labelled(v.evidenceLevels, d.evidence.level)
    return {
      badges: [],
      lead: d.summary,
      fields: [
        {name: h.country, value: countryLabel(d.country).label},
        {name: h.organisation, value: labelled(v.organisationTypes, d.organisationType).label},
        {name: h.status, value: labelled(v.statuses, d.status).label},
        ...(d.startYear ? [{name: h.since, value: String(d.startYear)}] : []),
        {name: h.evidence, value: evidence.label, badge: {kind: 'evidence', value: evidence}},
      ],
      sections: [
        {
          kind: 'chips',
          anchor: 'cx-target-groups',
          heading: h.targetGroups,
          facet: 'targetGroup',
          items: d.targetGroups.map((t) => labelled(v.targetGroups, t)),
          pair: true,
        },
        {
          kind: 'chips',
          anchor: 'cx-approaches',
          heading: h.approaches,
          facet: 'approach',
          items: d.approaches.map((a) => labelled(v.approaches, a)),
          pair: true,
        },
        {
          kind: 'pages',
          anchor: 'cx-recommendations',
          heading: h.recommendations,
          items: [...d.recommendations].sort((a, b) => a - b).map((n) => ({...recommendationOf(n), path: `/topics/recommendation-${n}`})),
        },
        {
          kind: 'note',
          anchor: 'cx-evidence',
          heading: h.evidenceHeading,
          badge: {kind: 'evidence', value: evidence},
          text: evidence.description,
          sources: d.evidence.references ?? [],
          empty: h.noReference,
        },
        {kind: 'citing', anchor: 'cx-cited-by', heading: h.citedBy, empty: h.citedByNone},
        {kind: 'entries', anchor: 'cx-related', heading: h.related, ids: d.relatedPractices ?? []},
      ],
    }
  },
  templateLines: (values) => [
    '# Summary in English, two or three sentences (max 400 characters).',
    `summary: ${JSON.stringify(values.summary ?? '')}`,
    `# Country: ISO code, or EU / multi. One of: ${listOf(v.countries)}`,
    `country: ${values.country ?? ''}`,
    `# Organisation type: ${listOf(v.organisationTypes)}`,
    'organisationType: ',
    `# Phases of the continuum (a list): ${listOf(v.phases)}`,
    'phases:',
    '  - prison',
    `# Target groups (a list): ${listOf(v.targetGroups)}`,
    'targetGroups:',
    '  - adult-men',
    `# Approaches (a list): ${listOf(v.approaches)}`,
    'approaches:',
    '  - multi-agency',
    '# Which of the 13 recommendations of the RAN paper it addresses (numbers 1-13):',
    ...v.recommendations.map((r) => `#   ${r.number}. ${r.title}`),
    'recommendations:',
    '  - 3',
    `# Evidence level: ${listOf(v.evidenceLevels)}. Anything above "inspiring" needs references.`,
    'evidence:',
    '  level: inspiring',
    '  references: []',
    `# Status: ${listOf(v.statuses)}`,
    'status: active',
    '# Year it started (optional).',
    '# startYear: 2020',
  ],
  defaultProvenance: 'contributor',
  defaultCountry: '',
})
