/**
 * The one facet table: every facet a browse page, the search page, the embedded index, Meilisearch
 * and `continuum search` filter on. Types say which facets they have and their values for an entry
 * (`types/<type>.ts`); this table says what a facet is called and which search attribute holds it.
 * No imports: the browser's search code reads it.
 */
export interface FacetDefinition {
  /** URL parameter and CLI flag (kebab-cased there): `targetGroup`. */
  readonly id: string
  readonly label: string
  /** Attribute of a search document: `targetGroups`. */
  readonly attribute: string
  /** Offered by the search page and `continuum search` (else only on browse pages). */
  readonly search: boolean
}

export const facetTable = [
  {id: 'type', label: 'Type', attribute: 'type', search: true},
  {id: 'phase', label: 'Phase', attribute: 'phases', search: true},
  {id: 'approach', label: 'Approach', attribute: 'approaches', search: true},
  {id: 'targetGroup', label: 'Target group', attribute: 'targetGroups', search: true},
  {id: 'country', label: 'Country', attribute: 'country', search: true},
  {id: 'evidence', label: 'Evidence level', attribute: 'evidence', search: true},
  {id: 'recommendation', label: 'Recommendation of the paper', attribute: 'recommendations', search: true},
  {id: 'outcome', label: 'Outcome', attribute: 'outcome', search: true},
  {id: 'managementModel', label: 'Prison management model', attribute: 'managementModel', search: true},
  {id: 'successCriteria', label: 'Success criteria', attribute: 'successCriteria', search: false},
  {id: 'status', label: 'Status', attribute: 'status', search: false},
  {id: 'review', label: 'Review', attribute: 'review', search: false},
] as const satisfies readonly FacetDefinition[]

export type FacetId = (typeof facetTable)[number]['id']

/** Facets a search can filter on, in display order. */
export const searchFacets: readonly FacetDefinition[] = facetTable.filter((facet) => facet.search)

/** A facet of the table by id. */
export function facetById(id: string): FacetDefinition | undefined {
  return facetTable.find((facet) => facet.id === id)
}
