/**
 * What `continuum validate` does between its flags and its report, in one place: the command runs
 * it in its own process, the validation server (server.ts) runs it in a process that stays, so
 * that both give the same report for the same request.
 */
import type {ValidationCache} from '../../src/validate/cache.js'
import type {CachedOptions} from '../../src/validate/cached.js'
import type {LintResult} from '../../src/validate/report/format.js'
import {UserError} from './failure.js'
import {messages} from './messages.js'

/** What a run needs to know of the command line and of the environment of the person running it. */
export interface ValidationRequest {
  /** Paths as typed, relative to `cwd` (none: the content folders). */
  paths: string[]
  /** Folder the paths are relative to. */
  cwd: string
  cache: boolean
  /** --budget (milliseconds) as typed. */
  budget?: string
  /** The variables of the environment a run reads. */
  env: Partial<Record<(typeof requestVariables)[number], string>>
}

export interface ValidationOutcome {
  results: LintResult[]
  /** Sentences for stderr (a setting corrected, the cache set aside). */
  notes: string[]
}

/** The environment variables that change what a run reports (the validator's rules read the review ones). */
export const requestVariables = ['CONTINUUM_FILE_BUDGET_MS', 'CONTINUUM_THREADS', 'CONTINUUM_CACHE', 'CONTINUUM_TODAY', 'CONTINUUM_REVIEW_MONTHS'] as const

/** The variables of `env` a request carries. */
export function requestEnv(env: NodeJS.ProcessEnv): ValidationRequest['env'] {
  const out: ValidationRequest['env'] = {}
  for (const name of requestVariables) if (env[name] !== undefined) out[name] = env[name]
  return out
}

/** What a long-lived process keeps between runs (the validation server); a run of the command keeps nothing. */
export interface KeptState {
  /** The validation cache of a checkout. */
  cacheOf?: (root: string, version: string) => ValidationCache
  /** The entry files of a checkout, as `corpusFiles` lists them. */
  corpusOf?: (root: string) => Promise<string[]>
  /** Told the files a run names before it looks at them. */
  naming?: (files: readonly string[]) => void
  through?: Pick<CachedOptions, 'fileSystem' | 'memo'>
}

/**
 * Validates what a request names. `worker` is the script that lets many files be checked on every
 * core (it sits beside the commands); `kept` is what a long-lived process keeps between runs.
 * Usage errors are UserErrors with exit status 2.
 */
export async function runValidation(request: ValidationRequest, worker: URL, kept: KeptState = {}): Promise<ValidationOutcome & {root?: string}> {
  const {collectFiles, contentFolders, corpusFiles, findPortalRoot, MissingPathError} = await import('../../src/validate/files.js')
  const {budgetFrom, threadsFrom, validateFileEntries} = await import('../../src/validate/validate.js')
  const notes: string[] = []
  const budget = budgetFrom(request.budget ?? request.env.CONTINUUM_FILE_BUDGET_MS)
  if (budget.error) throw new UserError(budget.error, 2)
  const threads = threadsFrom(request.env.CONTINUUM_THREADS)
  if (threads.note) notes.push(threads.note)
  const given = request.paths.length > 0 ? request.paths : contentFolders()
  let files: string[]
  try {
    files = await collectFiles(given)
  } catch (error) {
    if (error instanceof MissingPathError) throw new UserError(messages.missingPath(error.missing), 2)
    throw error
  }
  const root = findPortalRoot(request.cwd)
  // Inside a checkout, unchanged files are not checked again (src/validate/cache.ts).
  const {cacheDisabledBy, ValidationCache} = await import('../../src/validate/cache.js')
  const {ruleSetVersion} = await import('../../src/validate/ruleset.js')
  const cache =
    root && request.cache && !cacheDisabledBy(request.env)
      ? (kept.cacheOf ?? ((at, version) => new ValidationCache(at, version)))(root, ruleSetVersion())
      : undefined
  kept.naming?.(files)
  const run = await validateFileEntries(files, root ? await (kept.corpusOf ?? corpusFiles)(root) : [], {
    worker,
    ...(threads.threads ? {threads: threads.threads} : {}),
    ...(budget.budgetMs ? {budgetMs: budget.budgetMs} : {}),
    ...(cache ? {cache, ...(kept.through ? {through: kept.through} : {})} : {}),
  })
  // A corpus rule read a field the cache does not keep (src/validate/cache.ts): checked without it, said once.
  if (run.use?.setAside) notes.push(`The validation cache was not used: ${run.use.setAside}.`)
  return {results: run.results, notes, ...(root ? {root} : {})}
}
