/**
 * Read-only views of the entry-type registry by type name, for code that looks a type's schema,
 * keys, sections, folder or id prefix up by `type:` value. The definitions live in `types/`.
 */
import type {z} from 'zod'
import type {CommonData} from './fields.js'
import {entryTypeNames, typeOf, type EntryTypeDefinition} from './types/index.js'

export type {CommonData} from './fields.js'
export {sourceSchema} from './fields.js'
export type {PracticeData as Practice} from './types/practice.js'
export type {CaseData as CaseReview} from './types/case.js'

/** Validated front matter of any entry type. */
export type EntryData = CommonData
/**
 * A type name. Typed as the built-in names while rules still index these records by it; at run
 * time every registered type is found (the records read the registry).
 */
export type EntryType = 'practice' | 'case'

/** A record keyed by type name whose values follow the registry (types registered later included). */
function byType<T>(pick: (type: EntryTypeDefinition) => T): Readonly<Record<EntryType, T>> {
  return new Proxy({} as Record<EntryType, T>, {
    get: (_target, key) => {
      const type = typeof key === 'string' ? typeOf(key) : undefined
      return type ? pick(type) : undefined
    },
    has: (_target, key) => typeof key === 'string' && typeOf(key) !== undefined,
    ownKeys: () => entryTypeNames(),
    getOwnPropertyDescriptor: (_target, key) => {
      const type = typeof key === 'string' ? typeOf(key) : undefined
      return type ? {value: pick(type), enumerable: true, configurable: true, writable: false} : undefined
    },
  })
}

/** The schema of each entry type. */
export const schemas: Readonly<Record<EntryType, z.ZodType<CommonData>>> = byType((type) => type.schema)
/** The top-level keys each type accepts, for "did you mean" hints and templates. */
export const keysOf: Readonly<Record<EntryType, readonly string[]>> = byType((type) => Object.keys(type.object.shape))
/** Required second-level headings of the body, in order, per type. */
export const requiredSections: Readonly<Record<EntryType, readonly string[]>> = byType((type) => type.sections.map((section) => section.heading))
/** Folder of each type in a portal checkout. */
export const folderOf: Readonly<Record<EntryType, string>> = byType((type) => type.folder)
/** Id prefix of each type. */
export const idPrefixOf: Readonly<Record<EntryType, string>> = byType((type) => type.idPrefix)
