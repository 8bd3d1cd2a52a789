/** JSON Schema of each entry type, derived from the zod schemas, for editor autocompletion. */
import {z} from 'zod'
import {caseObject, practiceSchema, type EntryType} from './schemas.js'
import * as v from './vocabularies.js'

/** The JSON Schema document of an entry type. */
export function jsonSchemaOf(type: EntryType): Record<string, unknown> {
  const schema = z.toJSONSchema(type === 'practice' ? practiceSchema : caseObject, {unrepresentable: 'any', io: 'input'}) as Record<string, unknown>
  const properties = schema.properties as Record<string, Record<string, unknown>>
  const describe: Record<string, v.Vocabulary> = {
    language: v.languages, country: v.countries, organisationType: v.organisationTypes, status: v.statuses,
    provenance: v.provenances, outcome: v.outcomes, managementModel: v.managementModels,
    consentBasis: v.consentBases, visibility: v.visibilities,
  }
  for (const [field, vocabulary] of Object.entries(describe)) {
    if (properties[field]) properties[field].description = vocabulary.map((term) => `${term.value}: ${term.label}`).join('; ')
  }
  return {
    $id: `continuum/${type}.schema.json`,
    title: type === 'practice' ? 'Continuum practice entry (front matter)' : 'Continuum case review (front matter)',
    ...schema,
  }
}
