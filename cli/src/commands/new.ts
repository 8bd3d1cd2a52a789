import {Args, Command, Flags} from '@oclif/core'
import {entryTypeNames, typeOf} from '../../../src/model/types/index.js'
import {fail, UserError} from '../failure.js'
import {messages} from '../messages.js'

export default class New extends Command {
  static override summary = 'Write a template for a new practice entry or case review.'
  static override description = `On a terminal, asks for the title, country and language; otherwise takes them from flags.
The template explains every field and lists its allowed values; editors that read the
yaml-language-server modeline autocomplete the front matter from the portal's JSON Schema.`
  static override examples = [
    '<%= config.bin %> new practice',
    '<%= config.bin %> new case --title "Continuity broken by staff turnover" --output drafts/turnover.md',
  ]
  static override args = {
    type: Args.string({description: 'entry type', options: entryTypeNames(), required: true}),
  }
  static override flags = {
    title: Flags.string({description: 'title of the entry'}),
    country: Flags.string({description: 'ISO country code (EU or multi for practices; undisclosed for cases)'}),
    language: Flags.string({description: 'language of the body (ISO 639-1)', default: 'en'}),
    output: Flags.string({char: 'o', description: 'file to write (default: a slug of the title, in the current folder)'}),
    force: Flags.boolean({description: 'replace the output file if it exists'}),
    yes: Flags.boolean({char: 'y', description: 'do not prompt, even on a terminal'}),
    debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
  }

  async run(): Promise<void> {
    const {args, flags} = await this.parse(New)
    try {
      const type = args.type
      const definition = typeOf(type)!
      const values = {title: flags.title, country: flags.country, language: flags.language}
      if (process.stdin.isTTY && process.stdout.isTTY && !flags.yes) {
        const {input} = await import('@inquirer/prompts')
        values.title ??= await input({message: 'Title', required: true})
        values.country ??= await input({message: definition.labels.countryPrompt, default: definition.defaultCountry})
      }
      const {writeTemplate} = await import('../../../src/model/write-template.js')
      const written = await writeTemplate({type, values, output: flags.output, force: flags.force, cwd: process.cwd()})
      if (written.exists) throw new UserError(messages.exists(written.path), 1)
      this.log(messages.written(written.path))
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
