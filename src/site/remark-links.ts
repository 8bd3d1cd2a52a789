/**
 * Links between entries, resolved at build time with the validator's resolver (src/model/links.ts):
 * a relative link to `../practices/x.md` becomes the entry's page address in either docs instance,
 * and a link to an entry the edition leaves out becomes plain text when it is marked as
 * practitioners-only, or stops the build when it is not (the validator refuses that link first).
 */
import path from 'node:path'
import type {Nodes, Parents, Root} from 'mdast'
import type {VFile} from 'vfile'
import {RESTRICTED_LINK_TITLE, resolveEntryLink} from '../model/links.js'
import type {Site} from './setup.js'

function located(file: VFile, node: Nodes, what: string): Error {
  const error = new Error(`${file.path}:${node.position?.start.line ?? 1}: ${what}`)
  error.stack = error.message
  return error
}

/** A remark plugin (no options: options would be serialised into the shipped configuration) bound to a site. */
export function entryLinksPlugin(site: Site) {
  const permalinks = new Map(site.corpus.published.map((entry) => [entry.path, entry.permalink]))
  const withheld = new Set(site.corpus.withheld)
  return () =>
    (tree: Root, file: VFile): void => {
      const from = path.relative(site.contentRoot, file.path).replaceAll('\\', '/')
      /** What a URL becomes: a page address, `null` for a withheld entry, or undefined to leave it. */
      const target = (node: Nodes & {url: string; title?: string | null}): string | null | undefined => {
        const resolution = resolveEntryLink(from, node.url)
        if (resolution.kind !== 'entry') return undefined
        const permalink = permalinks.get(resolution.target)
        if (permalink) return `${permalink}${resolution.hash}`
        if (withheld.has(resolution.target)) {
          if (node.title === RESTRICTED_LINK_TITLE) return null
          throw located(
            file,
            node,
            `link to \`${node.url}\`, which the ${site.edition} edition leaves out; mark it [text](${node.url} "${RESTRICTED_LINK_TITLE}") (continuum validate reports this as links/restricted).`,
          )
        }
        throw located(file, node, `link to \`${node.url}\`, which is not an entry of this portal (continuum validate reports this as links/relative).`)
      }
      const hidden = new Set<string>()
      const rewrite = (parent: Parents) => {
        const children = parent.children as Nodes[]
        for (let index = 0; index < children.length; index++) {
          const node = children[index]!
          if (node.type === 'link' || node.type === 'definition') {
            const url = target(node)
            if (url === null) {
              // The edition has no page to link to: keep the words, drop the link.
              if (node.type === 'definition') hidden.add(node.identifier)
              children.splice(index, 1, ...(node.type === 'link' ? (node.children as Nodes[]) : []))
              index--
              continue
            }
            if (url !== undefined) node.url = url
          }
          if (node.type === 'linkReference' && hidden.has(node.identifier)) {
            children.splice(index, 1, ...(node.children as Nodes[]))
            index--
            continue
          }
          if ('children' in node) rewrite(node)
        }
      }
      // Definitions first (they may follow the references that use them), then everything.
      for (const node of tree.children) if (node.type === 'definition' && target(node) === null) hidden.add(node.identifier)
      rewrite(tree)
    }
}
