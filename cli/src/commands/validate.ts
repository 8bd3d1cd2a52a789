import {Args, Command, Flags} from '@oclif/core'
import {fail, UserError, writeOut} from '../failure.js'
import {messages} from '../messages.js'

export default class Validate extends Command {
  static override summary = 'Check entries against the content model, the safety rules and the anonymisation rules.'
  static override description = `Exit status: 0 when no errors, 1 when errors, 2 for usage errors.
Paths may be files or folders (searched for .md files). Inside a portal checkout, the other entries
are read as context, so links, ids and profiles are checked against the whole corpus.
Inside a checkout, what checking each file found is cached in .continuum-cache/ (git-ignored), keyed
by the file's content hash and the validator's version: only changed files are parsed again, and the
corpus rules always run on every entry. --no-cache or CONTINUUM_CACHE=0 turns the cache off.`
  static override examples = [
    '<%= config.bin %> validate',
    '<%= config.bin %> validate drafts/family-counselling.md',
    '<%= config.bin %> validate practices --format json',
  ]
  static override strict = false
  static override args = {
    paths: Args.string({description: 'files or folders to check (default: practices cases)'}),
  }
  static override flags = {
    format: Flags.string({
      char: 'f',
      options: ['stylish', 'json'],
      default: 'stylish',
      description: 'output format: stylish for people, json (ESLint shape) for machines',
    }),
    quiet: Flags.boolean({char: 'q', description: 'report errors only'}),
    budget: Flags.string({description: 'time one file may take, in milliseconds (default 5000; or CONTINUUM_FILE_BUDGET_MS)'}),
    cache: Flags.boolean({
      allowNo: true,
      default: true,
      description: 'reuse what checking unchanged files found (.continuum-cache/ in the checkout; or CONTINUUM_CACHE=0 to turn off)',
    }),
    debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
  }

  async run(): Promise<void> {
    const {argv, flags} = await this.parse(Validate)
    try {
      const {collectFiles, contentFolders, corpusFiles, findPortalRoot, MissingPathError} = await import('../../../src/validate/files.js')
      const {budgetFrom, threadsFrom, validateFileEntries} = await import('../../../src/validate/validate.js')
      const budget = budgetFrom(flags.budget ?? process.env.CONTINUUM_FILE_BUDGET_MS)
      if (budget.error) throw new UserError(budget.error, 2)
      const threads = threadsFrom(process.env.CONTINUUM_THREADS)
      if (threads.note) this.logToStderr(threads.note)
      const {formatJson, formatStylish} = await import('../../../src/validate/report/format.js')
      const given = (argv as string[]).length > 0 ? (argv as string[]) : contentFolders()
      let files: string[]
      try {
        files = await collectFiles(given)
      } catch (error) {
        if (error instanceof MissingPathError) throw new UserError(messages.missingPath(error.missing), 2)
        throw error
      }
      const root = findPortalRoot(process.cwd())
      // Inside a checkout, unchanged files are not checked again (src/validate/cache.ts).
      const {cacheDisabledBy, ValidationCache} = await import('../../../src/validate/cache.js')
      const {ruleSetVersion} = await import('../../../src/validate/ruleset.js')
      const cache = root && flags.cache && !cacheDisabledBy(process.env) ? new ValidationCache(root, ruleSetVersion()) : undefined
      // Large checkouts are validated on every core; the worker script sits beside the commands.
      const run = await validateFileEntries(files, root ? await corpusFiles(root) : [], {
        worker: new URL('../lib/validate-worker.js', import.meta.url),
        ...(threads.threads ? {threads: threads.threads} : {}),
        ...(budget.budgetMs ? {budgetMs: budget.budgetMs} : {}),
        ...(cache ? {cache} : {}),
      })
      // A corpus rule read a field the cache does not keep (src/validate/cache.ts): checked without it, said once.
      if (run.use?.setAside) this.logToStderr(`The validation cache was not used: ${run.use.setAside}.`)
      let results = run.results
      if (flags.quiet) {
        results = results.map((result) => ({...result, messages: result.messages.filter((message) => message.severity === 2), warningCount: 0}))
      }
      const output = flags.format === 'json' ? formatJson(results) : formatStylish(results, {color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR})
      await writeOut(`${output}\n`)
      if (results.some((result) => result.errorCount > 0)) this.exit(1)
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
