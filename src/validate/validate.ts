/**
 * The validator: loads sources into entries, runs every rule, applies reasoned suppressions, and
 * returns ESLint-shaped results. It knows nothing of the CLI or the site.
 */
import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import type {ValidationCache} from './cache.js'
import type {CachedOptions, CacheUse} from './cached.js'
import type {Entry} from './entry.js'
import {limits} from './limits.js'
import {loadEntry, readSource, type Source} from './load.js'
import type {LintMessage, LintResult} from './report/format.js'
import type {Finding} from './rule.js'
import {rule as unusedSuppression} from './rules/anon/unused-suppression.js'
import {rules} from './rules/index.js'
import {rule as internalErrorRule} from './rules/internal-error.js'
import {rule as timeBudget} from './rules/safety/time-budget.js'
import {severityOf, type Severity} from './severity.js'
import {suppressionsOf} from './suppressions.js'

export interface ValidateOptions {
  /** Entries loaded only as context for corpus rules (ids, links, profiles); not reported. */
  context?: readonly Source[]
  severity?: Readonly<Record<string, Severity>>
  /** Time one file may take (milliseconds); in this thread it is checked between rules. */
  budgetMs?: number
}

export interface Collected {
  ruleId: string
  finding: Finding
}

/** A suppression as plain data (it crosses thread boundaries). */
export interface PlainSuppression {
  rules: string[]
  fromLine: number
  toLine: number
  line: number
  column: number
}

/** What one file's own checks found: the part of validation that needs the file alone. */
export interface OwnCheck {
  findings: Collected[]
  suppressions: PlainSuppression[]
}

/**
 * The two parts of a file's own checking, for a build that bundles while it validates: `first`
 * loads and parses the file and runs every rule a page depends on or that guards what the bundler
 * is handed (safety, schema, links, structure) and reads the suppressions; `rest` runs the deferred
 * rules (isDeferred: the anonymisation detectors, which only produce findings). `all` is both, in
 * one go. The findings of `first` then `rest` are those of `all`.
 */
export type Part = 'all' | 'first' | 'rest'

/** Rules whose findings a build may wait for after bundling has started: the anonymisation detectors. */
export function isDeferred(ruleId: string): boolean {
  return ruleId.startsWith('anon/')
}

/** What one file's checking is doing now: 0 loading and parsing, 1 + i the rule `rules[i]`, -1 suppressions. */
export type Stage = number

/** The name of a stage, for a message that says what was running. */
export function stageName(stage: Stage): string {
  if (stage === 0) return 'reading and parsing the file'
  if (stage === -1) return 'reading suppression comments'
  return `rule ${rules[stage - 1]?.id ?? 'unknown'}`
}

/** A finding for a file whose checking failed unexpectedly: the message, never a stack. */
export function internalError(what: string, error: unknown): Finding {
  return internalErrorRule.crash(what, error)
}

/** A finding for a file that used up its time budget. */
export function overBudget(budgetMs: number, stage: Stage): Finding {
  return timeBudget.finding(budgetMs, stageName(stage))
}

/**
 * Runs every per-entry rule on a fully loaded entry, and reads its suppressions. A rule that
 * throws becomes an internal-error message on this file; `onStage` tells a watcher which rule is
 * running; past `budgetMs` the remaining rules are skipped and the file reported.
 */
export function checkOwn(
  entry: Entry,
  findings: Collected[],
  options: {onStage?: (stage: Stage) => void; budgetMs?: number; started?: number; part?: Part} = {},
): OwnCheck {
  const push = (ruleId: string, finding: Finding) => findings.push({ruleId, finding})
  const started = options.started ?? performance.now()
  const budget = options.budgetMs ?? limits.fileBudgetMs
  const part = options.part ?? 'all'
  // A file over its budget in the first part is not checked further.
  if (!entry.refused && !(part === 'rest' && findings.some((found) => found.ruleId === timeBudget.id))) {
    for (const [index, rule] of rules.entries()) {
      if (!rule.check) continue
      if (part !== 'all' && isDeferred(rule.id) !== (part === 'rest')) continue
      options.onStage?.(index + 1)
      try {
        rule.check(entry, (finding) => push(rule.id, finding))
      } catch (error) {
        push(internalErrorRule.id, internalError(`running rule ${rule.id}`, error))
      }
      if (performance.now() - started > budget) {
        push(timeBudget.id, overBudget(budget, index + 1))
        break
      }
    }
  }
  // Suppressions are read with the first part: they also cover links/* rules, checked before bundling.
  if (part === 'rest') return {findings, suppressions: []}
  options.onStage?.(-1)
  let suppressions: PlainSuppression[] = []
  try {
    suppressions = suppressionsOf(entry, push).map((s) => ({
      rules: s.rules,
      fromLine: s.fromLine,
      toLine: s.toLine,
      line: s.comment.position!.start.line,
      column: s.comment.position!.start.column,
    }))
  } catch (error) {
    push(internalErrorRule.id, internalError('reading suppression comments', error))
  }
  return {findings, suppressions}
}

/** Loads one source; a crash while loading becomes an internal-error message on a refused entry. */
export function loadGuarded(source: Source, report: (entry: Entry, ruleId: string, finding: Finding) => void, options: {body?: boolean} = {}): Entry {
  try {
    return loadEntry(source, report, options)
  } catch (error) {
    const entry: Entry = {path: source.path.replaceAll('\\', '/'), text: '', bodyLine: 1, refused: true}
    report(entry, internalErrorRule.id, internalError('reading and parsing the file', error))
    return entry
  }
}

/** Runs the corpus rules; one that throws is reported on every file it would have checked. */
function checkCorpusGuarded(entries: readonly Entry[], push: (entry: Entry, ruleId: string, finding: Finding) => void) {
  for (const rule of rules) {
    if (!rule.checkCorpus) continue
    try {
      rule.checkCorpus(entries, (entry, finding) => push(entry, rule.id, finding))
    } catch (error) {
      for (const entry of entries) if (!entry.context) push(entry, internalErrorRule.id, internalError(`running rule ${rule.id}`, error))
    }
  }
}

/** Validates sources and returns one result per source, in order. */
export function validateSources(sources: readonly Source[], options: ValidateOptions = {}): {results: LintResult[]; entries: Entry[]; context: Entry[]} {
  const collected = new Map<Entry, Collected[]>()
  const push = (entry: Entry, ruleId: string, finding: Finding) => {
    const list = collected.get(entry) ?? []
    list.push({ruleId, finding})
    collected.set(entry, list)
  }
  const own = new Map<Entry, OwnCheck>()
  const entries = sources.map((source) => {
    const started = performance.now()
    const entry = loadGuarded(source, push)
    const list = collected.get(entry) ?? []
    collected.set(entry, list)
    own.set(entry, checkOwn(entry, list, {started, ...(options.budgetMs ? {budgetMs: options.budgetMs} : {})}))
    return entry
  })
  const context = loadContext(options.context ?? [])
  checkCorpusGuarded([...entries, ...context], push)
  const results = entries.map((entry) => resultOf(entry.path, collected.get(entry) ?? [], own.get(entry)!.suppressions, options.severity))
  return {results, entries, context}
}

/** Entries read only as context for corpus rules: front matter only, only the rules that derive what corpus rules read. */
function loadContext(sources: readonly Source[]): Entry[] {
  const entries = sources.map((source) =>
    Object.assign(
      loadGuarded(source, () => {}, {body: false}),
      {context: true},
    ),
  )
  for (const entry of entries) {
    if (entry.refused) continue
    for (const rule of rules) {
      if (!rule.onContext) continue
      try {
        rule.check?.(entry, () => {})
      } catch {
        // A context entry is reported when it is itself validated; here it only informs others.
      }
    }
  }
  return entries
}

/** One file's result: its findings, less those a suppression covers, with unused suppressions reported. */
export function resultOf(
  filePath: string,
  findings: readonly Collected[],
  suppressions: readonly PlainSuppression[],
  severityOverrides?: ValidateOptions['severity'],
): LintResult {
  const used = new Set<PlainSuppression>()
  const messages: LintMessage[] = []
  const covering = suppressionIndex(suppressions)
  for (const {ruleId, finding} of findings) {
    const configured = severityOf(ruleId, severityOverrides)
    if (configured === 'off') continue
    const severity = finding.uncertain && configured === 'error' ? 'warning' : configured
    const suppression = covering(ruleId, finding.place.line)
    if (suppression) {
      used.add(suppression)
      continue
    }
    messages.push(toMessage(ruleId, severity, finding))
  }
  for (const suppression of suppressions) {
    if (used.has(suppression)) continue
    const severity = severityOf(unusedSuppression.id, severityOverrides)
    if (severity === 'off') continue
    messages.push(toMessage(unusedSuppression.id, severity, unusedSuppression.finding(suppression.rules, {line: suppression.line, column: suppression.column})))
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
  dropOverlappingAnon(messages)
  return {
    filePath,
    messages,
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length,
  }
}

/**
 * A look-up of the suppression covering a rule on a line: per rule, ranges sorted by first line
 * with a running maximum of last lines, so each look-up is a binary search (many comments and many
 * findings stay n log n).
 */
export function suppressionIndex(suppressions: readonly PlainSuppression[]): (ruleId: string, line: number) => PlainSuppression | undefined {
  const byRule = new Map<string, PlainSuppression[]>()
  for (const suppression of suppressions) {
    for (const ruleId of new Set(suppression.rules)) {
      const list = byRule.get(ruleId) ?? []
      list.push(suppression)
      byRule.set(ruleId, list)
    }
  }
  const tables = new Map<string, {ranges: PlainSuppression[]; widest: PlainSuppression[]}>()
  for (const [ruleId, list] of byRule) {
    const ranges = list.sort((a, b) => a.fromLine - b.fromLine)
    const widest: PlainSuppression[] = []
    for (const range of ranges) widest.push(widest.length > 0 && widest.at(-1)!.toLine >= range.toLine ? widest.at(-1)! : range)
    tables.set(ruleId, {ranges, widest})
  }
  return (ruleId, line) => {
    const table = tables.get(ruleId)
    if (!table) return undefined
    let low = 0
    let high = table.ranges.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (table.ranges[mid]!.fromLine <= line) low = mid + 1
      else high = mid
    }
    const candidate = low > 0 ? table.widest[low - 1] : undefined
    return candidate && candidate.toLine >= line ? candidate : undefined
  }
}

/** What a worker sends back for one file (plain data: it crosses threads). */
export interface WorkerResult extends OwnCheck {
  path: string
  refused: boolean
  text: string
  bodyLine: number
  plain: string
  /** The body's second-level sections (Markdown and plain text), when it was parsed. */
  sections?: Entry['sections']
  links: Entry['links']
  type?: Entry['type']
  data?: Entry['data']
  raw?: unknown
  places?: Entry['places']
  /** sha256 of the bytes checked (hex), for the cache. */
  hash?: string
  /** Only the first part was checked (Part): the worker holds the entry for the rest. */
  held?: boolean
  /** The entry as a context entry sees it, when that differs (a refused file's front matter). */
  context?: {refused: boolean; type?: Entry['type']; data?: Entry['data']; raw?: unknown; places?: Entry['places']}
}

/** The entry corpus rules see for a worker's result. */
export function entryOfResult(result: WorkerResult): Entry {
  return {
    path: result.path,
    text: result.text,
    bodyLine: result.bodyLine,
    refused: result.refused,
    plain: result.plain,
    ...(result.sections ? {sections: result.sections} : {}),
    links: result.links,
    ...(result.type ? {type: result.type} : {}),
    ...(result.data ? {data: result.data} : {}),
    ...(result.places ? {raw: result.raw, places: result.places} : {}),
  }
}

/**
 * Validates files in worker threads: workers load each file fully and run its own checks (the
 * Markdown parse and the anonymisation scan, most of the cost) and send back plain data; the corpus
 * rules (ids, slugs, links, profiles) then run here on that data, without parsing anything again.
 * Same results as validateSources. Each file has a time budget: a worker that overruns it, or
 * dies, is ended and replaced, and the file gets a message saying what was running.
 */
export async function validateFilesParallel(
  paths: readonly string[],
  contextPaths: readonly string[],
  worker: URL,
  threads: number,
  budgetMs: number = limits.fileBudgetMs,
): Promise<{results: LintResult[]; entries: Entry[]}> {
  const {runPool} = await import('./pool.js')
  const read = readSource
  const wanted = new Set(paths.map((file) => resolve(file)))
  const [own, context] = await Promise.all([
    runPool(paths, {worker, threads, budgetMs}),
    Promise.all(contextPaths.filter((file) => !wanted.has(resolve(file))).map(read)).then(loadContext),
  ])
  const entries: Entry[] = paths.map((file) => entryOfResult(own.get(file)!))
  const results = corpusResults(
    entries,
    context,
    paths.map((file) => own.get(file)!),
  )
  return {results, entries}
}

/** Runs the corpus rules over checked entries and context entries, and makes each checked entry's result. */
export function corpusResults(
  entries: readonly Entry[],
  context: readonly Entry[],
  own: readonly OwnCheck[],
  severity?: ValidateOptions['severity'],
): LintResult[] {
  const corpus = new Map<Entry, Collected[]>()
  checkCorpusGuarded([...entries, ...context], (entry, ruleId, finding) => {
    const list = corpus.get(entry) ?? []
    list.push({ruleId, finding})
    corpus.set(entry, list)
  })
  return entries.map((entry, index) => resultOf(entry.path, [...own[index]!.findings, ...(corpus.get(entry) ?? [])], own[index]!.suppressions, severity))
}

function toMessage(ruleId: string, severity: Exclude<Severity, 'off'>, finding: Finding): LintMessage {
  return {
    ruleId,
    severity: severity === 'error' ? 2 : 1,
    message: finding.reason,
    line: finding.place.line,
    column: finding.place.column,
    ...(finding.place.endLine ? {endLine: finding.place.endLine, endColumn: finding.place.endColumn} : {}),
    hint: finding.hint,
  }
}

/** Files one worker takes before a second one pays for its start. */
export const FILES_PER_WORKER = 100

/**
 * Reads files and validates them. With a worker script, files are checked in worker threads (on
 * several cores when there are enough files), which is what enforces the per-file time budget;
 * without one, in this thread, with the budget checked between rules. Same results either way.
 */
export async function validateFileEntries(
  paths: readonly string[],
  contextPaths: readonly string[] = [],
  options: {
    worker?: URL
    threads?: number
    budgetMs?: number
    cache?: ValidationCache
    full?: boolean
    through?: Pick<CachedOptions, 'fileSystem' | 'memo'>
  } = {},
): Promise<{results: LintResult[]; entries: Entry[]; use?: CacheUse}> {
  if (options.cache) {
    const {validateCached} = await import('./cached.js')
    const {cache, through, ...rest} = options
    const cached = await validateCached(paths, contextPaths, {...rest, ...through, cache})
    if ('results' in cached) return cached
    // The cache's facts did not hold what a corpus rule read: this run goes without it.
    const uncached = await validateFileEntries(paths, contextPaths, rest)
    return {...uncached, use: {checked: paths.length, reused: 0, contextLoaded: contextPaths.length, setAside: cached.setAside}}
  }
  const threads = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 8), Math.ceil(paths.length / FILES_PER_WORKER)))
  if (options.worker && paths.length > 0) return validateFilesParallel(paths, contextPaths, options.worker, threads, options.budgetMs)
  const read = readSource
  const wanted = new Set(paths.map((file) => resolve(file)))
  const sources = await Promise.all(paths.map(read))
  const context = await Promise.all(contextPaths.filter((file) => !wanted.has(resolve(file))).map(read))
  return validateSources(sources, {context, ...(options.budgetMs ? {budgetMs: options.budgetMs} : {})})
}

/**
 * validateFileEntries for a build that bundles while it validates: `first` resolves once what pages
 * need is known, with the entries and the results so far (every finding but those of the deferred
 * rules, isDeferred, in files checked now; unused suppressions are not known yet); undefined when
 * the run could not tell early, or had nothing to check (then wait for `all`). `all` resolves with
 * exactly what validateFileEntries gives for the same files: one validation, the report the CLI prints.
 */
export function validateFileEntriesStaged(
  paths: readonly string[],
  contextPaths: readonly string[] = [],
  options: {worker?: URL; threads?: number; budgetMs?: number; cache?: ValidationCache; full?: boolean; deferUntil?: Promise<unknown>} = {},
): {first: Promise<{results: LintResult[]; entries: Entry[]} | undefined>; all: Promise<{results: LintResult[]; entries: Entry[]; use?: CacheUse}>} {
  const {cache, ...rest} = options
  if (cache && options.worker) {
    const staged = import('./cached.js').then(({validateCachedStaged}) => validateCachedStaged(paths, contextPaths, {...rest, cache}))
    const all = staged.then(async ({all: whole}) => {
      const cached = await whole
      if ('results' in cached) return cached
      // The cache's facts did not hold what a corpus rule read: this run goes without it.
      const uncached = await validateFileEntries(paths, contextPaths, rest)
      return {...uncached, use: {checked: paths.length, reused: 0, contextLoaded: contextPaths.length, setAside: cached.setAside}}
    })
    return {first: staged.then(({first}) => first).catch(() => undefined), all}
  }
  if (!cache && options.worker && paths.length > 0) {
    const worker = options.worker
    const threads = Math.max(1, Math.min(options.threads ?? Math.min(availableParallelism(), 8), Math.ceil(paths.length / FILES_PER_WORKER)))
    const run = (async () => {
      const {runStaged} = await import('./staged.js')
      const wanted = new Set(paths.map((file) => resolve(file)))
      const context = loadContext(await Promise.all(contextPaths.filter((file) => !wanted.has(resolve(file))).map(readSource)))
      const staged = runStaged(paths, {
        worker,
        threads,
        budgetMs: options.budgetMs ?? limits.fileBudgetMs,
        ...(options.deferUntil ? {deferUntil: options.deferUntil} : {}),
      })
      return {staged, context}
    })()
    const resultsOf = (own: Map<string, WorkerResult>, context: Entry[]) => {
      const entries = paths.map((file) => entryOfResult(own.get(file)!))
      return {
        results: corpusResults(
          entries,
          context,
          paths.map((file) => own.get(file)!),
        ),
        entries,
      }
    }
    return {
      first: run.then(async ({staged, context}) => resultsOf(await staged.first, context)).catch(() => undefined),
      all: run.then(async ({staged, context}) => resultsOf(await staged.all, context)),
    }
  }
  return {first: Promise.resolve(undefined), all: validateFileEntries(paths, contextPaths, options)}
}

/** Reads files and validates them (a convenience for callers with paths). */
export async function validateFiles(
  paths: readonly string[],
  contextPaths: readonly string[] = [],
  options: {worker?: URL; threads?: number; budgetMs?: number; cache?: ValidationCache} = {},
): Promise<LintResult[]> {
  return (await validateFileEntries(paths, contextPaths, options)).results
}

/**
 * Two anonymisation rules reading the same characters (a phone number is also a long number)
 * report once: the first, in position order, wins. Messages are sorted by position; a sweep per
 * line keeps the two furthest-reaching rules seen, so this stays n log n.
 */
export function dropOverlappingAnon(messages: LintMessage[]) {
  const kept: LintMessage[] = []
  let line = -1
  let first = {rule: '', end: -1}
  let second = {rule: '', end: -1}
  for (const message of messages) {
    if (!message.ruleId.startsWith('anon/') || message.endColumn === undefined || message.endLine !== message.line) {
      kept.push(message)
      continue
    }
    if (message.line !== line) {
      line = message.line
      first = {rule: '', end: -1}
      second = {rule: '', end: -1}
    }
    // The furthest end of a kept span of another rule on this line.
    const other = first.rule === message.ruleId ? second.end : first.end
    if (other > message.column) continue
    kept.push(message)
    const end = message.endColumn
    if (message.ruleId === first.rule) first.end = Math.max(first.end, end)
    else if (end > first.end) {
      second = first
      first = {rule: message.ruleId, end}
    } else if (message.ruleId === second.rule) second.end = Math.max(second.end, end)
    else if (end > second.end) second = {rule: message.ruleId, end}
  }
  messages.length = 0
  for (const message of kept) messages.push(message)
}

/**
 * The thread count asked for (CONTINUUM_THREADS), clamped to 1…cores; `note` says what was changed
 * and why, for the caller to show.
 */
export function threadsFrom(value: string | undefined, cores: number = availableParallelism()): {threads?: number; note?: string} {
  if (value === undefined || value.trim() === '') return {}
  const asked = Number(value)
  if (!Number.isInteger(asked)) return {threads: cores, note: `CONTINUUM_THREADS="${value}" is not a whole number; using ${cores} (the cores of this machine).`}
  if (asked < 1) return {threads: 1, note: `CONTINUUM_THREADS=${asked} is below 1; using 1.`}
  if (asked > cores) return {threads: cores, note: `CONTINUUM_THREADS=${asked} is more than the ${cores} cores of this machine; using ${cores}.`}
  return {threads: asked}
}

/** The per-file time budget asked for (milliseconds), or a sentence saying why it is refused. */
export function budgetFrom(value: string | undefined): {budgetMs?: number; error?: string} {
  if (value === undefined || value.trim() === '') return {}
  const asked = Number(value)
  if (!Number.isFinite(asked) || asked < 100 || asked > 600_000)
    return {error: `A time budget of "${value}" ms is refused: give a number of milliseconds from 100 to 600000.`}
  return {budgetMs: Math.round(asked)}
}
