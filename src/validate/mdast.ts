/** Small helpers over mdast shared by rules. */
import type {Heading, Nodes, Root, RootContent} from 'mdast'

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

/** A second-level section of a body as published data: heading, Markdown as written, plain text. */
export interface SectionText {
  heading: string
  markdown: string
  text: string
}

/** Plain text of inline content: words as written, no markup, nothing added between pieces. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return '\n'
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? ''
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('')
  return ''
}

/** Plain text of a block, its inner blocks on lines of their own. */
function blockText(node: Nodes): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node)
    case 'list':
      return node.children.map((item, index) => `${node.ordered ? `${(node.start ?? 1) + index}.` : '-'} ${blockText(item)}`).join('\n')
    case 'listItem':
    case 'blockquote':
      return node.children.map(blockText).join('\n')
    case 'code':
    case 'html':
      return node.value
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inlineText(cell)).join(' | ')).join('\n')
    case 'thematicBreak':
    case 'definition':
      return ''
    default:
      return inlineText(node)
  }
}

/**
 * The second-level sections of a body tree with their Markdown (sliced from `body`, the text the
 * tree was parsed from less `shift` leading characters) and plain text (blocks separated by a
 * blank line, list items on lines of their own).
 */
export function sectionTexts(tree: Root, body: string, shift = 0): SectionText[] {
  const sections: Array<{heading: string; nodes: RootContent[]}> = []
  let current: {heading: string; nodes: RootContent[]} | undefined
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      current = node.depth === 2 ? {heading: textOf(node).trim(), nodes: []} : undefined
      if (current) sections.push(current)
    } else current?.nodes.push(node)
  }
  return sections.map(({heading, nodes}) => {
    const first = nodes[0]?.position?.start.offset
    const last = nodes.at(-1)?.position?.end.offset
    return {
      heading,
      markdown: first === undefined || last === undefined ? '' : body.slice(first - shift, last - shift),
      text: nodes
        .map((node) => blockText(node).trim())
        .filter(Boolean)
        .join('\n\n'),
    }
  })
}
