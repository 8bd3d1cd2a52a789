/**
 * Comparison state and differences, shared by the compare page, the selection on browse and topic
 * pages, and tests. The selection lives in the URL: `?ids=<id>,<id>[,<id>]`. No imports: components use it.
 */

/** How many entries a comparison shows side by side. */
export const COMPARE_MIN = 2
export const COMPARE_MAX = 3

/** The ids of a compare URL's query string: unique, in order, at most three (repeated `ids` keys or commas). */
export function compareIdsOf(search: string): string[] {
  const params = new URLSearchParams(search)
  const ids = params
    .getAll('ids')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter((id) => /^[a-z]{2}-[0-9a-z]{8}$/.test(id))
  return [...new Set(ids)].slice(0, COMPARE_MAX)
}

/** The address of the comparison of these entries of a type. */
export const compareUrl = (type: string, ids: readonly string[]): string => `/compare/${type}?ids=${ids.join(',')}`

/** Whether a row differs across the entries compared (order of items ignored). */
export function rowDiffers(values: ReadonlyArray<readonly string[]>): boolean {
  const keys = values.map((items) => JSON.stringify([...items].sort()))
  return keys.some((key) => key !== keys[0])
}

/** Whether an item is held by every entry compared (it is not highlighted then). */
export const sharedByAll = (item: string, values: ReadonlyArray<readonly string[]>): boolean => values.every((items) => items.includes(item))

/** Adds or removes an id of a selection, keeping at most COMPARE_MAX. */
export function toggleCompare(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((x) => x !== id)
  return ids.length >= COMPARE_MAX ? [...ids] : [...ids, id]
}
