/**
 * links/* — the corpus hangs together: ids and slugs are unique, file names are safe ASCII slugs,
 * entries sit in the folder of their type with an assigned id, relative links resolve, and related
 * practices exist.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Link} from 'mdast'
import {visit} from 'unist-util-visit'
import {folderOf} from '../../../model/schemas.js'
import type {Entry} from '../../entry.js'
import {fieldPlace, placeIn, rawOf} from '../../front-matter.js'
import {startOf} from '../../mdast.js'
import type {Finding, Rule} from '../../rule.js'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The slug of an entry: its file name without `.md`. */
export function slugOf(filePath: string): string {
  return path.basename(filePath).replace(/\.md$/i, '')
}

/** The folder kind an entry path sits in, if any (`practices` or `cases`). */
function folderKind(filePath: string): string | undefined {
  const parts = filePath.split('/')
  return parts.length >= 2 ? ['practices', 'cases'].find((folder) => parts.at(-2) === folder) : undefined
}

export const slugRule: Rule = {
  id: 'links/slug',
  description: 'File names are lowercase ASCII slugs ending in `.md`.',
  check(entry, report) {
    const name = path.basename(entry.path)
    if (!/\.md$/.test(name) || !SLUG.test(slugOf(name))) {
      report({
        reason: `Unexpected file name \`${name}\`, expected a lowercase ASCII slug such as \`family-counselling.md\``,
        place: {line: 1, column: 1},
        hint: 'Rename the file with lowercase letters, digits and single hyphens; `continuum submit` does this for you.',
      })
    }
  },
}

export const folderRule: Rule = {
  id: 'links/folder',
  description: 'Entries in a portal checkout sit in the folder of their type and carry an assigned id.',
  check(entry, report) {
    const folder = folderKind(entry.path)
    if (!folder || !entry.type) return
    if (folder !== folderOf[entry.type]) {
      report({
        reason: `Unexpected ${entry.type} in \`${folder}/\`, expected it in \`${folderOf[entry.type]}/\``,
        place: fieldPlace(entry.frontMatter, 'type'),
        hint: `Move the file to \`${folderOf[entry.type]}/\`, or correct its \`type\`.`,
      })
    }
    const raw = entry.frontMatter?.raw as Record<string, unknown> | undefined
    if (raw && raw.id === undefined) {
      report({
        reason: `Missing \`id\` for an entry in \`${folder}/\``,
        place: {line: 1, column: 1},
        hint: 'Entries reach the portal through `continuum submit FILE`, which assigns the id; do not add files by hand.',
      })
    }
  },
}

export const uniqueRule: Rule = {
  id: 'links/unique',
  description: 'Ids and slugs are unique across the corpus.',
  checkCorpus(entries, report) {
    const byId = new Map<string, Entry>()
    const bySlug = new Map<string, Entry>()
    for (const entry of entries) {
      const id = rawOf(entry)?.id
      if (typeof id === 'string') {
        const first = byId.get(id)
        if (first) {
          report(entry, {
            reason: `Duplicate id \`${id}\`, already used by ${first.path}`,
            place: placeIn(entry, 'id'),
            hint: 'Ids are assigned once by `continuum submit`; remove this id and submit the file again to get a new one.',
          })
        } else byId.set(id, entry)
      }
      if (entry.refused) continue
      const slug = slugOf(entry.path)
      const first = bySlug.get(slug)
      if (first && first.path !== entry.path) {
        report(entry, {
          reason: `Duplicate slug \`${slug}\`, already used by ${first.path}`,
          place: {line: 1, column: 1},
          hint: 'Rename one of the files: page addresses come from file names.',
        })
      } else bySlug.set(slug, entry)
    }
  },
}

/** Relative links of one entry that do not point at an existing entry (known paths, or files on disk). */
export function checkRelativeLinks(entry: Entry, known: ReadonlySet<string>, report: (finding: Finding) => void) {
  if (!entry.tree || entry.context) return
  visit(entry.tree, 'link', (node: Link) => {
    const url = node.url
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return
    const target = decodeURI(url.split('#')[0]!.split('?')[0]!)
    const resolved = path.resolve(path.dirname(entry.path), target)
    const ok = /\.md$/.test(target) && ['practices', 'cases'].includes(path.basename(path.dirname(resolved))) && (known.has(resolved) || existsSync(resolved))
    if (!ok) {
      report({
        reason: `Unexpected link target \`${url}\`, expected an existing entry`,
        place: startOf(node),
        hint: 'Link other entries by relative path, e.g. `../practices/family-counselling.md`; check the spelling of the file name.',
      })
    }
  })
}

export const relativeLinkRule: Rule = {
  id: 'links/relative',
  description: 'Relative links point at existing entries (`.md` files in practices/ or cases/).',
  checkCorpus(entries, report) {
    const known = new Set(entries.map((entry) => path.resolve(entry.path)))
    for (const entry of entries) checkRelativeLinks(entry, known, (finding) => report(entry, finding))
  },
}

export const relatedPracticesRule: Rule = {
  id: 'links/related-practices',
  description: 'Every id in `relatedPractices` names a practice of the corpus.',
  checkCorpus(entries, report) {
    const practices = new Set<string>()
    for (const entry of entries) {
      const raw = rawOf(entry)
      if (raw?.type === 'practice' && typeof raw.id === 'string') practices.add(raw.id)
    }
    for (const entry of entries) {
      if (!entry.data || entry.context) continue
      for (const [index, id] of (entry.data.relatedPractices ?? []).entries()) {
        if (practices.has(id)) continue
        report(entry, {
          reason: `Unexpected related practice \`${id}\`, expected the id of a practice in practices/`,
          place: placeIn(entry, `relatedPractices.${index}`),
          hint: 'Copy the id from the `id:` line of the practice\'s file, or remove the line.',
        })
      }
    }
  },
}
