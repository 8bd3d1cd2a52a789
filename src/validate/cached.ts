/**
 * Validation through the cache (cache.ts): a file whose bytes and path form were checked before by
 * the same validator is not parsed again; its own findings and the facts corpus rules read are
 * taken from the cache. Context files (the rest of the checkout) are read the same way. The corpus
 * rules then run on every entry, as in a run without the cache, so that a change to one file (an
 * id, a link target, a profile) reaches every file that depends on it. Same results as a run
 * without the cache; test/cache.test.ts holds that for random prior states of the cache.
 */
import {lstatSync, readFileSync, type Stats} from 'node:fs'
import {isAbsolute, resolve, sep} from 'node:path'
import {corpusPlaces} from './front-matter.js'
import {rule as internalErrorRule} from './rules/internal-error.js'
import {rule as timeBudgetRule} from './rules/safety/time-budget.js'
import {DATA_FIELDS, factsOf, projector, RAW_FIELDS, type Facts, type Lookup, type ValidationCache} from './cache.js'
import type {Entry} from './entry.js'
import {limits} from './limits.js'
import {normaliseText, readSourceSync, type Source} from './load.js'
import type {LintResult} from './report/format.js'
import {corpusResults, entryOfResult, type OwnCheck, type WorkerResult} from './validate.js'

export interface CachedOptions {
  cache: ValidationCache
  worker?: URL
  threads?: number
  budgetMs?: number
  /** Entries for the build: each with its text, full front matter data and plain text. */
  full?: boolean
  /** How files are looked at (a long-lived process passes one that remembers what did not change). */
  fileSystem?: FileSystem
  /** Context entries rebuilt from cached facts, kept between the runs of a long-lived process. */
  memo?: FactsMemo
  /** Staged runs: the deferred rules wait for this (staged.ts). */
  deferUntil?: Promise<unknown>
}

/** What the cache needs of the file system. */
export interface FileSystem {
  lstat: (file: string) => Stats
  read: (file: string) => Buffer
}

/**
 * Context entries rebuilt from cached facts, by the facts they come from (a cache record's facts
 * are replaced, never changed, when their file changes), for a process that validates again and
 * again (the validation server). A corpus rule reading a field the facts lack is told to the run
 * in progress.
 */
export class FactsMemo {
  readonly entries = new WeakMap<Facts, Map<string, Entry>>()
  onMiss: (field: string) => void = () => {}
  readonly wrap: Projectors = {raw: projector(RAW_FIELDS, (field) => this.onMiss(field)), data: projector(DATA_FIELDS, (field) => this.onMiss(field))}
}

/** How a cached run went. */
export interface CacheUse {
  /** Files checked (parsed and run through every rule). */
  checked: number
  /** Files whose own checking came from the cache. */
  reused: number
  /** Context files read from their front matter (not in the cache). */
  contextLoaded: number
  /** Why the cache's facts were set aside for this run, if they were (a corpus rule read a field they do not hold). */
  setAside?: string
}

const nodeFileSystem: FileSystem = {lstat: lstatSync, read: readFileSync}

/** Results a cache may keep: not those of a check that was stopped or failed (a later run may finish it). */
function cacheable(result: WorkerResult): boolean {
  return result.hash !== undefined && !result.findings.some((found) => found.ruleId === timeBudgetRule.id || found.ruleId === internalErrorRule.id)
}

interface Projectors {
  raw: (value: Record<string, unknown>) => Record<string, unknown>
  data: (value: Record<string, unknown>) => Record<string, unknown>
}

/** An entry rebuilt from cached facts; fields corpus rules do not read are absent, and reading one is noticed. */
function entryOfFacts(
  path: string,
  facts: Facts,
  wrap: Projectors,
  extra: {text?: string; bodyLine?: number; plain?: string; sections?: Entry['sections']; data?: unknown; context?: boolean} = {},
): Entry {
  return {
    path,
    text: extra.text ?? '',
    bodyLine: extra.bodyLine ?? 1,
    refused: facts.refused,
    ...(facts.type ? {type: facts.type} : {}),
    ...(extra.data !== undefined ? {data: extra.data as Entry['data']} : facts.data ? {data: wrap.data(facts.data) as unknown as Entry['data']} : {}),
    ...(facts.raw ? {raw: wrap.raw(facts.raw)} : {}),
    ...(facts.places ? {places: facts.places} : {}),
    ...(facts.links ? {links: facts.links} : {}),
    ...(extra.plain !== undefined ? {plain: extra.plain} : {}),
    ...(extra.sections !== undefined ? {sections: extra.sections} : {}),
    ...(extra.context ? {context: true} : {}),
  }
}

function textOf(bytes: Buffer | undefined): string {
  return bytes ? normaliseText(new TextDecoder('utf-8').decode(bytes)) : ''
}

/**
 * Validates `paths` with `contextPaths` as context, through the cache; same results as
 * validateFileEntries without it. Returns undefined when the cache's facts had to be set aside
 * (the caller then validates without the cache).
 */
export async function validateCached(
  paths: readonly string[],
  contextPaths: readonly string[],
  options: CachedOptions,
): Promise<{results: LintResult[]; entries: Entry[]; use: CacheUse} | {setAside: string}> {
  return await validateCachedRun(paths, contextPaths, options)
}

/** What is known once every file's first part is checked (Part): the entries, and results without the deferred rules' findings. */
export interface FirstPart {
  results: LintResult[]
  entries: Entry[]
}

/**
 * validateCached, with files checked in two parts (staged.ts): `first` resolves once every file's
 * first part is known (cached files are known whole), with the entries and the results so far;
 * undefined when the run could not tell early (then wait for `all`). `all` is validateCached's.
 */
export function validateCachedStaged(
  paths: readonly string[],
  contextPaths: readonly string[],
  options: CachedOptions,
): {first: Promise<FirstPart | undefined>; all: Promise<{results: LintResult[]; entries: Entry[]; use: CacheUse} | {setAside: string}>} {
  let resolveFirst!: (part: FirstPart | undefined) => void
  const first = new Promise<FirstPart | undefined>((resolve) => (resolveFirst = resolve))
  const all = validateCachedRun(paths, contextPaths, options, resolveFirst)
  // Settles `first` however the run ends (resolving twice keeps the first value).
  all.then(
    () => resolveFirst(undefined),
    () => resolveFirst(undefined),
  )
  return {first, all}
}

async function validateCachedRun(
  paths: readonly string[],
  contextPaths: readonly string[],
  options: CachedOptions,
  onFirst?: (part: FirstPart | undefined) => void,
): Promise<{results: LintResult[]; entries: Entry[]; use: CacheUse} | {setAside: string}> {
  const {cache} = options
  const budgetMs = options.budgetMs ?? limits.fileBudgetMs
  const use: CacheUse = {checked: 0, reused: 0, contextLoaded: 0}
  let miss: string | undefined
  const onMiss = (field: string) => (miss ??= field)
  const wrap: Projectors = {raw: projector(RAW_FIELDS, onMiss), data: projector(DATA_FIELDS, onMiss)}
  const fileSystem = options.fileSystem ?? nodeFileSystem
  const {memo} = options
  if (memo) memo.onMiss = onMiss

  // Files checked in this run: their own checking is reused when cached for this path form.
  const entries: Array<Entry | undefined> = []
  const own: Array<OwnCheck | undefined> = []
  const toCheck: Array<{index: number; file: string; lookup: Lookup}> = []
  paths.forEach((file, index) => {
    const as = file.replaceAll('\\', '/')
    const lookup = cache.lookup(file, fileSystem)
    const mine = cache.ownOf(lookup.record, as)
    const build = options.full && lookup.record ? cache.buildOf(lookup.record.hash) : undefined
    if (!lookup.record || !mine || (options.full && (!build || !lookup.bytes))) {
      toCheck.push({index, file, lookup})
      return
    }
    use.reused++
    own[index] = {findings: mine.findings, suppressions: mine.suppressions}
    entries[index] = entryOfFacts(as, mine.self, wrap, {
      bodyLine: mine.bodyLine,
      ...(options.full
        ? {
            text: mine.hasText ? textOf(lookup.bytes) : '',
            plain: build!.plain,
            ...(Array.isArray(build!.sections) ? {sections: build!.sections} : {}),
            ...(build!.data !== undefined ? {data: build!.data} : {}),
          }
        : {}),
    })
  })

  // Context files: front matter facts from the cache, else read (front matter only) and stored.
  const wanted = new Set(paths.map((file) => resolve(file)))
  const context: Entry[] = []
  const loadContextOf = (await import('./check.js')).contextEntry
  for (const file of contextPaths) {
    if (wanted.has(isAbsolute(file) && !file.includes(`${sep}.`) ? file : resolve(file))) continue
    const lookup = cache.lookup(file, fileSystem)
    const as = file.replaceAll('\\', '/')
    if (lookup.record?.context) {
      const facts = lookup.record.context
      if (!memo) {
        context.push(entryOfFacts(as, facts, wrap, {context: true}))
        continue
      }
      let byPath = memo.entries.get(facts)
      if (!byPath) memo.entries.set(facts, (byPath = new Map<string, Entry>()))
      let entry = byPath.get(as)
      if (!entry) byPath.set(as, (entry = entryOfFacts(as, facts, memo.wrap, {context: true})))
      context.push(entry)
      continue
    }
    use.contextLoaded++
    const source: Source = lookup.bytes && !lookup.uncacheable ? {path: file, bytes: lookup.bytes} : readSourceSync(file)
    const entry = loadContextOf(source)
    context.push(entry)
    if (!lookup.uncacheable && lookup.hash) {
      cache.store(file, lookup.hash, lookup.stat, {
        context: factsOf({
          refused: entry.refused,
          type: entry.type,
          data: entry.data,
          raw: entry.frontMatter?.raw,
          places: entry.frontMatter ? corpusPlaces(entry.frontMatter) : undefined,
        }),
      })
    }
  }

  // Files to check: one alone in this thread (a worker costs more to start than the check), more
  // in worker threads; without a worker script, each in this thread.
  if (toCheck.length > 0) {
    const {checkInThisThread, thisThreadUsable} = await import('./check.js')
    const checked = new Map<number, WorkerResult>()
    if (!options.worker || (toCheck.length === 1 && thisThreadUsable())) {
      for (const {index, file, lookup} of toCheck) {
        const source: Source = lookup.bytes && !lookup.uncacheable ? {path: file, bytes: lookup.bytes} : readSourceSync(file)
        checked.set(index, checkInThisThread(source, budgetMs))
      }
    } else {
      const {runPool} = await import('./pool.js')
      const {availableParallelism} = await import('node:os')
      const threads = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 8), Math.ceil(toCheck.length / 100)))
      const files = toCheck.map(({file}) => file)
      let results: Map<string, WorkerResult>
      if (onFirst) {
        const {runStaged} = await import('./staged.js')
        const staged = runStaged(files, {worker: options.worker, threads, budgetMs, ...(options.deferUntil ? {deferUntil: options.deferUntil} : {})})
        const firsts = await staged.first
        // The results so far: every cached file whole, every checked file's first part.
        const early = [...entries]
        const earlyOwn = [...own]
        for (const {index, file} of toCheck) {
          const result = firsts.get(file)!
          early[index] = entryOfResult(result)
          earlyOwn[index] = {findings: result.findings, suppressions: result.suppressions}
        }
        const earlyResults = corpusResults(early as Entry[], context, earlyOwn as OwnCheck[])
        onFirst(miss === undefined ? {results: earlyResults, entries: early as Entry[]} : undefined)
        results = await staged.all
      } else results = await runPool(files, {worker: options.worker, threads, budgetMs})
      for (const {index, file} of toCheck) checked.set(index, results.get(file)!)
    }
    for (const {index, file, lookup} of toCheck) {
      const result = checked.get(index)!
      use.checked++
      own[index] = {findings: result.findings, suppressions: result.suppressions}
      entries[index] = entryOfResult(result)
      if (lookup.uncacheable || !cacheable(result)) continue
      // Times taken before these bytes were read prove them only if they are the bytes hashed then.
      const stat = lookup.hash === undefined || lookup.hash === result.hash ? lookup.stat : undefined
      const self = factsOf(result)
      const viewed = result.context ?? result
      cache.store(file, result.hash!, stat, {
        own: {as: result.path, findings: result.findings, suppressions: result.suppressions, self, bodyLine: result.bodyLine, hasText: result.text !== ''},
        context: factsOf({refused: viewed.refused, type: viewed.type, data: viewed.data, raw: viewed.raw, places: viewed.places}),
        ...(options.full
          ? {build: {plain: result.plain, ...(result.sections ? {sections: result.sections} : {}), ...(result.data !== undefined ? {data: result.data} : {})}}
          : {}),
      })
    }
  }

  const all = entries as Entry[]
  const results = corpusResults(all, context, own as OwnCheck[])
  if (miss !== undefined) return {setAside: `a corpus rule read \`${miss}\`, which the cache does not keep`}
  cache.prune()
  cache.save()
  return {results, entries: all, use}
}
