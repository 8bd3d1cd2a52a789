import {Args, Command, Flags} from '@oclif/core'
import {fail, UserError, writeOut} from '../failure.js'

export default class Submit extends Command {
  static override summary = 'Validate a draft and record it on a new branch submission/<id>, ready for review.'
  static override description = `Run inside a portal checkout. The draft is validated against the whole corpus and refused on
any error, with nothing written. Otherwise it gets a stable id, a safe file name in practices/ or
cases/, and one commit on a new branch submission/<id>. Your current branch and work tree are left
as they were. A draft that already has an id updates that entry.`
  static override examples = [
    '<%= config.bin %> submit drafts/family-counselling.md --dry-run',
    '<%= config.bin %> submit drafts/family-counselling.md --push origin',
  ]
  static override args = {
    file: Args.string({description: 'the draft to submit', required: true}),
  }
  static override flags = {
    push: Flags.string({description: 'push the new branch to this remote (e.g. origin)'}),
    'dry-run': Flags.boolean({description: 'validate and show what would happen, without writing anything'}),
    format: Flags.string({char: 'f', options: ['stylish', 'json'], default: 'stylish', description: 'format of validation problems'}),
    debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(Submit)
    try {
      const {submit, SubmitError} = await import('../../../src/submit/submit.js')
      const {formatJson, formatStylish} = await import('../../../src/validate/report/format.js')
      try {
        const result = await submit({file: args.file, cwd: process.cwd(), push: flags.push, dryRun: flags['dry-run']})
        const what = `${result.type} "${result.title}"`
        if (result.dryRun) {
          this.log(`Dry run: ${what} is valid and would be ${result.update ? 'updated' : 'submitted'} as ${result.id} in ${result.path} on branch ${result.branch}. Nothing was written.`)
          return
        }
        this.log(`${result.update ? 'Updated' : 'Submitted'} ${what} as ${result.id}: ${result.path} on branch ${result.branch} (commit ${result.commit?.slice(0, 10)}).`)
        this.log(result.pushed ? `Pushed ${result.branch} to ${result.pushed}.` : `Push it for review with: git push origin ${result.branch}`)
      } catch (error) {
        if (error instanceof SubmitError) {
          if (error.results) {
            const shown = error.results.filter((result) => result.messages.length > 0)
            await writeOut(`${flags.format === 'json' ? formatJson(shown) : formatStylish(shown, {color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR})}\n`)
          }
          throw new UserError(error.message, 1)
        }
        throw error
      }
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
