/** Facets of the search page: the search facets of the facet table, with the values that occur in the edition. */
import {searchFacets} from '../../model/facets.js'
import {facetValues} from '../../model/facet-values.js'
import {entryTypes} from '../../model/types/index.js'
import type {Corpus} from '../corpus.js'
import {cardsOf, type Facet} from './cards.js'

/** The search page's facets, in the table's order, each with the values some entry of the edition has. */
export function searchPageFacets(corpus: Corpus): Facet[] {
  const used = new Map<string, Set<string>>([['type', new Set(entryTypes().map((type) => type.name))]])
  for (const type of entryTypes()) {
    for (const card of cardsOf(corpus, type.name)) {
      for (const [facet, values] of Object.entries(card.facets)) {
        let set = used.get(facet)
        if (!set) used.set(facet, (set = new Set()))
        for (const value of values) set.add(value)
      }
    }
  }
  return searchFacets
    .map((facet) => ({id: facet.id, label: facet.label, values: facetValues(facet.id).filter((value) => used.get(facet.id)?.has(value.value))}))
    .filter((facet) => facet.values.length > 0)
}
