/**
 * links/* — the corpus hangs together: ids and slugs are unique, file names are safe ASCII slugs,
 * entries sit in the folder of their type with an assigned id, relative links resolve, and related
 * practices exist.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import {RESTRICTED_LINK_TITLE, resolveEntryLink} from '../../../model/links.js'
import {folderOf} from '../../../model/schemas.js'
import type {Entry, EntryLink} from '../../entry.js'
import {fieldPlace, placeIn, rawOf} from '../../front-matter.js'
import {startOf} from '../../mdast.js'
import type {Rule} from '../../rule.js'

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
function isPublic(entry: Entry): boolean {
  const raw = rawOf(entry)
  return raw?.type === 'practice' || (raw?.type === 'case' && raw.visibility !== 'practitioners')
}

export const relativeLinkRule: Rule = {
  id: 'links/relative',
  description: 'Relative links point at existing entries (`.md` files in practices/ or cases/), resolved as the build resolves them.',
  checkCorpus(entries, report) {
    const known = new Set(entries.map((entry) => path.resolve(entry.path)))
    for (const entry of entries) {
      if (entry.context) continue
      for (const link of linksOf(entry)) {
        const resolution = resolveEntryLink(entry.path, link.url)
        if (resolution.kind === 'invalid') report(entry, {reason: resolution.reason, place: link.place, hint: resolution.hint})
        else if (resolution.kind === 'entry' && !known.has(path.resolve(resolution.target)) && !existsSync(resolution.target)) {
          report(entry, {
            reason: `Unexpected link target \`${link.url}\`, expected an existing entry`,
            place: link.place,
            hint: 'Link other entries by relative path, e.g. `../practices/family-counselling.md`; check the spelling of the file name.',
          })
        }
      }
    }
  },
}

export const imageAddressRule: Rule = {
  id: 'links/image',
  description: 'Images are shown from a full https:// address: entries carry no image files, and a relative image path would break the build.',
  check(entry, report) {
    // Case reviews may hold no image at all (anon/image says so).
    if (!entry.tree || entry.type === 'case') return
    visit(entry.tree, 'image', (node) => {
      const resolution = resolveEntryLink(entry.path, node.url)
      if (resolution.kind === 'external' && /^https?:\/\//i.test(node.url)) return
      report({
        reason: resolution.kind === 'invalid' && /^https?:/i.test(node.url) ? resolution.reason : `Unexpected image address \`${node.url.slice(0, 80)}\`, expected a full https:// address`,
        place: startOf(node),
        hint: 'Link an image published elsewhere by its https:// address, or remove it; entries hold text only.',
      })
    })
  },
}

export const restrictedLinkRule: Rule = {
  id: 'links/restricted',
  description: `A public entry links to a practitioners-only case review only with the title "${RESTRICTED_LINK_TITLE}", which the public edition shows as text without the link.`,
  checkCorpus(entries, report) {
    const byPath = new Map(entries.map((entry) => [path.resolve(entry.path), entry]))
    for (const entry of entries) {
      if (entry.context || !isPublic(entry)) continue
      for (const link of linksOf(entry)) {
        const resolution = resolveEntryLink(entry.path, link.url)
        if (resolution.kind !== 'entry') continue
        const target = byPath.get(path.resolve(resolution.target))
        if (!target || isPublic(target) || link.title === RESTRICTED_LINK_TITLE) continue
        report(entry, {
          reason: `Unexpected link from a public entry to the practitioners-only \`${link.url}\`, expected the link marked as practitioners-only`,
          place: link.place,
          hint: `The public edition leaves that entry out. Mark the link: [text](${link.url} "${RESTRICTED_LINK_TITLE}"); the public edition then shows its text without the link.`,
        })
      }
    }
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
      for (const [index, id] of ((entry.data as {relatedPractices?: string[]}).relatedPractices ?? []).entries()) {
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
