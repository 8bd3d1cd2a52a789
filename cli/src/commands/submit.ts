import {Args, Command, Flags} from '@oclif/core'
import {fail, UserError, writeOut} from '../failure.js'

export default class Submit extends Command {
  static override summary = 'Validate a draft and record it on a new branch, ready for review.'
  static override description = `Run inside a portal checkout. The draft is validated against the entries committed at HEAD and
refused on any error, with nothing written. Otherwise it is recorded as one commit on top of HEAD, on
a new branch; your current branch, index and work tree are left as they were.

A new entry (no id line) gets an id derived from its content and a safe file name in practices/ or
cases/ that no committed entry and no pending submission (local or remote-tracking submission/*
branches) uses; the branch is submission/<id>. Submitting the same draft again gives the same id and
reports it as already submitted, without a second branch.

A draft carrying the id of a committed entry updates that entry's file in place, on the branch
submission/<id>-update-<hash>, and the output lists the front matter fields and body lines changed.

--push takes the name of a configured remote (see \`git remote\`). If the push fails, the new branch
is removed again, so running the same command later starts from the same state.`
  static override examples = [
    '<%= config.bin %> submit drafts/family-counselling.md --dry-run',
    '<%= config.bin %> submit drafts/family-counselling.md --push origin',
    '<%= config.bin %> submit practices/family-and-close-circle-counselling.md --push origin',
  ]
  static override args = {
    file: Args.string({description: 'the draft to submit', required: true}),
  }
  static override flags = {
    push: Flags.string({description: 'push the new branch to this configured remote (e.g. origin)'}),
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
        const changes =
          result.changes &&
          `Changed front matter: ${result.changes.fields.join(', ') || 'none'}; body: ${result.changes.added + result.changes.removed === 0 ? 'unchanged' : `${lines(result.changes.added)} added, ${result.changes.removed} removed`}.`
        if (result.already === 'merged') {
          this.log(`Already in the portal: ${what} is ${result.id} in ${result.path}, committed in this checkout; nothing was changed.`)
          return
        }
        if (result.already === 'pending') {
          const where = result.pendingOn === 'local' ? '' : ` (on ${result.pendingOn})`
          this.log(`Already submitted: ${what} as ${result.id}: ${result.path} on branch ${result.branch}${where}; nothing was changed.`)
          if (changes) this.log(changes)
          if (result.pushed) this.log(`Pushed ${result.branch} to ${result.pushed}.`)
          else if (result.pendingOn === 'local' && !result.dryRun) this.log(`Push it for review with: git push origin ${result.branch}`)
          return
        }
        if (result.dryRun) {
          this.log(
            `Dry run: ${what} is valid and would be ${result.update ? 'updated' : 'submitted'} as ${result.id} in ${result.path} on branch ${result.branch}. Nothing was written.`,
          )
          if (changes) this.log(changes)
          return
        }
        this.log(
          `${result.update ? 'Updated' : 'Submitted'} ${what} as ${result.id}: ${result.path} on branch ${result.branch} (commit ${result.commit?.slice(0, 10)}).`,
        )
        if (changes) this.log(changes)
        this.log(result.pushed ? `Pushed ${result.branch} to ${result.pushed}.` : `Push it for review with: git push origin ${result.branch}`)
      } catch (error) {
        if (error instanceof SubmitError) {
          if (error.results) {
            const shown = error.results.filter((result) => result.messages.length > 0)
            await writeOut(
              `${flags.format === 'json' ? formatJson(shown) : formatStylish(shown, {color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR})}\n`,
            )
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

function lines(count: number): string {
  return `${count} line${count === 1 ? '' : 's'}`
}
