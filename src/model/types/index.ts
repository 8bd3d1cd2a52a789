import {caseReview} from './case.js'
import type {EntryTypeDefinition} from './define.js'
import {practice} from './practice.js'

export type {EntryTypeDefinition, Labelled, EntryContext, HeaderSpec, HeaderSection, BadgeView, TypeLabels, TemplateValues} from './define.js'
export {defineEntryType, labelled, relatedIdsOf} from './define.js'

/** Whether entries of this type name describe a person (the strictest anonymisation rules apply). Unknown types: no. */
export function describesPerson(name: string | undefined): boolean {
  return typeOf(name)?.describesPerson ?? false
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one list of definitions of different data types
type AnyType = EntryTypeDefinition<any>

const registry: AnyType[] = [practice, caseReview]

/** The registered entry types, in display order. */
export function entryTypes(): readonly EntryTypeDefinition[] {
  return registry
}

/** Names of the registered types (`type:` values). */
export function entryTypeNames(): string[] {
  return registry.map((type) => type.name)
}

/** The type of a `type:` value, if registered. */
export function typeOf(name: string | undefined): EntryTypeDefinition | undefined {
  return name === undefined ? undefined : registry.find((type) => type.name === name)
}

/** The type whose content folder this is. */
export function typeOfFolder(folder: string): EntryTypeDefinition | undefined {
  return registry.find((type) => type.folder === folder)
}

/** The content folders of every type. */
export function contentFolders(): string[] {
  return registry.map((type) => type.folder)
}

/**
 * Adds an entry type. Its name, folder and id prefix must be new. Returns a function that removes
 * it again (tests).
 */
export function registerEntryType(type: AnyType): () => void {
  for (const known of registry) {
    if (known.name === type.name || known.folder === type.folder || known.idPrefix === type.idPrefix) {
      throw new Error(`entry type "${type.name}" clashes with "${known.name}" (name, folder or id prefix)`)
    }
  }
  registry.push(type)
  return () => {
    const index = registry.indexOf(type)
    if (index !== -1) registry.splice(index, 1)
  }
}
