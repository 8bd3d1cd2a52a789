/**
 * Loads one contributed file safely: size and encoding checks on the bytes, YAML-only front matter
 * (never an executable engine), then the Markdown body parsed once into mdast. Problems found here
 * are reported as messages on the file; nothing here throws for bad content.
 */
import {lstatSync, readFileSync} from 'node:fs'
import matter from 'gray-matter'
import type {Nodes, Root} from 'mdast'
import {LineCounter, parseDocument} from 'yaml'
import {entryTypeNames} from '../model/types/index.js'
import type {Entry, FrontMatter} from './entry.js'
import {limits} from './limits.js'
import {parseMarkdown} from './markdown.js'
import type {Finding, Rule} from './rule.js'
import {rule as internalError} from './rules/internal-error.js'
import {rule as binary} from './rules/safety/binary.js'
import {rule as encoding} from './rules/safety/encoding.js'
import {rule as fileSize} from './rules/safety/file-size.js'
import {rule as frontMatterLanguage} from './rules/safety/front-matter-language.js'
import {rule as frontMatterSize} from './rules/safety/front-matter-size.js'
import {rule as markupDensityRule, type Density} from './rules/safety/markup-density.js'
import {rule as nesting} from './rules/safety/nesting.js'
import {rule as symlink} from './rules/safety/symlink.js'
import {rule as yamlAliases} from './rules/safety/yaml-aliases.js'
import {rule as yamlDepthRule} from './rules/safety/yaml-depth.js'
import {rule as frontMatterRule} from './rules/schema/front-matter.js'
import {rule as typeRule} from './rules/schema/type.js'
import {rule as yamlSyntax} from './rules/schema/yaml-syntax.js'

/** Engines gray-matter would run as code: every one of them refuses. */
function refusingEngine(language: string) {
  return {
    parse(): never {
      throw new RefusedFrontMatter(language)
    },
    stringify(): never {
      throw new RefusedFrontMatter(language)
    },
  }
}

class RefusedFrontMatter extends Error {
  constructor(readonly language: string) {
    super(`front matter language ${language} refused`)
  }
}

/** Line (1-based) of a character offset in text. */
export function lineOf(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

/** A crude but safe nesting measure, run before the YAML parser so that hostile depth never reaches it. */
function yamlDepth(yaml: string): number {
  let depth = 0
  let max = 0
  let quote: string | undefined
  for (const char of yaml) {
    if (quote) {
      if (char === quote || char === '\n') quote = undefined
    } else if (char === '"' || char === "'") quote = char
    else if (char === '[' || char === '{') max = Math.max(max, ++depth)
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1)
  }
  let indentDepth = 0
  for (const line of yaml.split('\n')) {
    const indent = line.length - line.trimStart().length
    const listMarks = /^(\s*-\s+)+/.exec(line)?.[0].split('-').length ?? 1
    indentDepth = Math.max(indentDepth, Math.floor(indent / 2) + listMarks)
  }
  return Math.max(max, indentDepth)
}

/** The text rules read: byte order mark dropped, CRLF line ends as LF. */
export function normaliseText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replaceAll('\r\n', '\n')
}

export interface Source {
  path: string
  bytes: Uint8Array
  /** The path is a symbolic link (its bytes were not read). */
  symlink?: boolean
  /** Why the file could not be read, if it could not. */
  unreadable?: string
}

/** Reads a file for validation without following a symbolic link. */
export async function readSource(file: string): Promise<Source> {
  const {lstat, readFile} = await import('node:fs/promises')
  try {
    if ((await lstat(file)).isSymbolicLink()) return {path: file, bytes: new Uint8Array(), symlink: true}
    return {path: file, bytes: await readFile(file)}
  } catch (error) {
    return {path: file, bytes: new Uint8Array(), unreadable: (error as Error).message}
  }
}

/** readSource, synchronously (validation workers read one file at a time). */
export function readSourceSync(file: string): Source {
  try {
    if (lstatSync(file).isSymbolicLink()) return {path: file, bytes: new Uint8Array(), symlink: true}
    return {path: file, bytes: readFileSync(file)}
  } catch (error) {
    return {path: file, bytes: new Uint8Array(), unreadable: (error as Error).message}
  }
}

/**
 * Loads one file into an Entry, reporting load-time problems through `report`. With `body: false`
 * (context entries, read only for their front matter) the Markdown body is not parsed.
 */
export function loadEntry(source: Source, report: (entry: Entry, ruleId: string, finding: Finding) => void, options: {body?: boolean} = {}): Entry {
  const path = source.path.replaceAll('\\', '/')
  const entry: Entry = {path, text: '', bodyLine: 1, refused: true}
  const refuse = (rule: Rule, finding: Finding) => {
    report(entry, rule.id, finding)
    return entry
  }
  if (source.unreadable !== undefined) {
    return refuse(internalError, internalError.unreadable(source.unreadable))
  }
  if (source.symlink) {
    return refuse(symlink, symlink.finding())
  }
  const bytes = source.bytes
  if (bytes.byteLength > limits.maxFileBytes) {
    return refuse(fileSize, fileSize.finding(bytes.byteLength))
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    return refuse(binary, binary.finding(1 + countNewlines(bytes, nul)))
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    return refuse(encoding, encoding.finding(1 + countNewlines(bytes, bad)))
  }
  text = normaliseText(text)
  Object.assign(entry, {text})

  const firstLineEnd = text.indexOf('\n')
  const firstLine = (firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)).trimEnd()
  if (!firstLine.startsWith('---')) {
    return refuse(frontMatterRule, frontMatterRule.missing())
  }
  if (firstLine !== '---') {
    const language = firstLine.slice(3).trim()
    return refuse(frontMatterLanguage, frontMatterLanguage.named(language))
  }
  const close = /\n---[ \t]*(\n|$)/.exec(text.slice(3))
  if (!close) {
    return refuse(frontMatterRule, frontMatterRule.unclosed())
  }
  const yamlText = text.slice(firstLineEnd + 1, 3 + close.index + 1)
  if (Buffer.byteLength(yamlText) > limits.maxFrontMatterBytes) {
    return refuse(frontMatterSize, frontMatterSize.finding())
  }
  const depth = yamlDepth(yamlText)
  if (depth > limits.maxYamlDepth) {
    return refuse(yamlDepthRule, yamlDepthRule.finding(depth))
  }

  // gray-matter splits the file; its yaml engine is ours (positions, alias limits) and every
  // engine that would evaluate code refuses.
  const lineCounter = new LineCounter()
  let doc: FrontMatter['doc'] | undefined
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: {
          parse(yaml: string) {
            doc = parseDocument(yaml, {lineCounter, uniqueKeys: true, prettyErrors: true, strict: true, version: '1.2'})
            return {}
          },
          stringify: () => '',
        },
        js: refusingEngine('js'),
        javascript: refusingEngine('javascript'),
        coffee: refusingEngine('coffee'),
        coffeescript: refusingEngine('coffeescript'),
        json: refusingEngine('json'),
        toml: refusingEngine('toml'),
      } as unknown as matter.GrayMatterOption<string, never>['engines'],
    })
  } catch (error) {
    const language = error instanceof RefusedFrontMatter ? error.language : 'unknown'
    return refuse(frontMatterLanguage, frontMatterLanguage.engine(language))
  }
  if (!doc) {
    return refuse(frontMatterRule, frontMatterRule.empty())
  }
  // gray-matter hands the YAML over starting with the newline after `---`: YAML line 1 is file line 1.
  const yamlFirstLine = 1
  for (const error of doc.errors) {
    const pos = error.linePos?.[0]
    const aliasBomb = /alias/i.test(error.message)
    const place = {line: (pos?.line ?? 1) + yamlFirstLine - 1, column: pos?.col ?? 1}
    if (aliasBomb) report(entry, yamlAliases.id, yamlAliases.parseError(firstSentence(error.message), place))
    else report(entry, yamlSyntax.id, yamlSyntax.finding(firstSentence(error.message), place))
  }
  if (doc.errors.length > 0) return entry
  let raw: unknown
  try {
    raw = doc.toJS({maxAliasCount: limits.maxYamlAliases})
  } catch (error) {
    return refuse(yamlAliases, yamlAliases.refused(firstSentence((error as Error).message), yamlFirstLine))
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refuse(frontMatterRule, frontMatterRule.notMapping(yamlFirstLine))
  }
  const frontMatter: FrontMatter = {doc, lineCounter, firstLine: yamlFirstLine, raw}
  const bodyOffset = text.length - parsed.content.length
  const bodyLine = lineOf(text, bodyOffset)
  Object.assign(entry, {frontMatter, bodyLine, refused: false})

  const declared = (raw as Record<string, unknown>).type
  if (typeof declared === 'string' && entryTypeNames().includes(declared)) {
    entry.type = declared
  } else {
    const node = doc.get('type', true) as {range?: [number, number]} | undefined
    report(entry, typeRule.id, typeRule.finding(declared, node?.range ? yamlPlace(frontMatter, node.range[0]) : {line: yamlFirstLine, column: 1}))
  }
  if (options.body === false) return entry
  // Deep containers make the Markdown parser (and every tree walk after it) recurse: measured
  // on the lines before parsing, so hostile depth never reaches the parser.
  const bodyText = text.slice(bodyOffset)
  const deep = containerDepth(bodyText)
  if (deep.depth > limits.maxNesting) {
    return refuse(nesting, nesting.blocks(deep.depth, bodyLine + deep.line))
  }
  const dense = markupDensity(bodyText)
  if (dense) {
    return refuse(markupDensityRule, markupDensityRule.finding(dense, bodyLine))
  }
  // Parse the body with the front matter blanked out, so mdast positions are file positions.
  const tree = parseMarkdown('\n'.repeat(bodyLine - 1) + bodyText)
  const inline = inlineDepth(tree)
  if (inline.depth > limits.maxNesting) {
    return refuse(nesting, nesting.inline(inline.depth, {line: inline.line, column: inline.column}))
  }
  entry.tree = tree
  return entry
}

const thematicBreak = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/

/**
 * The deepest nesting of block containers a body can produce, read line by line: each `>` or list
 * marker at the start of a line opens one, and every two columns of indentation may continue one.
 * An over-estimate for odd indentation, never an under-estimate. Lines in fenced code are skipped.
 */
export function containerDepth(body: string): {depth: number; line: number} {
  let worst = {depth: 0, line: 0}
  let fence: string | undefined
  let lineIndex = 0
  for (let start = 0; start <= body.length; lineIndex++) {
    const newline = body.indexOf('\n', start)
    const end = newline === -1 ? body.length : newline
    let index = start
    let depth = 0
    let columns = 0
    // Indentation and container markers, interleaved: `  > - > text`.
    for (;;) {
      const code = body.charCodeAt(index)
      if (code === 32) {
        columns++
        index++
      } else if (code === 9) {
        columns += 4 - (columns % 4)
        index++
      } else if (code === 62) {
        depth++
        index++
      } else if ((code === 45 || code === 42 || code === 43) && (body.charCodeAt(index + 1) === 32 || body.charCodeAt(index + 1) === 9 || index + 1 === end)) {
        depth++
        index++
      } else if (code >= 48 && code <= 57) {
        let digits = index
        while (digits < end && digits - index < 10 && body.charCodeAt(digits) >= 48 && body.charCodeAt(digits) <= 57) digits++
        const mark = body.charCodeAt(digits)
        if ((mark === 46 || mark === 41) && (body.charCodeAt(digits + 1) === 32 || digits + 1 === end)) {
          depth++
          index = digits + 1
        } else break
      } else break
      if (index >= end) break
    }
    const rest = body.slice(index, Math.min(end, index + 3))
    // A thematic break (`* * *`, `- - -`) is one line of markers, not nesting.
    if (thematicBreak.test(body.slice(start, end))) depth = 0
    if (fence) {
      if (rest.startsWith(fence)) fence = undefined
    } else {
      if (rest === '```' || rest === '~~~') fence = rest
      const total = depth + Math.floor(columns / 2)
      if (total > worst.depth) worst = {depth: total, line: lineIndex}
    }
    start = end + 1
  }
  return worst
}

/**
 * Markup the Markdown parser handles in more than linear time, or slowly, counted per block
 * (lines between blank lines): emphasis delimiter runs (`*`, `_`, `~`), link and image openers,
 * table cells in one row, and rows in one table. Limits far above any real entry; the first block over one is returned
 * (safety/markup-density words the message).
 */
export function markupDensity(body: string): Density | undefined {
  let runs = 0
  let brackets = 0
  let blockLine = 0
  let line = 0
  let lineHasText = false
  let cells = 0
  // Consecutive lines holding a `|`: the rows of a table, and where it starts.
  let rows = 0
  let tableLine = 0
  for (let index = 0; index <= body.length; index++) {
    const code = index < body.length ? body.charCodeAt(index) : 10
    if (code === 10) {
      if (cells > limits.maxTableCells) return {kind: 'cells', count: cells, line}
      if (cells > 0) {
        if (rows++ === 0) tableLine = line
        if (rows > limits.maxTableRows) return {kind: 'rows', line: tableLine}
      } else rows = 0
      cells = 0
      line++
      if (!lineHasText) {
        runs = 0
        brackets = 0
        blockLine = line
      }
      lineHasText = false
      continue
    }
    if (code !== 32 && code !== 9 && code !== 13) lineHasText = true
    if ((code === 42 || code === 95 || code === 126) && body.charCodeAt(index - 1) !== code) runs++
    else if (code === 91) brackets++
    else if (code === 124) cells++
    if (runs > limits.maxDelimiterRuns) return {kind: 'emphasis', count: runs, line: blockLine}
    if (brackets > limits.maxDelimiterRuns) return {kind: 'brackets', count: brackets, line: blockLine}
  }
  return undefined
}

const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

/** The deepest nesting of inline markup in a tree, walked without recursion (the tree may be hostile). */
function inlineDepth(tree: Root): {depth: number; line: number; column: number} {
  let worst = {depth: 0, line: 1, column: 1}
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, above] = stack.pop()!
    const depth = above + (INLINE_CONTAINERS.has(node.type) ? 1 : 0)
    if (depth > worst.depth) worst = {depth, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1}
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth])
  }
  return worst
}

/** Position in the file of an offset in the front matter YAML. */
export function yamlPlace(frontMatter: FrontMatter, offset: number) {
  const pos = frontMatter.lineCounter.linePos(offset)
  return {line: pos.line + frontMatter.firstLine - 1, column: pos.col}
}

function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/\.$/, '')
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0
  for (let index = 0; index < end; index++) if (bytes[index] === 10) count++
  return count
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode (incomplete tails are allowed).
  let low = 0
  let high = bytes.length
  while (low < high) {
    const mid = (low + high) >>> 1
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, mid + 1), {stream: true})
      low = mid + 1
    } catch {
      high = mid
    }
  }
  return low
}
