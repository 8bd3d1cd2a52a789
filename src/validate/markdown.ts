/**
 * The Markdown parser of every entry body: CommonMark with GitHub's extensions, as the portal
 * renders them. GFM's extensions cost time even where a file uses none of them (literal autolinks
 * are tried at every word, tables at every line: measured, GFM more than doubles the parse of an
 * entry), so each is switched on only for a text that could use it. The tree is the same as
 * remark-gfm's for every text (test/markdown.test.ts checks it against remark-gfm).
 */
import type {Root} from 'mdast'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import remarkParse from 'remark-parse'
import {type Processor, unified} from 'unified'

/**
 * Could the text hold a literal autolink? Each kind needs `www`, `http` or `@` in the decoded text;
 * a character reference (`&#64;`) is the only way to write one of them without its characters.
 */
const mayAutolink = (text: string) => /[@&]|www|http/i.test(text)
/**
 * Could the text hold a table? Its delimiter row holds a pipe or a colon against a dash (`:--`,
 * `--:`): a one-column table needs no pipe at all.
 */
const mayTable = (text: string) => /\||:-|-:/.test(text)

/** Could the text hold a footnote? Definitions and calls alike open with `[^`. */
const mayFootnote = (text: string) => text.includes('[^')
/** Could the text hold strikethrough? */
const mayStrike = (text: string) => text.includes('~')

/** GFM's extensions in remark-gfm's order, each with the test of a text that could use it (task list items always: they cost little). */
const extensions = [
  {may: mayAutolink, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown},
  {may: mayFootnote, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown},
  {may: mayStrike, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown},
  {may: mayTable, syntax: gfmTable, tree: gfmTableFromMarkdown},
  {may: () => true, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown},
]

type Parser = Processor<Root>
/** One parser per set of extensions, keyed by the set as bits. */
const parsers = new Map<number, Parser>()

function parserFor(text: string): Parser {
  const wanted = extensions.map((extension) => extension.may(text))
  const key = wanted.reduce((bits, on, index) => (on ? bits | (1 << index) : bits), 0)
  let parser = parsers.get(key)
  if (!parser) {
    const chosen = extensions.filter((_, index) => wanted[index])
    parser = unified().use(remarkParse)
    const data = parser.data()
    data.micromarkExtensions = chosen.map((extension) => extension.syntax())
    data.fromMarkdownExtensions = chosen.map((extension) => extension.tree())
    parsers.set(key, parser)
  }
  return parser
}

/** The mdast of a Markdown text, as remark-parse with remark-gfm gives it. */
export function parseMarkdown(text: string): Root {
  return parserFor(text).parse(text)
}
