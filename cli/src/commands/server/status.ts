import {Command, Flags} from '@oclif/core'
import {fail} from '../../failure.js'

export default class ServerStatus extends Command {
  static override summary = 'Say whether a validation server runs for this checkout (exit status 0 if one does, 1 if not).'
  static override examples = ['<%= config.bin %> server status']
  static override enableJsonFlag = true
  static override flags = {
    debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
  }

  async run(): Promise<{running: boolean; pid?: number; root?: string; startedAt?: string; requests?: number; current?: boolean}> {
    const {flags} = await this.parse(ServerStatus)
    try {
      const {ask, buildId, serverRootFrom, socketPathOf} = await import('../../server.js')
      const root = serverRootFrom(process.cwd())
      const answer = root ? await ask(socketPathOf(root), {kind: 'status'}, {connectMs: 500}) : undefined
      if (answer?.kind !== 'status') {
        this.log('No validation server runs for this checkout.')
        process.exitCode = 1
        return {running: false}
      }
      const current = answer.build === buildId
      this.log(
        `Validation server of ${answer.root}: process ${answer.pid}, started ${answer.startedAt}, ${answer.requests} request(s) answered, stops after ${answer.idleMinutes} idle minutes.${answer.unwatched ? `\nIt looks at every file at every request: ${answer.unwatched}.` : ''}${current ? '' : '\nIt runs another build of the CLI: `continuum validate` does not use it (`continuum server start` replaces it).'}`,
      )
      return {running: true, pid: answer.pid, root: answer.root, startedAt: answer.startedAt, requests: answer.requests, current}
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
