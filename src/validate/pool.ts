/**
 * Worker threads that check files one at a time under a time budget. A worker that overruns the
 * budget of its file, runs out of memory or crashes is ended and replaced; the file gets one
 * message saying what happened and what was running, and every other file is still checked.
 */
import {Worker} from 'node:worker_threads'
import type {Finding} from './rule.js'
import {internalError, overBudget, type Collected, type Stage, type WorkerResult} from './validate.js'

export interface PoolOptions {
  worker: URL
  threads: number
  budgetMs: number
  /** Memory one worker may use, in MiB (a hostile file must not take the machine down). */
  memoryMb?: number
}

/** Time a worker may take to start (load its modules and word lists). */
const STARTUP_MS = 60_000

/** A result for a file whose worker was stopped: refused, with the one message that says why. */
function stopped(path: string, ruleId: string, finding: Finding): WorkerResult {
  const findings: Collected[] = [{ruleId, finding}]
  return {path: path.replaceAll('\\', '/'), findings, suppressions: [], refused: true, text: '', bodyLine: 1, plain: '', links: []}
}

/** Checks every path in worker threads; resolves with one result per path (keyed by the path as given). */
export function runPool(paths: readonly string[], options: PoolOptions): Promise<Map<string, WorkerResult>> {
  const results = new Map<string, WorkerResult>()
  let next = 0
  return new Promise((resolve) => {
    if (paths.length === 0) return resolve(results)
    let live = 0
    const start = () => {
      const stage = new Int32Array(new SharedArrayBuffer(4))
      const thread = new Worker(options.worker, {
        workerData: {stage},
        // A larger young generation: parsing allocates many short-lived nodes, and scavenges were a tenth of the time.
        resourceLimits: {maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: options.memoryMb ?? 1024},
        stdout: false,
        stderr: false,
      })
      live++
      let current: string | undefined
      let timer: NodeJS.Timeout | undefined
      let done = false
      let ready = false
      // Ends this worker for good: records the file it held, and starts a replacement if work is left.
      const retire = (finding: Finding | undefined, ruleId: string) => {
        if (done) return
        done = true
        clearTimeout(timer)
        // A worker that fails before it is ready takes the next file with it: every failure
        // consumes a file, so a worker that can never start cannot loop for ever.
        if (!ready && current === undefined && next < paths.length) current = paths[next++]
        if (current !== undefined && !results.has(current) && finding) results.set(current, stopped(current, ruleId, finding))
        current = undefined
        void thread.terminate()
        live--
        if (next < paths.length) start()
        else if (live === 0) resolve(results)
      }
      const feed = () => {
        if (next >= paths.length) {
          current = undefined
          done = true
          void thread.terminate()
          live--
          if (live === 0) resolve(results)
          return
        }
        current = paths[next++]!
        Atomics.store(stage, 0, 0)
        thread.postMessage({path: current, budgetMs: options.budgetMs})
        // The worker checks the budget between rules itself; this timer catches a rule (or the
        // parser) that never returns. A little slack lets the worker's own message come first.
        timer = setTimeout(() => retire(overBudget(options.budgetMs, Atomics.load(stage, 0) as Stage), 'safety/time-budget'), options.budgetMs + 250)
      }
      thread.on('message', (message: WorkerResult | {ready: true}) => {
        // The first message says the worker has started (modules and word lists loaded): only
        // then does a file's time budget start counting.
        if ('ready' in message) {
          clearTimeout(timer)
          ready = true
          return feed()
        }
        clearTimeout(timer)
        if (current !== undefined) results.set(current, message)
        feed()
      })
      thread.on('error', (error) => retire(internalError(`checking the file (the worker stopped: ${(error as Error).message})`, error), 'internal-error'))
      thread.on('exit', () => retire(internalError('checking the file', new Error('the worker exited unexpectedly')), 'internal-error'))
      // Starting a worker must not hang a run either.
      timer = setTimeout(() => retire(internalError('starting a validation worker', new Error(`not ready after ${STARTUP_MS / 1000} s`)), 'internal-error'), STARTUP_MS)
    }
    const count = Math.max(1, Math.min(options.threads, paths.length))
    for (let index = 0; index < count; index++) start()
  })
}
