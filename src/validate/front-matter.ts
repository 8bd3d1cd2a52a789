/** Positions of front matter fields: what lets every message point at the YAML line of its field. */
import {isMap, isPair, isScalar, type Node} from 'yaml'
import type {FrontMatter} from './entry.js'
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
