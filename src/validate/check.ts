/**
 * Checking one file alone, as plain data: what a validation worker does for each file it is sent,
 * and what this thread does for a single file under a hard time limit (checkInThisThread).
 */
import {createHash} from 'node:crypto'
import vm from 'node:vm'
import {lexicon} from './anon/lexicon.js'
import type {Entry} from './entry.js'
import {corpusPlaces} from './front-matter.js'
import type {Source} from './load.js'
import {plainText, sectionTexts} from './mdast.js'
import {rules} from './rules/index.js'
import {rule as internalErrorRule} from './rules/internal-error.js'
import {rule as timeBudgetRule} from './rules/safety/time-budget.js'
import {linksOf} from './links.js'
import {checkOwn, internalError, loadGuarded, overBudget, type Collected, type Stage, type WorkerResult} from './validate.js'

/** The entry as a context entry sees it (front matter only, the rules that derive what corpus rules read): loadContext of validate.ts, for one source. */
export function contextEntry(source: Source): Entry {
  const entry = Object.assign(
    loadGuarded(source, () => {}, {body: false}),
    {context: true},
  )
  if (entry.refused) return entry
  for (const rule of rules) {
    if (!rule.onContext) continue
    try {
      rule.check?.(entry, () => {})
    } catch {
      // A context entry is reported when it is itself validated; here it only informs others.
    }
  }
  return entry
}

/** The plain-data part of a context entry, in the shape a worker sends. */
export function contextView(entry: Entry): NonNullable<WorkerResult['context']> {
  return {
    refused: entry.refused,
    ...(entry.type ? {type: entry.type} : {}),
    ...(entry.data ? {data: entry.data} : {}),
    ...(entry.frontMatter ? {raw: entry.frontMatter.raw, places: corpusPlaces(entry.frontMatter)} : {}),
  }
}

/**
 * Loads a source fully, runs its own checks and returns them as plain data, with the hash of the
 * bytes checked. A refused file also gets its view as a context entry (which reads the front
 * matter only, so it may see fields that the full load refused with the body).
 */
export function checkSource(source: Source, budgetMs: number, onStage: (stage: Stage) => void = () => {}): WorkerResult {
  return checkFirst(source, budgetMs, onStage, 'all').result
}

/** A file between the two parts of its checking: the loaded entry, its findings so far, the time it took. */
export interface Held {
  entry: Entry
  result: WorkerResult
  elapsedMs: number
}

/**
 * The first part of checkSource (or, with `part` 'all', the whole of it): the result holds what a
 * page needs (front matter data, text, plain text, sections, links) and the findings of the rules
 * checked before bundling. `held` is what checkRest needs to finish the file.
 */
export function checkFirst(
  source: Source,
  budgetMs: number,
  onStage: (stage: Stage) => void = () => {},
  part: 'first' | 'all' = 'first',
): {result: WorkerResult; held: Held} {
  const started = performance.now()
  const findings: Collected[] = []
  onStage(0)
  const entry = loadGuarded(source, (_entry, ruleId, finding) => findings.push({ruleId, finding}))
  const own = checkOwn(entry, findings, {started, budgetMs, onStage, part})
  let plain = ''
  let sections: WorkerResult['sections']
  let links: WorkerResult['links'] = []
  try {
    plain = entry.tree ? plainText(entry.tree) : ''
    // The sections as published data (open data export), from the tree parsed here once.
    if (entry.tree)
      sections = sectionTexts(
        entry.tree,
        entry.text
          .split('\n')
          .slice(entry.bodyLine - 1)
          .join('\n'),
        entry.bodyLine - 1,
      )
    links = linksOf(entry)
  } catch (error) {
    findings.push({ruleId: internalErrorRule.id, finding: internalError('collecting links and text', error)})
  }
  let context: WorkerResult['context']
  if (entry.refused && !source.symlink && source.unreadable === undefined) {
    try {
      context = contextView(contextEntry(source))
    } catch {
      context = undefined
    }
  }
  const result: WorkerResult = {
    path: entry.path,
    ...own,
    refused: entry.refused,
    text: entry.text,
    bodyLine: entry.bodyLine,
    plain,
    ...(sections ? {sections} : {}),
    links,
    hash: createHash('sha256').update(source.bytes).digest('hex'),
    ...(context ? {context} : {}),
    ...(entry.type ? {type: entry.type} : {}),
    ...(entry.data ? {data: entry.data} : {}),
    ...(entry.frontMatter ? {raw: entry.frontMatter.raw, places: corpusPlaces(entry.frontMatter)} : {}),
  }
  return {result, held: {entry, result, elapsedMs: performance.now() - started}}
}

/**
 * The second part: the deferred rules on the entry the first part loaded, within what is left of
 * the file's time budget. Returns the whole result: the findings of both parts, as checkSource's.
 */
export function checkRest(held: Held, budgetMs: number, onStage: (stage: Stage) => void = () => {}): WorkerResult {
  const findings = [...held.result.findings]
  checkOwn(held.entry, findings, {started: performance.now() - held.elapsedMs, budgetMs, onStage, part: 'rest'})
  return {...held.result, findings}
}

const sandbox = vm.createContext({})
const call = new vm.Script('run()')
/** Set once a check in this thread was stopped: it may have left a module's state half-changed, so later checks go to workers. */
let stopped = false

/** Whether a check may still run in this thread (none was stopped in it before). */
export function thisThreadUsable(): boolean {
  return !stopped
}

/**
 * checkSource in this thread, for a run that has a single file to check, where starting a worker
 * would cost more than the check. The time budget still holds: V8 stops the check when it runs
 * past the budget, even inside one regular expression or the parser (the same limit a worker's
 * watchdog enforces by ending the worker). What a worker adds and this does not: a separate heap
 * with its own memory limit. Input size is bounded before parsing (limits.maxFileBytes), so a
 * single file cannot grow this thread's heap far.
 */
export function checkInThisThread(source: Source, budgetMs: number): WorkerResult {
  // Word lists are read before the budget starts, as a worker reads them before its first file.
  lexicon()
  let stage: Stage = 0
  const started = performance.now()
  try {
    sandbox.run = () => checkSource(source, budgetMs, (value) => (stage = value))
    // The worker pool allows 250 ms of slack for the worker's own message; so does this.
    return call.runInContext(sandbox, {timeout: budgetMs + 250}) as WorkerResult
  } catch (error) {
    const timedOut = (error as {code?: string}).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT' || performance.now() - started > budgetMs
    stopped = true
    const finding = timedOut ? overBudget(budgetMs, stage) : internalError('checking the file', error)
    return {
      path: source.path.replaceAll('\\', '/'),
      findings: [{ruleId: timedOut ? timeBudgetRule.id : internalErrorRule.id, finding}],
      suppressions: [],
      refused: true,
      text: '',
      bodyLine: 1,
      plain: '',
      links: [],
    }
  } finally {
    delete sandbox.run
  }
}
