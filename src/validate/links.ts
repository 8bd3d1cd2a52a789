/** Helpers the links/* rules and the corpus readers share: slugs, folders, the links of an entry, editions. */
import path from 'node:path'
import type {Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Entry, EntryLink} from './entry.js'
import {rawOf} from './front-matter.js'
import {startOf} from './mdast.js'

/** A file name without `.md` that is a lowercase ASCII slug. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The slug of an entry: its file name without `.md`. */
export function slugOf(filePath: string): string {
  return path.basename(filePath).replace(/\.md$/i, '')
}

/** The folder kind an entry path sits in, if any (`practices` or `cases`). */
export function folderKind(filePath: string): string | undefined {
  const parts = filePath.split('/')
  return parts.length >= 2 ? ['practices', 'cases'].find((folder) => parts.at(-2) === folder) : undefined
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

/** Whether an entry is published in the public edition (every practice; case reviews marked public). */
export function isPublic(entry: Entry): boolean {
  const raw = rawOf(entry)
  return raw?.type === 'practice' || (raw?.type === 'case' && raw.visibility !== 'practitioners')
}
