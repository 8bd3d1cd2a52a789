/** The values each search facet accepts, from the vocabularies (for checking CLI flags). */
import * as v from '../model/vocabularies.js'
import type {FacetId} from './semantics.js'

export const facetValues: Readonly<Record<FacetId, readonly string[]>> = {
  type: ['practice', 'case'],
  phase: v.valuesOf(v.phases),
  approach: v.valuesOf(v.approaches),
  targetGroup: v.valuesOf(v.targetGroups),
  country: [...v.valuesOf(v.countries), 'undisclosed'],
  evidence: v.valuesOf(v.evidenceLevels),
  recommendation: v.recommendations.map((r) => String(r.number)),
  outcome: v.valuesOf(v.outcomes),
  managementModel: v.valuesOf(v.managementModels),
}
