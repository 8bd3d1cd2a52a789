/**
 * The validator: loads sources into entries, runs every rule, applies reasoned suppressions, and
 * returns ESLint-shaped results. It knows nothing of the CLI or the site.
 */
import {readFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {resolve} from 'node:path'
import {VFile} from 'vfile'
import type {Entry} from './entry.js'
import {loadEntry, type Source} from './load.js'
import type {LintMessage, LintResult} from './report/format.js'
import type {Finding} from './rule.js'
import {rules} from './rules/index.js'
import {severityOf, type Severity} from './severity.js'
import {suppressionsOf} from './suppressions.js'

export interface ValidateOptions {
  /** Entries loaded only as context for corpus rules (ids, links, profiles); not reported. */
  context?: readonly Source[]
  severity?: Readonly<Record<string, Severity>>
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

/** Runs every per-entry rule on a fully loaded entry, and reads its suppressions. */
export function checkOwn(entry: Entry, findings: Collected[]): OwnCheck {
  const push = (ruleId: string, finding: Finding) => findings.push({ruleId, finding})
  if (!entry.refused) for (const rule of rules) rule.check?.(entry, (finding) => push(rule.id, finding))
  const suppressions = suppressionsOf(entry, push).map((s) => ({rules: s.rules, fromLine: s.fromLine, toLine: s.toLine, line: s.comment.position!.start.line, column: s.comment.position!.start.column}))
  return {findings, suppressions}
}

/** Validates sources and returns one result per source, in order. */
export function validateSources(sources: readonly Source[], options: ValidateOptions = {}): {results: LintResult[]; entries: Entry[]; context: Entry[]} {
  const collected = new Map<Entry, Collected[]>()
  const push = (entry: Entry, ruleId: string, finding: Finding) => {
    const list = collected.get(entry) ?? []
    list.push({ruleId, finding})
    collected.set(entry, list)
  }
  const entries = sources.map((source) => loadEntry(source, push))
  const own = new Map<Entry, OwnCheck>()
  for (const entry of entries) {
    const list = collected.get(entry) ?? []
    collected.set(entry, list)
    own.set(entry, checkOwn(entry, list))
  }
  const context = loadContext(options.context ?? [])
  for (const rule of rules) rule.checkCorpus?.([...entries, ...context], (entry, finding) => push(entry, rule.id, finding))
  const results = entries.map((entry) => resultOf(entry.path, collected.get(entry) ?? [], own.get(entry)!.suppressions, options.severity))
  return {results, entries, context}
}

/** Entries read only as context for corpus rules: front matter only, only the rules that derive what corpus rules read. */
function loadContext(sources: readonly Source[]): Entry[] {
  const entries = sources.map((source) => Object.assign(loadEntry(source, () => {}, {body: false}), {context: true}))
  for (const entry of entries) {
    if (entry.refused) continue
    for (const rule of rules) if (rule.onContext) rule.check?.(entry, () => {})
  }
  return entries
}

/** One file's result: its findings, less those a suppression covers, with unused suppressions reported. */
export function resultOf(filePath: string, findings: readonly Collected[], suppressions: readonly PlainSuppression[], severityOverrides?: ValidateOptions['severity']): LintResult {
  const used = new Set<PlainSuppression>()
  const messages: LintMessage[] = []
  for (const {ruleId, finding} of findings) {
    const severity = severityOf(ruleId, severityOverrides)
    if (severity === 'off') continue
    const suppression = suppressions.find((s) => s.rules.includes(ruleId) && finding.place.line >= s.fromLine && finding.place.line <= s.toLine)
    if (suppression) {
      used.add(suppression)
      continue
    }
    messages.push(toMessage(ruleId, severity, finding))
  }
  for (const suppression of suppressions) {
    if (used.has(suppression)) continue
    const severity = severityOf('anon/unused-suppression', severityOverrides)
    if (severity === 'off') continue
    messages.push(toMessage('anon/unused-suppression', severity, {
      reason: `Unused suppression of \`${suppression.rules.join('`, `')}\``,
      place: {line: suppression.line, column: suppression.column},
      hint: 'Remove the comment: nothing on the next block needs it.',
    }))
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

/** What a worker sends back for one file (plain data: it crosses threads). */
export interface WorkerResult extends OwnCheck {
  path: string
  refused: boolean
  text: string
  bodyLine: number
  plain: string
  type?: Entry['type']
  data?: Entry['data']
  raw?: unknown
  places?: Entry['places']
}

/**
 * Validates files on several cores: workers load each file fully and run its own checks (the
 * Markdown parse and the anonymisation scan, most of the cost) and send back plain data; the corpus
 * rules (ids, slugs, links, profiles) then run here on that data, without parsing anything again.
 * Same results as validateSources.
 */
export async function validateFilesParallel(paths: readonly string[], contextPaths: readonly string[], worker: URL, threads: number): Promise<{results: LintResult[]; entries: Entry[]}> {
  const {Worker} = await import('node:worker_threads')
  const known = [...new Set([...paths, ...contextPaths].map((file) => resolve(file)))]
  const chunks: string[][] = Array.from({length: threads}, () => [])
  paths.forEach((file, index) => chunks[index % threads]!.push(file))
  const own = new Map<string, WorkerResult>()
  const running = chunks.filter((chunk) => chunk.length > 0).map((chunk) => new Promise<void>((done, failed) => {
    // A larger young generation: parsing allocates many short-lived nodes, and scavenges were a tenth of the time.
    const thread = new Worker(worker, {workerData: {paths: chunk, known}, resourceLimits: {maxYoungGenerationSizeMb: 64}})
    thread.on('message', (message: WorkerResult) => own.set(message.path, message))
    thread.on('error', failed)
    thread.on('exit', (code) => (code === 0 ? done() : failed(new Error(`validation worker exited with code ${code}`))))
  }))
  const read = async (file: string): Promise<Source> => ({path: file, bytes: await readFile(file)})
  const wanted = new Set(paths.map((file) => resolve(file)))
  const context = loadContext(await Promise.all(contextPaths.filter((file) => !wanted.has(resolve(file))).map(read)))
  await Promise.all(running)
  const entries: Entry[] = paths.map((file) => {
    const result = own.get(file.replaceAll('\\', '/'))!
    return {
      file: new VFile({path: result.path}),
      path: result.path,
      text: result.text,
      bodyLine: result.bodyLine,
      refused: result.refused,
      plain: result.plain,
      ...(result.type ? {type: result.type} : {}),
      ...(result.data ? {data: result.data} : {}),
      ...(result.places ? {raw: result.raw, places: result.places} : {}),
    }
  })
  const corpus = new Map<Entry, Collected[]>()
  for (const rule of rules) {
    rule.checkCorpus?.([...entries, ...context], (entry, finding) => {
      const list = corpus.get(entry) ?? []
      list.push({ruleId: rule.id, finding})
      corpus.set(entry, list)
    })
  }
  const results = entries.map((entry) => {
    const mine = own.get(entry.path)!
    return resultOf(entry.path, [...mine.findings, ...(corpus.get(entry) ?? [])], mine.suppressions)
  })
  return {results, entries}
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

/** Files at which validating on several cores pays for starting the workers. */
export const PARALLEL_FROM = 200

/**
 * Reads files and validates them. With a worker script and enough files, on a machine with several
 * cores, the work is spread over the cores; the results are the same either way.
 */
export async function validateFileEntries(paths: readonly string[], contextPaths: readonly string[] = [], options: {worker?: URL; threads?: number} = {}): Promise<{results: LintResult[]; entries: Entry[]}> {
  const threads = options.threads ?? Math.min(availableParallelism(), 8)
  if (options.worker && threads > 1 && paths.length >= PARALLEL_FROM) return validateFilesParallel(paths, contextPaths, options.worker, threads)
  const read = async (file: string): Promise<Source> => ({path: file, bytes: await readFile(file)})
  const wanted = new Set(paths.map((file) => resolve(file)))
  const sources = await Promise.all(paths.map(read))
  const context = await Promise.all(contextPaths.filter((file) => !wanted.has(resolve(file))).map(read))
  return validateSources(sources, {context})
}

/** Reads files and validates them (a convenience for callers with paths). */
export async function validateFiles(paths: readonly string[], contextPaths: readonly string[] = [], options: {worker?: URL; threads?: number} = {}): Promise<LintResult[]> {
  return (await validateFileEntries(paths, contextPaths, options)).results
}

/** Two anonymisation rules reading the same characters (a phone number is also a long number) report once. */
function dropOverlappingAnon(messages: LintMessage[]) {
  const kept: LintMessage[] = []
  for (const message of [...messages]) {
    const overlaps = message.ruleId.startsWith('anon/') && message.endColumn !== undefined && kept.some((other) =>
      other.ruleId.startsWith('anon/') && other.ruleId !== message.ruleId && other.line === message.line && other.endLine === message.endLine &&
      other.endColumn !== undefined && message.column < other.endColumn && message.endColumn! > other.column)
    if (overlaps) messages.splice(messages.indexOf(message), 1)
    else kept.push(message)
  }
}
