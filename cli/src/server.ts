/**
 * The validation server: a process of one checkout that keeps the validator loaded and the
 * validation cache in memory, so that `continuum validate` asks it instead of starting the
 * validator again (what makes validating one file slow in a large checkout is loading the
 * validator, the word lists and the cache, not checking the file).
 *
 * It answers on a local socket in the checkout's cache folder (`.continuum-cache/server.sock`,
 * readable by its owner only), one request per connection, a line of JSON each way, one request at
 * a time. What it answers is what `continuum validate` would print in its own process: it runs
 * the same function (run-validation.ts) with the same cache, which checks every file's size, times
 * and inode at each request and hashes again what changed, so nothing edited since is missed. A
 * server of another build of the CLI, of another checkout, or started on another day (the review
 * dates) declines, and the command validates in its own process. To answer an editor that
 * validates on save at once, it checks a saved entry as soon as the system reports the save, and
 * gives a report again only while nothing it read has changed (serve.ts).
 *
 * This module holds the plumbing and the client; it knows nothing of oclif.
 */
import {existsSync} from 'node:fs'
import {createConnection} from 'node:net'
import path from 'node:path'
import type {LintResult} from '../../src/validate/report/format.js'
import type {ValidationRequest} from './run-validation.js'
import {switchedOff} from '../../src/validate/switched-off.js'

/** Set by scripts/build.mjs: one value per build of the CLI, so that a rebuilt CLI never asks an older server. */
declare const __CONTINUUM_BUILD__: string | undefined
export const buildId: string = typeof __CONTINUUM_BUILD__ === 'string' ? __CONTINUUM_BUILD__ : 'sources'

/** Version of the messages below; a change makes older servers decline. */
export const PROTOCOL = 1
/** The longest socket path the systems allow (108 bytes on Linux, 104 on macOS, with the terminator). */
export const MAX_SOCKET_PATH = 100
/** The longest line either side accepts (a report of thousands of files fits many times). */
export const MAX_LINE = 256 * 1024 * 1024

export type Question = {kind: 'validate'; protocol: number; build: string; request: ValidationRequest} | {kind: 'status'} | {kind: 'stop'}

export type Answer =
  | {kind: 'report'; results: LintResult[]; notes: string[]}
  /** A usage error the command prints as it would itself (a missing path, a refused budget). */
  | {kind: 'refused'; message: string; exitCode: number}
  /** The server cannot answer this request: the command validates in its own process. */
  | {kind: 'declined'; why: string}
  | {
      kind: 'status'
      pid: number
      root: string
      build: string
      startedAt: string
      requests: number
      idleMinutes: number
      /** Why changes are not watched, if they are not (every file is then looked at at every request). */
      unwatched?: string
    }
  | {kind: 'stopping'}

/** The socket of a checkout's server. */
export function socketPathOf(root: string): string {
  return path.join(root, '.continuum-cache', 'server.sock')
}

/** The nearest checkout at or above `from` with a server socket, if any (a file's existence only: cheap). */
export function serverRootFrom(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(socketPathOf(dir))) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

/**
 * Sends one question and resolves with the answer; undefined when no server answers (none
 * listening, a stale socket, a server that closed without a whole answer, a malformed answer).
 */
export function ask(socketPath: string, question: Question, options: {connectMs?: number} = {}): Promise<Answer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let settled = false
    const done = (answer: Answer | undefined) => {
      if (settled) return
      settled = true
      clearTimeout(connecting)
      socket.destroy()
      resolve(answer)
    }
    const socket = createConnection(socketPath)
    // Connecting to a live server takes well under a millisecond; one that does not accept is stuck.
    const connecting = setTimeout(() => done(undefined), options.connectMs ?? 2000)
    socket.on('connect', () => {
      clearTimeout(connecting)
      socket.write(`${JSON.stringify(question)}\n`)
    })
    socket.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_LINE) return done(undefined)
      const newline = chunk.indexOf(10)
      if (newline === -1) {
        chunks.push(chunk)
        return
      }
      chunks.push(chunk.subarray(0, newline))
      done(parseAnswer(Buffer.concat(chunks).toString('utf8')))
    })
    socket.on('error', () => done(undefined))
    socket.on('close', () => done(undefined))
  })
}

function parseAnswer(line: string): Answer | undefined {
  try {
    const value = JSON.parse(line) as Answer
    return value && typeof value === 'object' && typeof value.kind === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

/** Whether a request may go to a server: not with the cache turned off (a server is a cache), nor with CONTINUUM_SERVER=0. */
export function serverWanted(request: ValidationRequest, env: NodeJS.ProcessEnv = process.env): boolean {
  return request.cache && !switchedOff(request.env.CONTINUUM_CACHE) && !switchedOff(env.CONTINUUM_SERVER)
}

/**
 * Asks the server of the checkout around `request.cwd`, if one runs, to validate. Undefined when
 * there is none or it declines; the caller then validates in its own process.
 */
export async function askToValidate(request: ValidationRequest): Promise<Extract<Answer, {kind: 'report' | 'refused'}> | undefined> {
  const root = serverRootFrom(request.cwd)
  if (!root) return undefined
  const answer = await ask(socketPathOf(root), {kind: 'validate', protocol: PROTOCOL, build: buildId, request})
  return answer && (answer.kind === 'report' || answer.kind === 'refused') ? answer : undefined
}
