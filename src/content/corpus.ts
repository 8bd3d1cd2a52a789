/**
 * The published corpus: every entry of a checkout validated once, then filtered by edition once,
 * before any consumer (pages, browsers, topics, feeds, search) sees it. Nothing here knows of
 * Docusaurus or oclif.
 */
import path from 'node:path'
import {editions, type Edition} from '../model/editions.js'
import type {CommonData} from '../model/fields.js'
import {slugOf} from '../model/slug.js'
import {entryTypes, relatedIdsOf, typeOf, type EntryContext, type EntryTypeDefinition} from '../model/types/index.js'
import type {ValidationCache} from '../validate/cache.js'
import type {Entry} from '../validate/entry.js'
import {corpusFiles} from '../validate/files.js'
import {formatStylish, type LintResult} from '../validate/report/format.js'
import {validateFileEntries, validateFileEntriesStaged, validateSources} from '../validate/validate.js'
import {rule as unusedSuppression} from '../validate/rules/anon/unused-suppression.js'
import {plainText, sectionTexts, type SectionText} from '../validate/mdast.js'

export {editions, type Edition}

export interface Published<D extends CommonData = CommonData> {
  data: D
  /** The entry's type, from the registry. */
  type: EntryTypeDefinition<D>
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
  /** The body's second-level sections (Markdown and plain text), when validation parsed the body. */
  sections?: SectionText[]
  /** The whole file as validated (BOM dropped, LF line ends), to recognise it when a consumer reads it again. */
  source: string
}

export interface Corpus {
  edition: Edition
  root: string
  /** The entries of this edition: registry order of types, then by title. */
  published: Published[]
  /** Paths (relative to root) of valid entries left out of this edition. */
  withheld: string[]
  /** Validation results of every file, warnings included. */
  results: LintResult[]
  /** Every loaded entry, for validating one changed file against the others. */
  entries: Entry[]
}

/** The corpus did not validate: `report` is the same stylish text `continuum validate` prints. */
export class CorpusError extends Error {
  constructor(
    readonly report: string,
    readonly results: LintResult[],
  ) {
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

/** URL path of an entry: its type's folder and its slug. */
export function permalinkOf(data: Pick<CommonData, 'type'>, slug: string): string {
  return `/${typeOf(data.type)!.folder}/${slug}`
}

/** The id an entry is known by: its assigned id, or its slug before submission. */
export const idOf = (entry: Published) => entry.data.id ?? entry.slug

/** The published entries of one type, by title. */
export function entriesOf<D extends CommonData = CommonData>(corpus: Corpus, typeName: string): Published<D>[] {
  let byType = byTypes.get(corpus)
  if (!byType) {
    byType = new Map()
    for (const entry of corpus.published) {
      const list = byType.get(entry.type.name)
      if (list) list.push(entry)
      else byType.set(entry.type.name, [entry])
    }
    byTypes.set(corpus, byType)
  }
  return (byType.get(typeName) ?? []) as Published<D>[]
}
const byTypes = new WeakMap<Corpus, Map<string, Published[]>>()

/** The corpus's lookups: the types' EntryContext, plus the published entries behind them. */
export interface CorpusContext extends EntryContext {
  published(id: string): Published | undefined
  /** Published entries that name this id among their related ids. */
  citingEntries(id: string): Published[]
}

const contexts = new WeakMap<Corpus, CorpusContext>()

/** Lookups across the corpus that types use for fields that depend on other entries. */
export function contextOf(corpus: Corpus): CorpusContext {
  let context = contexts.get(corpus)
  if (!context) {
    const byId = new Map(corpus.published.map((entry) => [idOf(entry), entry]))
    const citing = new Map<string, Published[]>()
    for (const entry of corpus.published) {
      for (const id of relatedIdsOf(entry.type, entry.data)) {
        const list = citing.get(id)
        if (list) list.push(entry)
        else citing.set(id, [entry])
      }
    }
    context = {
      byId: (id) => byId.get(id)?.data,
      citing: (id) => (citing.get(id) ?? []).map((entry) => entry.data),
      published: (id) => byId.get(id),
      citingEntries: (id) => citing.get(id) ?? [],
    }
    contexts.set(corpus, context)
  }
  return context
}

/** Markdown body of a validated entry: the text after the front matter's closing line. */
export function bodyOf(entry: Entry): string {
  return entry.text
    .split('\n')
    .slice(entry.bodyLine - 1)
    .join('\n')
}

/**
 * Loads and validates every entry under `root`, then keeps those of `edition`. Throws CorpusError
 * on any error. With a validation worker script, a large corpus is validated on every core; with a
 * cache, only the entries changed since it was written are parsed and checked again.
 */
export async function loadCorpus(root: string, edition: Edition, options: {worker?: URL; budgetMs?: number; cache?: ValidationCache} = {}): Promise<Corpus> {
  // With a cache (src/validate/cache.ts), unchanged entries are not checked again; `full` asks for
  // what publishing needs of each (text, front matter data, plain text).
  const validated = await validateFileEntries(await absoluteFiles(root), [], {...options, full: true})
  return corpusOf(root, edition, validated)
}

/** A corpus whose deferred validation is still running: `validated` settles when it is done, rejecting with CorpusError on any error. */
export interface StagedCorpus {
  corpus: Corpus
  validated: Promise<void>
}

/**
 * loadCorpus for a build that bundles while it validates. Resolves as soon as what the pages need
 * is validated: every file loaded and parsed, and every rule but the deferred ones (the
 * anonymisation detectors, which only produce findings) passed, the safety rules among them. Throws
 * CorpusError, with the whole report, when any of those failed. `validated` settles once the
 * deferred rules have run too: it rejects with CorpusError (the report `continuum validate` prints)
 * on any error, and then sets the corpus's results to the whole validation's. With `deferUntil`,
 * the deferred rules start when it settles (at once when the first part failed: the whole report
 * is printed then).
 */
export async function loadCorpusStaged(
  root: string,
  edition: Edition,
  options: {worker?: URL; budgetMs?: number; cache?: ValidationCache; deferUntil?: Promise<unknown>} = {},
): Promise<StagedCorpus> {
  // The deferred rules wait for `deferUntil`, unless the whole report is needed now.
  let now = () => {}
  const {deferUntil, ...rest} = options
  const gate = deferUntil && Promise.race([deferUntil, new Promise<void>((resolve) => (now = resolve))])
  const {first, all} = validateFileEntriesStaged(await absoluteFiles(root), [], {...rest, full: true, ...(gate ? {deferUntil: gate} : {})})
  const early = await first
  // Unused suppressions are not known before the deferred rules have run.
  const failedEarly = early?.results.some((result) => result.messages.some((message) => message.severity === 2 && message.ruleId !== unusedSuppression.id))
  if (!early || failedEarly) {
    now()
    const corpus = corpusOf(root, edition, await all)
    return {corpus, validated: Promise.resolve()}
  }
  const corpus = corpusOf(root, edition, early)
  const validated = all.then((whole) => {
    const checked = corpusOf(root, edition, whole)
    corpus.results = checked.results
    corpus.entries = checked.entries
  })
  return {corpus, validated}
}

async function absoluteFiles(root: string): Promise<string[]> {
  return (await corpusFiles(root)).map((file) => path.resolve(root, file))
}

/** The corpus of validated entries; throws CorpusError when any has an error. */
function corpusOf(root: string, edition: Edition, validated: {results: LintResult[]; entries: Entry[]}): Corpus {
  const relativeOf = (file: string) => path.relative(root, path.resolve(root, file)).replaceAll('\\', '/')
  // Files are read by absolute path; the corpus speaks in paths relative to its root.
  for (const entry of validated.entries) Object.assign(entry, {path: relativeOf(entry.path)})
  const results = validated.results.map((result) => ({...result, filePath: relativeOf(result.filePath)}))
  const entries = validated.entries
  if (results.some((result) => result.errorCount > 0)) {
    throw new CorpusError(
      formatStylish(
        results.filter((result) => result.errorCount > 0),
        {cwd: root},
      ),
      results,
    )
  }
  const corpus: Corpus = {edition, root, published: [], withheld: [], results, entries}
  for (const entry of entries) {
    const data = entry.data!
    const type = typeOf(data.type)!
    if (!type.visibleIn(data, edition)) {
      corpus.withheld.push(entry.path)
      continue
    }
    const slug = slugOf(entry.path)
    corpus.published.push({
      data,
      type,
      path: entry.path,
      slug,
      permalink: permalinkOf(data, slug),
      body: bodyOf(entry),
      text: entry.plain ?? (entry.tree ? plainText(entry.tree) : ''),
      ...(entry.sections ? {sections: entry.sections} : entry.tree ? {sections: sectionTexts(entry.tree, bodyOf(entry), entry.bodyLine - 1)} : {}),
      source: entry.text,
    })
  }
  const order = new Map(entryTypes().map((type, index) => [type.name, index]))
  corpus.published.sort((a, b) => order.get(a.type.name)! - order.get(b.type.name)! || a.data.title.localeCompare(b.data.title, 'en'))
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
