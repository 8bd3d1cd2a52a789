/** The values of each facet of the facet table, with labels, from the vocabularies and the registry. */
import {facetTable} from './facets.js'
import {entryTypes, labelled, type Labelled} from './types/index.js'
import * as v from './vocabularies.js'

const undisclosed: Labelled = {value: 'undisclosed', label: 'Undisclosed', description: "Withheld to protect the person's identity."}
const terms = (vocabulary: v.Vocabulary) => vocabulary.map((term) => labelled(vocabulary, term.value))

const valuesById: Record<string, () => Labelled[]> = {
  type: () => entryTypes().map((type) => ({value: type.name, label: type.labels.singular})),
  phase: () => terms(v.phases),
  approach: () => terms(v.approaches),
  targetGroup: () => terms(v.targetGroups),
  country: () => [...terms(v.countries), undisclosed],
  evidence: () => terms(v.evidenceLevels),
  recommendation: () => v.recommendations.map((r) => ({value: String(r.number), label: `${r.number}. ${r.title}`, description: r.text})),
  outcome: () => terms(v.outcomes),
  managementModel: () => terms(v.managementModels),
  successCriteria: () => terms(v.successCriteria),
  status: () => terms(v.statuses),
  review: () => [
    {value: 'due', label: 'Due for review', description: 'Last reviewed longer ago than the review interval (18 months unless the portal sets another).'},
    {value: 'current', label: 'Reviewed recently', description: 'Reviewed within the review interval.'},
  ],
}

/** Every value a facet can take, in display order, with labels. */
export function facetValues(id: string): Labelled[] {
  const values = valuesById[id]
  if (!values) throw new Error(`facet "${id}" has no values: add it to src/model/facet-values.ts`)
  // Vocabularies do not change at run time (the type facet follows the registry, so it is rebuilt).
  if (id === 'type') return values()
  let known = computed.get(id)
  if (!known) computed.set(id, (known = values()))
  return known
}
const computed = new Map<string, Labelled[]>()

/** The label of one value of a facet (the value itself when unknown). */
export function facetLabel(id: string, value: string): Labelled {
  return facetValues(id).find((known) => known.value === value) ?? {value, label: value}
}

// Every facet of the table has values: a facet added to the table without them fails at start-up.
for (const facet of facetTable) if (!valuesById[facet.id]) throw new Error(`facet "${facet.id}" has no values in src/model/facet-values.ts`)
