import {Command, Flags} from '@oclif/core'
import {fail} from '../../failure.js'

export default class ServerStop extends Command {
  static override summary = 'Stop the validation server of this checkout.'
  static override examples = ['<%= config.bin %> server stop']
  static override flags = {
    debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
  }

  async run(): Promise<void> {
    const {flags} = await this.parse(ServerStop)
    try {
      const {ask, serverRootFrom, socketPathOf} = await import('../../server.js')
      const root = serverRootFrom(process.cwd())
      const answer = root ? await ask(socketPathOf(root), {kind: 'stop'}, {connectMs: 500}) : undefined
      if (answer?.kind === 'stopping') this.log(`Validation server of ${root} stopped.`)
      else this.log('No validation server runs for this checkout.')
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
