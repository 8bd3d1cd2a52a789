/**
 * Links between entries in exported Markdown, resolved as the portal resolves them
 * (src/site/remark-links.ts, the validator's resolver): a relative link to another entry becomes
 * the absolute address of its page, and a link to an entry the edition leaves out becomes its plain
 * words, so no file name of a withheld entry reaches the edition's data. Other links stay as written.
 */
import type {Link, LinkReference, Nodes} from 'mdast'
import {resolveEntryLink} from '../../model/links.js'
import {parseMarkdown} from '../../validate/markdown.js'

export interface LinkTargets {
  /** Entry path (`practices/x.md`) → absolute page address, for the entries of the edition. */
  pages: ReadonlyMap<string, string>
}

interface Edit {
  start: number
  end: number
  text: string
}

/** The Markdown of a section of the entry at `from`, its links to entries resolved for the edition. */
export function resolveLinks(from: string, markdown: string, targets: LinkTargets): string {
  // Most sections link to no other entry: only those with a link or a definition are parsed.
  if (!markdown.includes('](') && !markdown.includes(']:') && !markdown.includes('][')) return markdown
  const tree = parseMarkdown(markdown)
  const edits: Edit[] = []
  const hidden = new Set<string>()
  /** The page address of an entry link, null for an entry the edition leaves out, undefined for any other link. */
  const target = (url: string): string | null | undefined => {
    const resolution = resolveEntryLink(from, url)
    if (resolution.kind !== 'entry') return undefined
    const page = targets.pages.get(resolution.target)
    return page ? `${page}${resolution.hash}` : null
  }
  const span = (node: Nodes) => ({start: node.position!.start.offset!, end: node.position!.end.offset!})
  const inner = (node: Link | LinkReference) => {
    const first = node.children[0]
    const last = node.children.at(-1)
    return first && last ? markdown.slice(span(first).start, span(last).end) : ''
  }
  for (const node of tree.children) if (node.type === 'definition' && target(node.url) === null) hidden.add(node.identifier)
  const visit = (node: Nodes) => {
    if (node.type === 'link') {
      const url = target(node.url)
      if (url === null) edits.push({...span(node), text: inner(node)})
      else if (url !== undefined) edits.push({...span(node), text: `[${inner(node)}](<${url}>)`})
      if (url !== undefined) return
    } else if (node.type === 'definition') {
      const url = target(node.url)
      if (url === null) edits.push({...span(node), text: ''})
      else if (url !== undefined) edits.push({...span(node), text: `[${(node).label ?? node.identifier}]: <${url}>`})
      return
    } else if (node.type === 'linkReference' && hidden.has(node.identifier)) {
      edits.push({...span(node), text: inner(node)})
      return
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(tree)
  let out = markdown
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return out
}
