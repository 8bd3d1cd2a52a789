import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {Command} from '@oclif/core'
import {serverCheckout} from '../../checkout.js'
import {serverFlags} from '../../server-flags.js'
import {fail, UserError} from '../../failure.js'

export default class ServerStart extends Command {
  static override summary = 'Start the validation server of this checkout in the background.'
  static override description = `While it runs, \`continuum validate\` in this checkout asks it instead of loading the
validator itself: the same report, in a fraction of the time in a large checkout. It keeps the
validator and the validation cache in memory, checks at every request which files changed, and
stops after --idle minutes without a request, when the CLI is rebuilt, or at \`continuum server stop\`.
CONTINUUM_SERVER=0 makes \`continuum validate\` ignore it.`
  static override examples = ['<%= config.bin %> server start', '<%= config.bin %> server start --idle 120']
  static override flags = serverFlags

  async run(): Promise<void> {
    const {flags} = await this.parse(ServerStart)
    try {
      const root = await serverCheckout()
      const {checkSocketPath} = await import('../../serve.js')
      checkSocketPath(root)
      const {ask, buildId, socketPathOf} = await import('../../server.js')
      const socket = socketPathOf(root)
      const running = await ask(socket, {kind: 'status'}, {connectMs: 500})
      if (running?.kind === 'status') {
        if (running.build === buildId) {
          this.log(`A validation server already runs for ${root} (process ${running.pid}).`)
          return
        }
        // A server of an older build of the CLI: it makes way.
        await ask(socket, {kind: 'stop'})
        await waitUntil(async () => (await ask(socket, {kind: 'status'}, {connectMs: 200})) === undefined, 10_000)
      }
      const bin = fileURLToPath(new URL('../../../bin/run.js', import.meta.url))
      const child = spawn(process.execPath, [bin, 'server', 'run', '--idle', String(flags.idle)], {cwd: root, detached: true, stdio: 'ignore'})
      child.unref()
      const started = await waitUntil(async () => (await ask(socket, {kind: 'status'}, {connectMs: 200}))?.kind === 'status', 20_000)
      if (!started) throw new UserError(`The validation server did not start within 20 seconds. Run \`continuum server run\` in ${root} to see why.`, 1)
      this.log(
        `Validation server started for ${root} (process ${child.pid}); it stops after ${flags.idle} minutes without a request.\n\`continuum validate\` in this checkout now asks it; \`continuum server stop\` stops it.`,
      )
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}

/** Polls `ready` every 50 ms until it holds or `ms` pass. */
async function waitUntil(ready: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await ready()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}
