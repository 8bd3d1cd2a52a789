/** Positions of front matter fields: what lets every message point at the YAML line of its field. */
import {isMap, isPair, isScalar, type Node} from 'yaml'
import type {Entry, FrontMatter} from './entry.js'
import {yamlPlace} from './load.js'

export type Path = readonly PropertyKey[]

/** The value node at a path (mapping keys and sequence indexes). */
export function nodeAt(frontMatter: FrontMatter, path: Path): Node | undefined {
  return (path.length === 0 ? frontMatter.doc.contents : frontMatter.doc.getIn(path as unknown[], true)) as Node | undefined
}

/** The key node of `key` in the mapping at `parent`. */
export function keyNodeAt(frontMatter: FrontMatter, parent: Path, key: string): Node | undefined {
  const map = nodeAt(frontMatter, parent)
  if (!isMap(map)) return undefined
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
  return pair?.key as Node | undefined
}

/** Where a top-level field is: its value (or key) line, else line 1. */
export function fieldPlace(frontMatter: FrontMatter | undefined, key: string, part: 'key' | 'value' = 'value') {
  if (frontMatter) {
    const node = (part === 'value' ? nodeAt(frontMatter, [key]) : undefined) ?? keyNodeAt(frontMatter, [], key)
    if (node?.range) return yamlPlace(frontMatter, node.range[0])
  }
  return {line: 1, column: 1}
}

/**
 * Where corpus rules point (type, id, the profile key, each related practice). A validation worker
 * parses the YAML and computes these, so that the main thread can run corpus rules on plain data.
 */
export function corpusPlaces(frontMatter: FrontMatter): Record<string, {line: number; column: number}> {
  const places: Record<string, {line: number; column: number}> = {
    type: fieldPlace(frontMatter, 'type'),
    id: fieldPlace(frontMatter, 'id'),
    'profile:key': fieldPlace(frontMatter, 'profile', 'key'),
    relatedPractices: fieldPlace(frontMatter, 'relatedPractices'),
    lastReviewed: fieldPlace(frontMatter, 'lastReviewed'),
  }
  const related = (frontMatter.raw as {relatedPractices?: unknown} | undefined)?.relatedPractices
  if (Array.isArray(related)) {
    related.forEach((_item, index) => {
      const node = nodeAt(frontMatter, ['relatedPractices', index])
      if (node?.range) places[`relatedPractices.${index}`] = yamlPlace(frontMatter, node.range[0])
    })
  }
  return places
}

/** The place of a field of an entry: from its parsed YAML, or from the places a worker sent. */
export function placeIn(entry: Entry, key: string, part: 'key' | 'value' = 'value'): {line: number; column: number} {
  const name = part === 'key' ? `${key}:key` : key
  if (!entry.frontMatter) return entry.places?.[name] ?? (key.includes('.') ? entry.places?.[key.split('.')[0]!] : undefined) ?? {line: 1, column: 1}
  const [field, index] = key.split('.')
  if (index !== undefined) {
    const node = nodeAt(entry.frontMatter, [field!, Number(index)])
    return node?.range ? yamlPlace(entry.frontMatter, node.range[0]) : fieldPlace(entry.frontMatter, field!)
  }
  return fieldPlace(entry.frontMatter, key, part)
}

/** The front matter as plain data, before schema validation. */
export function rawOf(entry: Entry): Record<string, unknown> | undefined {
  return (entry.frontMatter?.raw ?? entry.raw) as Record<string, unknown> | undefined
}
