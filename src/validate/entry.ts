/** The loaded form of one contributed file, shared by every rule and consumer. */
import type {Root} from 'mdast'
import type {Document, LineCounter} from 'yaml'
import type {CommonData} from '../model/fields.js'
import type {SectionText} from './mdast.js'

export interface FrontMatter {
  /** The parsed YAML document, for positions. */
  readonly doc: Document.Parsed
  readonly lineCounter: LineCounter
  /** 1-based line of the first YAML line in the file. */
  readonly firstLine: number
  /** The YAML as plain data (before schema validation). */
  readonly raw: unknown
}

/** A link or link definition of a body, as plain data. */
export interface EntryLink {
  url: string
  title?: string
  place: {line: number; column: number; endLine?: number; endColumn?: number}
}

export interface Entry {
  /** Path as given, with forward slashes. */
  readonly path: string
  /** The text with BOM removed and CRLF normalised, or '' when the bytes were refused. */
  readonly text: string
  /** Declared type, when the front matter names a known one. */
  type?: string
  frontMatter?: FrontMatter
  /** Front matter that matches the schema of its type. */
  data?: CommonData
  /** 1-based line where the Markdown body starts. */
  bodyLine: number
  /** The body's syntax tree; positions are positions in the whole file. */
  tree?: Root
  /** True when loading stopped early (size, encoding, front matter syntax): other rules skip it. */
  refused: boolean
  /** When a worker parsed the file: its front matter as plain data, and where corpus rules point. */
  raw?: unknown
  places?: Record<string, {line: number; column: number}>
  /** The body's links, when a validation worker parsed the body instead of this thread. */
  links?: EntryLink[]
  /** The body as plain text, when a validation worker parsed the body instead of this thread. */
  plain?: string
  /** The body's second-level sections as published data, when a validation worker parsed the body. */
  sections?: SectionText[]
  /** Loaded only as context for corpus rules (ids, profiles): its own messages are not reported. */
  context?: boolean
}
