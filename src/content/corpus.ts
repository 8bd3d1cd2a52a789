/**
 * The published corpus: every entry of a checkout validated once, then filtered by edition once,
 * before any consumer (pages, browsers, topics, feeds, search) sees it. Nothing here knows of
 * Docusaurus or oclif.
 */
import path from 'node:path'
import type {EntryData} from '../model/schemas.js'
import type {ValidationCache} from '../validate/cache.js'
import type {Entry} from '../validate/entry.js'
import {corpusFiles} from '../validate/files.js'
import {formatStylish, type LintResult} from '../validate/report/format.js'
import {slugOf} from '../validate/rules/links/corpus.js'
import {validateFileEntries, validateSources} from '../validate/validate.js'
import {plainText} from '../validate/mdast.js'

export type Edition = 'public' | 'practitioners'
export const editions: readonly Edition[] = ['public', 'practitioners']

export type PracticeData = Extract<EntryData, {type: 'practice'}>
export type CaseData = Extract<EntryData, {type: 'case'}>

export interface Published<D extends EntryData = EntryData> {
  data: D
  /** Path relative to the content root, with forward slashes: `practices/x.md`. */
  path: string
  /** File name without `.md`: the readable part of the URL. */
  slug: string
  /** URL path on the portal, without base URL: `/practices/x`. */
  permalink: string
  /** The Markdown body (front matter removed), as validated. */
  body: string
  /** The body as plain text (for search). */
  text: string
  /** The whole file as validated (BOM dropped, LF line ends), to recognise it when a consumer reads it again. */
  source: string
}

export interface Corpus {
  edition: Edition
  root: string
  practices: Published<PracticeData>[]
  cases: Published<CaseData>[]
  /** Paths (relative to root) of valid entries left out of this edition. */
  withheld: string[]
  /** Validation results of every file, warnings included. */
  results: LintResult[]
  /** Every loaded entry, for validating one changed file against the others. */
  entries: Entry[]
}

/** The corpus did not validate: `report` is the same stylish text `continuum validate` prints. */
export class CorpusError extends Error {
  constructor(readonly report: string, readonly results: LintResult[]) {
    super(`Continuum entries did not validate; nothing was published.\n\n${report}`)
    this.name = 'CorpusError'
  }
}

/** Parses an edition name, with a message a person can act on. */
export function editionOf(value: string | undefined): Edition {
  if (value === undefined || value === '') return 'public'
  if ((editions as readonly string[]).includes(value)) return value as Edition
  throw new Error(`Unknown PORTAL_EDITION "${value}": expected "public" or "practitioners".`)
}

/** Whether an entry belongs to an edition. The one place that decides it. */
export function inEdition(data: EntryData, edition: Edition): boolean {
  return edition === 'practitioners' || data.type === 'practice' || data.visibility === 'public'
}

export function permalinkOf(data: Pick<EntryData, 'type'>, slug: string): string {
  return `/${data.type === 'practice' ? 'practices' : 'cases'}/${slug}`
}

/** Markdown body of a validated entry: the text after the front matter's closing line. */
export function bodyOf(entry: Entry): string {
  return entry.text.split('\n').slice(entry.bodyLine - 1).join('\n')
}

/**
 * Loads and validates every entry under `root`, then keeps those of `edition`. Throws CorpusError
 * on any error. With a validation worker script, a large corpus is validated on every core; with a
 * cache, only the entries changed since it was written are parsed and checked again.
 */
export async function loadCorpus(root: string, edition: Edition, options: {worker?: URL; budgetMs?: number; cache?: ValidationCache} = {}): Promise<Corpus> {
  const relativeOf = (file: string) => path.relative(root, path.resolve(root, file)).replaceAll('\\', '/')
  // With a cache (src/validate/cache.ts), unchanged entries are not checked again; `full` asks for
  // what publishing needs of each (text, front matter data, plain text).
  const validated = await validateFileEntries((await corpusFiles(root)).map((file) => path.resolve(root, file)), [], {...options, full: true})
  // Files are read by absolute path; the corpus speaks in paths relative to its root.
  for (const entry of validated.entries) Object.assign(entry, {path: relativeOf(entry.path)})
  const results = validated.results.map((result) => ({...result, filePath: relativeOf(result.filePath)}))
  const entries = validated.entries
  if (results.some((result) => result.errorCount > 0)) {
    throw new CorpusError(formatStylish(results.filter((result) => result.errorCount > 0), {cwd: root}), results)
  }
  const corpus: Corpus = {edition, root, practices: [], cases: [], withheld: [], results, entries}
  for (const entry of entries) {
    const data = entry.data!
    if (!inEdition(data, edition)) {
      corpus.withheld.push(entry.path)
      continue
    }
    const slug = slugOf(entry.path)
    const published = {data, path: entry.path, slug, permalink: permalinkOf(data, slug), body: bodyOf(entry), text: entry.plain ?? (entry.tree ? plainText(entry.tree) : ''), source: entry.text}
    if (data.type === 'practice') corpus.practices.push(published as Published<PracticeData>)
    else corpus.cases.push(published as Published<CaseData>)
  }
  const byTitle = (a: Published, b: Published) => a.data.title.localeCompare(b.data.title, 'en')
  corpus.practices.sort(byTitle)
  corpus.cases.sort(byTitle)
  return corpus
}

/**
 * Validates one file's current text against the rest of the corpus (a file edited while the
 * dev server runs). Returns the stylish report when it has errors.
 */
export function revalidate(corpus: Corpus, relativePath: string, text: string): {errors?: string; entry?: Entry} {
  const context = corpus.entries.filter((entry) => entry.path !== relativePath).map((entry) => ({path: entry.path, bytes: Buffer.from(entry.text)}))
  const {results, entries} = validateSources([{path: relativePath, bytes: Buffer.from(text)}], {context})
  if (results[0]!.errorCount > 0) return {errors: formatStylish(results, {cwd: corpus.root})}
  return {entry: entries[0]}
}
