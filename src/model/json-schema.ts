/** JSON Schema of each entry type, derived from the zod schemas, for editor autocompletion. */
import {z} from 'zod'
import {typeOf} from './types/index.js'

export {entryTypeNames} from './types/index.js'
import * as v from './vocabularies.js'

/** The JSON Schema document of an entry type. */
export function jsonSchemaOf(typeName: string): Record<string, unknown> {
  const type = typeOf(typeName)
  if (!type) throw new Error(`unknown entry type "${typeName}"`)
  const schema = z.toJSONSchema(type.object, {unrepresentable: 'any', io: 'input'}) as Record<string, unknown>
  const properties = schema.properties as Record<string, Record<string, unknown>>
  const describe: Record<string, v.Vocabulary> = {
    language: v.languages,
    country: v.countries,
    organisationType: v.organisationTypes,
    status: v.statuses,
    provenance: v.provenances,
    outcome: v.outcomes,
    managementModel: v.managementModels,
    consentBasis: v.consentBases,
    visibility: v.visibilities,
  }
  for (const [field, vocabulary] of Object.entries(describe)) {
    if (properties[field]) properties[field].description = vocabulary.map((term) => `${term.value}: ${term.label}`).join('; ')
  }
  return {
    $id: `continuum/${type.name}.schema.json`,
    title: `Continuum ${type.labels.template} (front matter)`,
    ...schema,
  }
}
