/** Small helpers over mdast shared by rules. */
import type {Heading, Nodes, Root} from 'mdast'

/** Plain text of a node (text, inline code), without markup. */
export function textOf(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('')
  return ''
}

/** Plain text of a tree, its blocks and inline pieces separated by spaces (for search). */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(plainText).filter(Boolean).join(' ')
  return ''
}

export interface Section {
  heading: Heading
  title: string
  /** Top-level nodes after the heading, up to the next heading of the same or higher level. */
  content: Nodes[]
}

/** The second-level sections of a body. */
export function sectionsOf(tree: Root): Section[] {
  const sections: Section[] = []
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      if (node.depth === 2) sections.push({heading: node, title: textOf(node).trim(), content: []})
      else sections.push({heading: node, title: '', content: []})
    } else sections.at(-1)?.content.push(node)
  }
  return sections.filter((section) => section.heading.depth === 2)
}

/** Start place of a node. */
export function startOf(node: Nodes) {
  const start = node.position?.start
  const end = node.position?.end
  return {line: start?.line ?? 1, column: start?.column ?? 1, endLine: end?.line, endColumn: end?.column}
}

/** A section title as the structure rules compare them: lowercase letters and single spaces. */
export const normaliseTitle = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
