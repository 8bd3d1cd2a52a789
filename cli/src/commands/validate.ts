import {Args, Command, Flags} from '@oclif/core'
import {fail, UserError, writeOut} from '../failure.js'

export default class Validate extends Command {
  static override summary = 'Check entries against the content model, the safety rules and the anonymisation rules.'
  static override description = `Exit status: 0 when no errors, 1 when errors, 2 for usage errors.
Paths may be files or folders (searched for .md files). Inside a portal checkout, the other entries
are read as context, so links, ids and profiles are checked against the whole corpus.
Inside a checkout, what checking each file found is cached in .continuum-cache/ (git-ignored), keyed
by the file's content hash and the validator's version: only changed files are parsed again, and the
corpus rules always run on every entry. --no-cache or CONTINUUM_CACHE=0 turns the cache off.
When a validation server runs for the checkout (\`continuum server start\`), it answers instead: the
same report, without loading the validator again. CONTINUUM_SERVER=0 ignores it.`
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
      const {requestEnv} = await import('../run-validation.js')
      const request = {
        paths: argv as string[],
        cwd: process.cwd(),
        cache: flags.cache,
        ...(flags.budget ? {budget: flags.budget} : {}),
        env: requestEnv(process.env),
      }
      // A validation server of this checkout (`continuum server start`) answers without loading the validator here.
      const {askToValidate, serverWanted} = await import('../server.js')
      const served = serverWanted(request) ? await askToValidate(request) : undefined
      if (served?.kind === 'refused') throw new UserError(served.message, served.exitCode)
      const outcome = served ?? (await (await import('../run-validation.js')).runValidation(request, new URL('../lib/validate-worker.js', import.meta.url)))
      for (const note of outcome.notes) this.logToStderr(note)
      let {results} = outcome
      if (flags.quiet) {
        results = results.map((result) => ({...result, messages: result.messages.filter((message) => message.severity === 2), warningCount: 0}))
      }
      const {formatJson, formatStylish} = await import('../../../src/validate/report/format.js')
      const output = flags.format === 'json' ? formatJson(results) : formatStylish(results, {color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR})
      await writeOut(`${output}\n`)
      if (results.some((result) => result.errorCount > 0)) this.exit(1)
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
