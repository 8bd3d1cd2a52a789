/** Helpers the links/* rules and the corpus readers share: slugs, folders, the links of an entry, editions. */
import path from 'node:path'
import type {Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Entry, EntryLink} from './entry.js'
import {rawOf} from './front-matter.js'
import {startOf} from './mdast.js'
import type {CommonData} from '../model/fields.js'
import {contentFolders, typeOf} from '../model/types/index.js'

import {slugOf} from '../model/slug.js'

export {SLUG, slugOf} from '../model/slug.js'

/**
 * A value derived from an entry's path (and the working folder, for a relative path), remembered
 * per entry: corpus rules ask it of every entry at every run, and a long-lived process (the
 * validation server) hands them the same context entries run after run.
 */
function byPath<T>(derive: (filePath: string) => T): (entry: Entry) => T {
  const memo = new WeakMap<Entry, {path: string; cwd: string; value: T}>()
  return (entry) => {
    const cwd = process.cwd()
    const hit = memo.get(entry)
    if (hit && hit.path === entry.path && hit.cwd === cwd) return hit.value
    const value = derive(entry.path)
    memo.set(entry, {path: entry.path, cwd, value})
    return value
  }
}

/** An entry's absolute path. */
export const resolvedPathOf = byPath((filePath) => path.resolve(filePath))
/** An entry's slug (slugOf its path). */
export const slugOfEntry = byPath(slugOf)

/** The content folder an entry path sits in, if it sits in one (`practices`, `cases`…). */
export function folderKind(filePath: string): string | undefined {
  const parts = filePath.split('/')
  return parts.length >= 2 ? contentFolders().find((folder) => parts.at(-2) === folder) : undefined
}

/** The links of an entry, as plain data (workers send them; here they are read from the tree). */
export function linksOf(entry: Entry): EntryLink[] {
  if (entry.links) return entry.links
  const links: EntryLink[] = []
  if (entry.tree) {
    visit(entry.tree, (node: Nodes) => {
      if (node.type !== 'link' && node.type !== 'definition') return
      links.push({url: node.url, ...(node.title ? {title: node.title} : {}), place: startOf(node)})
    })
  }
  return links
}

/** Whether an entry is published in the public edition: its type decides, from its data (or its raw front matter when it did not validate). */
export function isPublic(entry: Entry): boolean {
  const data = entry.data ?? (rawOf(entry) as CommonData | undefined)
  return data !== undefined && (typeOf(data.type)?.visibleIn(data, 'public') ?? false)
}
