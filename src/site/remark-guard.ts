/**
 * Defence in depth for the build: the validator refuses raw HTML and script-capable links, and this
 * remark plugin refuses them again while Docusaurus compiles each entry, so that a validator bug
 * cannot put markup of a contributor's choosing on a public page (with `format: 'md'` Docusaurus
 * renders raw HTML through rehype-raw).
 *
 * Self-contained on purpose (no runtime imports but Node's): docusaurus.config.ts imports it
 * directly, through Docusaurus's TypeScript loader, which mishandles ESM-only packages.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Nodes, Root} from 'mdast'
import type {VFile} from 'vfile'
import {bareCommentOf} from '../model/markup'
import {isRefusedUrl} from '../model/urls'

/** Whether raw HTML is exactly one bare comment and nothing else (the definition the validator uses). */
export function isBareComment(html: string): boolean {
  return bareCommentOf(html) !== undefined
}

/** Number of lines of the file before the text Docusaurus compiled (its front matter), or 0 if unknown. */
function linesBeforeBody(file: VFile): number {
  try {
    const source = readFileSync(file.path, 'utf8')
      .replace(/^\uFEFF/, '')
      .replaceAll('\r\n', '\n')
    const body = String(file.value)
    if (!source.endsWith(body)) return 0
    return source.slice(0, source.length - body.length).split('\n').length - 1
  } catch {
    return 0
  }
}

/** An error whose report is the located sentence itself, without a stack trace under it. */
function refusal(file: VFile, node: Nodes, what: string): Error {
  const where = file.path ? path.relative(file.cwd, file.path).replaceAll('\\', '/') : 'an entry'
  const line = (node.position?.start.line ?? 1) + (file.path ? linesBeforeBody(file) : 0)
  const column = node.position?.start.column ?? 1
  const error = new Error(`${where}:${line}:${column}: ${what}; the build refuses it even though the entry passed validation (report this as a validator bug).`)
  error.stack = error.message
  return error
}

/** A short, printable quotation of contributed text for an error message. */
function quote(text: string): string {
  const flat = JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)
  return flat.slice(1, -1)
}

/**
 * Remark plugin: throws a located Error on raw HTML other than one bare comment, and on a link,
 * image or definition whose URL uses a refused scheme.
 */
export function remarkGuard() {
  return (tree: Root, file: VFile): void => {
    const visit = (node: Nodes): void => {
      if (node.type === 'html' && !isBareComment(node.value)) {
        throw refusal(file, node, `raw HTML is not allowed in an entry (\`${quote(node.value)}\`)`)
      }
      if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isRefusedUrl(node.url)) {
        const kind = node.type === 'definition' ? 'link definition' : node.type
        throw refusal(file, node, `a ${kind} to a refused URL scheme is not allowed in an entry (\`${quote(node.url)}\`)`)
      }
      if ('children' in node) for (const child of node.children) visit(child)
    }
    visit(tree)
  }
}

/**
 * The remark plugins every entry is compiled with, before Docusaurus's own (both docs instances use
 * this list): later plugins, such as a link rewriter, are appended here.
 */
export const contentRemarkPlugins: Array<() => (tree: Root, file: VFile) => void> = [remarkGuard]
