/**
 * Loads one contributed file safely: size and encoding checks on the bytes, YAML-only front matter
 * (never an executable engine), then the Markdown body parsed once into mdast. Problems found here
 * are reported as messages on the file; nothing here throws for bad content.
 */
import {lstatSync, readFileSync} from 'node:fs'
import matter from 'gray-matter'
import type {Nodes, Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {LineCounter, parseDocument} from 'yaml'
import type {EntryType} from '../model/schemas.js'
import {entryTypeNames} from '../model/types/index.js'
import type {Entry, FrontMatter} from './entry.js'
import {limits} from './limits.js'
import type {Finding} from './rule.js'
import {didYouMean} from './suggest.js'

const parser = unified().use(remarkParse).use(remarkGfm)

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
 * Loads one file into an Entry, attaching load-time problems to `entry.file`. With `body: false`
 * (context entries, read only for their front matter) the Markdown body is not parsed.
 */
export function loadEntry(source: Source, report: (entry: Entry, ruleId: string, finding: Finding) => void, options: {body?: boolean} = {}): Entry {
  const path = source.path.replaceAll('\\', '/')
  const file = new VFile({path})
  const entry: Entry = {file, path, text: '', bodyLine: 1, refused: true}
  const refuse = (ruleId: string, finding: Finding) => {
    report(entry, ruleId, finding)
    return entry
  }
  if (source.unreadable !== undefined) {
    return refuse('internal-error', {
      reason: `Could not read the file: ${source.unreadable}`,
      place: {line: 1, column: 1},
      hint: 'Check that the file exists and that you may read it, then run the command again.',
    })
  }
  if (source.symlink) {
    return refuse('safety/symlink', {
      reason: 'Unexpected symbolic link, expected a regular file',
      place: {line: 1, column: 1},
      hint: 'Entries are files in the checkout: replace the link with the file itself (a link could point outside the portal, and the build would not follow it).',
    })
  }
  const bytes = source.bytes
  if (bytes.byteLength > limits.maxFileBytes) {
    return refuse('safety/file-size', {
      reason: `File is ${bytes.byteLength.toLocaleString('en')} bytes, over the ${limits.maxFileBytes.toLocaleString('en')}-byte limit`,
      place: {line: 1, column: 1},
      hint: 'An entry is text of a few pages: split it, or move long annexes to a linked source.',
    })
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    return refuse('safety/binary', {
      reason: 'Unexpected binary content (a NUL byte), expected UTF-8 text',
      place: {line: 1 + countNewlines(bytes, nul), column: 1},
      hint: 'Entries are Markdown text files; images and attachments are not accepted here.',
    })
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    return refuse('safety/encoding', {
      reason: 'Unexpected invalid UTF-8 bytes, expected UTF-8 text',
      place: {line: 1 + countNewlines(bytes, bad), column: 1},
      hint: 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
    })
  }
  text = normaliseText(text)
  Object.assign(entry, {text})
  file.value = text

  const firstLineEnd = text.indexOf('\n')
  const firstLine = (firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)).trimEnd()
  if (!firstLine.startsWith('---')) {
    return refuse('schema/front-matter', {
      reason: 'Missing front matter, expected the file to start with a `---` line',
      place: {line: 1, column: 1},
      hint: 'Start the file with YAML front matter between two `---` lines; `continuum new practice` writes a template.',
    })
  }
  if (firstLine !== '---') {
    const language = firstLine.slice(3).trim()
    return refuse('safety/front-matter-language', {
      reason: `Unexpected front matter language \`${language}\`, expected plain YAML after \`---\``,
      place: {line: 1, column: 4},
      hint: 'Front matter is data, never code: write `---` alone on the first line and YAML below it.',
    })
  }
  const close = /\n---[ \t]*(\n|$)/.exec(text.slice(3))
  if (!close) {
    return refuse('schema/front-matter', {
      reason: 'Unclosed front matter, expected a closing `---` line',
      place: {line: 1, column: 1},
      hint: 'End the front matter with a line holding only `---`, then the Markdown body.',
    })
  }
  const yamlText = text.slice(firstLineEnd + 1, 3 + close.index + 1)
  if (Buffer.byteLength(yamlText) > limits.maxFrontMatterBytes) {
    return refuse('safety/front-matter-size', {
      reason: `Front matter over the ${limits.maxFrontMatterBytes / 1024} KiB limit`,
      place: {line: 2, column: 1},
      hint: 'Front matter holds short metadata; move long text into the body.',
    })
  }
  const depth = yamlDepth(yamlText)
  if (depth > limits.maxYamlDepth) {
    return refuse('safety/yaml-depth', {
      reason: `Front matter nested ${depth} levels deep, over the limit of ${limits.maxYamlDepth}`,
      place: {line: 2, column: 1},
      hint: 'The content model needs at most three levels (e.g. profile → gender); flatten the YAML.',
    })
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
    return refuse('safety/front-matter-language', {
      reason: `Unexpected front matter language \`${language}\`, expected plain YAML`,
      place: {line: 1, column: 1},
      hint: 'Front matter is data, never code: write `---` alone on the first line and YAML below it.',
    })
  }
  if (!doc) {
    return refuse('schema/front-matter', {
      reason: 'Empty front matter, expected YAML fields between the `---` lines',
      place: {line: 1, column: 1},
      hint: 'Run `continuum new practice` or `continuum new case` for a template.',
    })
  }
  // gray-matter hands the YAML over starting with the newline after `---`: YAML line 1 is file line 1.
  const yamlFirstLine = 1
  for (const error of doc.errors) {
    const pos = error.linePos?.[0]
    const aliasBomb = /alias/i.test(error.message)
    report(entry, aliasBomb ? 'safety/yaml-aliases' : 'schema/yaml-syntax', {
      reason: `Invalid YAML: ${firstSentence(error.message)}`,
      place: {line: (pos?.line ?? 1) + yamlFirstLine - 1, column: pos?.col ?? 1},
      hint: aliasBomb
        ? 'Entries need no YAML anchors or aliases: write each value out.'
        : 'Check indentation, quotes and colons on this line; quote text that contains `: ` or starts with a special character.',
    })
  }
  if (doc.errors.length > 0) return entry
  let raw: unknown
  try {
    raw = doc.toJS({maxAliasCount: limits.maxYamlAliases})
  } catch (error) {
    return refuse('safety/yaml-aliases', {
      reason: `Refused YAML: ${firstSentence((error as Error).message)}`,
      place: {line: yamlFirstLine, column: 1},
      hint: 'Entries need no YAML anchors or aliases: write each value out.',
    })
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refuse('schema/front-matter', {
      reason: 'Unexpected front matter shape, expected a mapping of `field: value` lines',
      place: {line: yamlFirstLine, column: 1},
      hint: 'Write one `field: value` per line, e.g. `type: practice`.',
    })
  }
  const frontMatter: FrontMatter = {doc, lineCounter, firstLine: yamlFirstLine, raw}
  const bodyOffset = text.length - parsed.content.length
  const bodyLine = lineOf(text, bodyOffset)
  Object.assign(entry, {frontMatter, bodyLine, refused: false})

  const declared = (raw as Record<string, unknown>).type
  if (typeof declared === 'string' && entryTypeNames().includes(declared)) {
    entry.type = declared as EntryType
  } else {
    const node = doc.get('type', true) as {range?: [number, number]} | undefined
    const suggestion = typeof declared === 'string' ? didYouMean(declared, entryTypeNames()) : undefined
    report(entry, 'schema/type', {
      reason: declared === undefined
        ? 'Missing `type`, expected `type: practice` or `type: case`'
        : `Unexpected type \`${String(declared)}\`, expected \`practice\` or \`case\``,
      place: node?.range ? yamlPlace(frontMatter, node.range[0]) : {line: yamlFirstLine, column: 1},
      hint: suggestion ? `Did you mean \`${suggestion}\`?` : 'Declare the entry type in the front matter so the file can be checked anywhere.',
    })
  }
  if (options.body === false) return entry
  // Deep containers make the Markdown parser (and every tree walk after it) recurse: measured
  // on the lines before parsing, so hostile depth never reaches the parser.
  const bodyText = text.slice(bodyOffset)
  const deep = containerDepth(bodyText)
  if (deep.depth > limits.maxNesting) {
    return refuse('safety/nesting', {
      reason: `Block quotes, lists or indentation nested ${deep.depth} levels deep, over the limit of ${limits.maxNesting}`,
      place: {line: bodyLine + deep.line, column: 1},
      hint: 'Flatten the structure: entries need at most three or four levels of lists or quotes.',
    })
  }
  const dense = markupDensity(bodyText)
  if (dense) {
    return refuse('safety/markup-density', {
      reason: dense.reason,
      place: {line: bodyLine + dense.line, column: 1},
      hint: 'Write it as prose or a short list: the Markdown parser slows down sharply on this much markup in one block.',
    })
  }
  // Parse the body with the front matter blanked out, so mdast positions are file positions.
  const tree = parser.parse('\n'.repeat(bodyLine - 1) + bodyText) as Root
  const inline = inlineDepth(tree)
  if (inline.depth > limits.maxNesting) {
    return refuse('safety/nesting', {
      reason: `Emphasis, links or other inline markup nested ${inline.depth} levels deep, over the limit of ${limits.maxNesting}`,
      place: {line: inline.line, column: inline.column},
      hint: 'Nest emphasis at most a level or two: **bold with _emphasis_** is as deep as an entry needs.',
    })
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
 * table cells in one row, and rows in one table. Limits far above any real entry; the first block over one is returned.
 */
export function markupDensity(body: string): {reason: string; line: number} | undefined {
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
      if (cells > limits.maxTableCells) return {reason: `Unexpected table row of ${cells.toLocaleString('en')} cells, expected at most ${limits.maxTableCells}`, line}
      if (cells > 0) {
        if (rows++ === 0) tableLine = line
        if (rows > limits.maxTableRows) return {reason: `Unexpected table of more than ${limits.maxTableRows} rows, expected a shorter one`, line: tableLine}
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
    if (runs > limits.maxDelimiterRuns) return {reason: `Unexpected ${runs.toLocaleString('en')}+ emphasis markers (\`*\`, \`_\`, \`~\`) in one paragraph, expected at most ${limits.maxDelimiterRuns}`, line: blockLine}
    if (brackets > limits.maxDelimiterRuns) return {reason: `Unexpected ${brackets.toLocaleString('en')}+ \`[\` in one paragraph, expected at most ${limits.maxDelimiterRuns}`, line: blockLine}
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
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '')
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
