/**
 * The listening side of the validation server (server.ts says what it is for). Runs in the
 * foreground until stopped, idle for `idleMinutes`, or its socket is taken away.
 */
import {chmodSync, existsSync, lstatSync, unlinkSync} from 'node:fs'
import {createServer, type Socket} from 'node:net'
import path from 'node:path'
import {settled, signatureOf, type StatSignature, ValidationCache} from '../../src/validate/cache.js'
import {UserError} from './failure.js'
import {type KeptState, runValidation, requestVariables, type ValidationRequest} from './run-validation.js'
import {WatchedFiles} from './watched-files.js'
import {type Answer, ask, buildId, MAX_LINE, MAX_SOCKET_PATH, PROTOCOL, type Question, socketPathOf} from './server.js'

export interface ServeOptions {
  root: string
  /** The validator's worker script (run-validation.ts). */
  worker: URL
  idleMinutes: number
  /** Told when the server listens, and why it stopped. */
  log?: (line: string) => void
}

/** A cache that stays in memory between requests and is written to disk once requests pause. */
class ServerCache extends ValidationCache {
  private timer: NodeJS.Timeout | undefined
  override save(): boolean {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => super.save(), 1000)
    return true
  }
  flush() {
    clearTimeout(this.timer)
    super.save()
  }
}

/** A file's times, size and inode now, if it can be looked at. */
function statOf(file: string): StatSignature | undefined {
  try {
    return signatureOf(lstatSync(file))
  } catch {
    return undefined
  }
}

/** Today's date (UTC), as the review rules read it. */
const today = () => new Date().toISOString().slice(0, 10)

/** Refuses to start where a socket cannot live; a usage error. */
export function checkSocketPath(root: string) {
  const socket = socketPathOf(root)
  if (process.platform === 'win32')
    throw new UserError('The validation server needs a local socket, which this system does not offer; `continuum validate` works without it.', 2)
  if (Buffer.byteLength(socket) > MAX_SOCKET_PATH)
    throw new UserError(
      `The checkout's path is too long for a local socket (${Buffer.byteLength(socket)} bytes for ${socket}; at most ${MAX_SOCKET_PATH}).\nMove the checkout to a shorter path to use the validation server; \`continuum validate\` works without it.`,
      2,
    )
}

/** Serves until stopped; resolves with why it stopped. */
export async function serve(options: ServeOptions): Promise<string> {
  const {root} = options
  checkSocketPath(root)
  const socketPath = socketPathOf(root)
  if (existsSync(socketPath)) {
    const answer = await ask(socketPath, {kind: 'status'}, {connectMs: 500})
    if (answer?.kind === 'status') throw new UserError(`A validation server already runs for ${root} (process ${answer.pid}).`, 1)
    // Left by a server that was killed: nobody listens.
    unlinkSync(socketPath)
  }
  const {mkdirSync, writeFileSync} = await import('node:fs')
  mkdirSync(`${root}/.continuum-cache`, {recursive: true})
  writeFileSync(`${root}/.continuum-cache/.gitignore`, '*\n')

  const {FactsMemo} = await import('../../src/validate/cached.js')
  const {collectFiles, contentFolders, corpusFiles} = await import('../../src/validate/files.js')
  const watched = new WatchedFiles(root)
  const caches = new Map<string, ServerCache>()
  const kept: KeptState = {
    cacheOf: (at, version) => {
      let cache = caches.get(`${at}\0${version}`)
      if (!cache) {
        cache = new ServerCache(at, version)
        caches.set(`${at}\0${version}`, cache)
      }
      cache.startRun()
      return cache
    },
    // The checkout's files as the command lists them, from what the server remembers of folders that did not change.
    corpusOf: (at) => (at === root ? watched.list(contentFolders(), (dir) => collectFiles([dir]).catch(() => [])) : corpusFiles(at)),
    naming: (files) => {
      watched.forget(files)
      // What a remembered answer must find unchanged: the files outside the watched folders.
      named = files.map((file) => {
        const stat = watched.covers(file) ? undefined : statOf(file)
        return {file: path.resolve(file), stat: stat && settled(stat) ? stat : undefined}
      })
    },
    through: {fileSystem: watched.fileSystem, memo: new FactsMemo()},
  }
  const startedAt = new Date().toISOString()
  const day = today()
  let requests = 0
  // The check that the system reports every change runs when requests pause (it looks at every
  // file: run after each request, it would take the processor from the next one), at most every 20 s.
  let busy = false
  let verifyTimer: NodeJS.Timeout | undefined
  let lastVerified = 0
  const scheduleVerify = () => {
    clearTimeout(verifyTimer)
    verifyTimer = setTimeout(
      () => {
        if (busy) return scheduleVerify()
        lastVerified = Date.now()
        void watched.verify(() => busy)
      },
      Math.max(2000, lastVerified + 20_000 - Date.now()),
    )
  }
  let queue: Promise<unknown> = Promise.resolve()
  let stop: (why: string) => void = () => {}
  const stopped = new Promise<string>((resolve) => (stop = resolve))
  let idle: NodeJS.Timeout | undefined
  let stopping = false
  void stopped.then(() => (stopping = true))
  const rearm = () => {
    clearTimeout(idle)
    if (stopping) return
    idle = setTimeout(() => stop(`no request for ${options.idleMinutes} minutes`), options.idleMinutes * 60_000)
  }

  /**
   * The last report, given again for the same request while nothing it read has changed: no change
   * reported in the content folders since it was made (what corpus rules read), and the files it
   * named that sit elsewhere as they were then, by their times (and settled: older than the clock's
   * granularity allows to tell apart).
   */
  let last: {key: string; generation: number; elsewhere: Array<{file: string; stat: StatSignature}>; answer: Answer} | undefined
  let named: Array<{file: string; stat: StatSignature | undefined}> = []
  const unchanged = (elsewhere: Array<{file: string; stat: StatSignature}>) =>
    elsewhere.every(({file, stat}) => {
      const now = statOf(file)
      return now !== undefined && now.size === stat.size && now.mtimeMs === stat.mtimeMs && now.ctimeMs === stat.ctimeMs && now.ino === stat.ino
    })

  /** One validation, run as the command would in the asker's folder and environment. */
  const validate = async (request: ValidationRequest): Promise<Answer> => {
    if (today() !== day) {
      stop('the date changed since it started (review dates are checked against today)')
      return {kind: 'declined', why: 'the date changed since the server started'}
    }
    const key = JSON.stringify(request)
    if (last?.key === key && last.generation === watched.generation && !watched.distrusted && unchanged(last.elsewhere)) return last.answer
    last = undefined
    const generation = watched.generation
    named = []
    const saved = {cwd: process.cwd(), env: Object.fromEntries(requestVariables.map((name) => [name, process.env[name]]))}
    try {
      process.chdir(request.cwd)
      for (const name of requestVariables) {
        if (request.env[name] === undefined) delete process.env[name]
        else process.env[name] = request.env[name]
      }
      const outcome = await runValidation(request, options.worker, kept)
      if (outcome.root !== root) return {kind: 'declined', why: `the request is for another checkout (${outcome.root ?? 'none'})`}
      const answer: Answer = {kind: 'report', results: outcome.results, notes: outcome.notes}
      // Remembered only when every file it named is watched, or was settled when it was read.
      if (named.every((item) => item.stat !== undefined || watched.covers(item.file)))
        last = {key, generation, elsewhere: named.filter((item): item is {file: string; stat: StatSignature} => item.stat !== undefined), answer}
      return answer
    } catch (error) {
      if (error instanceof UserError) return {kind: 'refused', message: error.message, exitCode: error.exitCode}
      // Anything else: the command validates in its own process, where the failure is reported as usual.
      return {kind: 'declined', why: error instanceof Error ? error.message : String(error)}
    } finally {
      process.chdir(saved.cwd)
      for (const [name, value] of Object.entries(saved.env)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  }

  // A saved entry is checked as soon as the system reports it (a few files at a time, not a checkout
  // switched to another branch), through the same cache: the request that follows, typically an
  // editor validating on save, finds the file's own checking done. Nothing is reported from here.
  const savedFiles = new Set<string>()
  let savedTimer: NodeJS.Timeout | undefined
  watched.onChange = (file) => {
    savedFiles.add(file)
    clearTimeout(savedTimer)
    savedTimer = setTimeout(() => {
      const files = [...savedFiles].filter((at) => existsSync(at))
      savedFiles.clear()
      if (files.length === 0 || files.length > 3) return
      queue = queue.then(async () => {
        busy = true
        await validate({paths: files.map((at) => path.relative(root, at)), cwd: root, cache: true, env: {}})
        busy = false
      })
    }, 50)
  }

  const answer = async (question: Question): Promise<Answer> => {
    if (question.kind === 'status') {
      const unwatched = watched.distrusted
      return {kind: 'status', pid: process.pid, root, build: buildId, startedAt, requests, idleMinutes: options.idleMinutes, ...(unwatched ? {unwatched} : {})}
    }
    if (question.kind === 'stop') {
      stop('asked to stop')
      return {kind: 'stopping'}
    }
    if (question.kind !== 'validate' || question.protocol !== PROTOCOL || question.build !== buildId) {
      // Another build of the CLI asks: this server is out of date and makes way.
      stop('a different build of the CLI asked')
      return {kind: 'declined', why: 'the server runs another build of the CLI'}
    }
    requests++
    const began = performance.now()
    const reply = await validate(question.request)
    if (process.env.CONTINUUM_SERVER_TRACE) options.log?.(`request ${requests}: ${(performance.now() - began).toFixed(1)} ms`)
    return reply
  }

  const server = createServer((socket: Socket) => {
    const chunks: Buffer[] = []
    let size = 0
    socket.on('error', () => socket.destroy())
    socket.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_LINE) return socket.destroy()
      const newline = chunk.indexOf(10)
      if (newline === -1) return void chunks.push(chunk)
      chunks.push(chunk.subarray(0, newline))
      socket.removeAllListeners('data')
      let question: Question
      try {
        question = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Question
        if (!question || typeof question !== 'object') throw new Error('not an object')
      } catch {
        socket.end(`${JSON.stringify({kind: 'declined', why: 'a malformed question'} satisfies Answer)}\n`)
        return
      }
      const reply = (answered: Answer) => {
        if (!socket.destroyed) socket.end(`${JSON.stringify(answered)}\n`)
      }
      // A status or a stop is answered at once; validations one at a time (a run changes the folder and environment of this process).
      if (question.kind !== 'validate') return void answer(question).then(reply)
      queue = queue.then(async () => {
        busy = true
        clearTimeout(idle)
        // Changes the system reported before this question arrived are taken in first.
        await new Promise((resolve) => setImmediate(resolve))
        reply(await answer(question))
        busy = false
        rearm()
        scheduleVerify()
      })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, () => resolve())
  })
  chmodSync(socketPath, 0o600)
  // Whether this file system reports changes at all (some network and shared folders do not).
  await watched.probe(path.join(root, '.continuum-cache'))
  rearm()
  // Loads the validator and the cache now, so that the first request finds them ready.
  queue = queue.then(async () => {
    const first = (await kept.corpusOf!(root))[0]
    if (first) await runValidation({paths: [first], cwd: root, cache: true, env: {}}, options.worker, kept).catch(() => undefined)
  })
  options.log?.(`Validation server for ${root} listening (process ${process.pid}); it stops after ${options.idleMinutes} minutes without requests.`)
  // The socket removed or replaced (another server, a clean-up): this one is no longer reachable.
  const watch = setInterval(() => {
    if (!existsSync(socketPath)) stop('its socket was removed')
  }, 5000)
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  const onSignal = (signal: NodeJS.Signals) => stop(`${signal} received`)
  for (const signal of signals) process.on(signal, onSignal)

  const why = await stopped
  for (const signal of signals) process.off(signal, onSignal)
  clearInterval(watch)
  clearTimeout(idle)
  server.close()
  await queue.catch(() => undefined)
  clearTimeout(verifyTimer)
  clearTimeout(savedTimer)
  watched.close()
  for (const cache of caches.values()) cache.flush()
  try {
    unlinkSync(socketPath)
  } catch {
    // Already gone.
  }
  return why
}
