import {Command} from '@oclif/core'
import {serverCheckout} from '../../checkout.js'
import {serverFlags} from '../../server-flags.js'
import {fail} from '../../failure.js'

export default class ServerRun extends Command {
  static override summary = 'Run the validation server of this checkout in the foreground (Ctrl-C stops it).'
  static override description = `While it runs, \`continuum validate\` in this checkout asks it instead of loading the
validator itself: the same report, in a fraction of the time in a large checkout. \`continuum server start\`
runs it in the background instead.`
  static override examples = ['<%= config.bin %> server run', '<%= config.bin %> server run --idle 120']
  static override flags = serverFlags

  async run(): Promise<void> {
    const {flags} = await this.parse(ServerRun)
    try {
      const root = await serverCheckout()
      const {serve} = await import('../../serve.js')
      const why = await serve({
        root,
        worker: new URL('../../lib/validate-worker.js', import.meta.url),
        idleMinutes: flags.idle,
        log: (line) => this.logToStderr(line),
      })
      this.logToStderr(`Validation server stopped: ${why}.`)
      // Nothing of the server may keep the process alive in the background (a worker, a timer of a library).
      process.exit(0)
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
