/** The values each search facet accepts, from the facet table (for checking CLI flags). */
import {facetValues as labelledValues} from '../model/facet-values.js'
import {searchFacets} from '../model/facets.js'

/** Facet id → accepted values. */
export function facetValues(): Readonly<Record<string, readonly string[]>> {
  return Object.fromEntries(searchFacets.map((facet) => [facet.id, labelledValues(facet.id).map((value) => value.value)]))
}
