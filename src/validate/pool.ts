/**
 * Worker threads that check files one at a time under a time budget. A worker that overruns the
 * budget of its file, runs out of memory or crashes is ended and replaced; the file gets one
 * message saying what happened and what was running, and every other file is still checked.
 */
import {Worker} from 'node:worker_threads'
import type {Finding} from './rule.js'
import {internalError, overBudget, type Collected, type WorkerResult} from './validate.js'

export interface PoolOptions {
  worker: URL
  threads: number
  budgetMs: number
  /** Memory one worker may use, in MiB (a hostile file must not take the machine down). */
  memoryMb?: number
}

/** Time a worker may take to start (load its modules and word lists). */
export const STARTUP_MS = 60_000

/** A result for a file whose worker was stopped: refused, with the one message that says why. */
export function stopped(path: string, ruleId: string, finding: Finding): WorkerResult {
  const findings: Collected[] = [{ruleId, finding}]
  return {path: path.replaceAll('\\', '/'), findings, suppressions: [], refused: true, text: '', bodyLine: 1, plain: '', links: []}
}

/** Files sent to a worker ahead of the one it is checking, so that it never waits for this thread. */
export const AHEAD = 1

/** Checks every path in worker threads; resolves with one result per path (keyed by the path as given). */
export function runPool(paths: readonly string[], options: PoolOptions): Promise<Map<string, WorkerResult>> {
  const results = new Map<string, WorkerResult>()
  // Files not yet sent to a worker: the queue, then files handed back by a worker that was stopped.
  let next = 0
  const handedBack: string[] = []
  const take = (): string | undefined => handedBack.pop() ?? (next < paths.length ? paths[next++] : undefined)
  const left = () => handedBack.length > 0 || next < paths.length
  return new Promise((resolve) => {
    if (paths.length === 0) return resolve(results)
    let live = 0
    const start = () => {
      // Shared with the worker: [0] the stage of the file it is checking, [1] how many files it has started.
      const stage = new Int32Array(new SharedArrayBuffer(8))
      const thread = new Worker(options.worker, {
        workerData: {stage},
        // A larger young generation: parsing allocates many short-lived nodes, and scavenges were a tenth of the time.
        resourceLimits: {maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: options.memoryMb ?? 1024},
        stdout: false,
        stderr: false,
      })
      live++
      // Files sent to this worker, in order: the first is the one it is checking.
      const sent: string[] = []
      let timer: NodeJS.Timeout | undefined
      let done = false
      let ready = false
      // Why this worker is being stopped, and the file to blame (undefined: the file it is checking when it exits).
      let stopping: {finding: Finding; ruleId: string; blame?: string} | undefined
      // Results received from this worker.
      let finished = 0
      const finish = () => {
        done = true
        clearTimeout(timer)
        void thread.terminate()
        live--
        if (left()) start()
        else if (live === 0) resolve(results)
      }
      // Ends this worker once it has exited (Node delivers the messages it posted before its
      // 'exit' event, so every result it finished is counted first): the file to blame gets the
      // finding, files sent ahead go back to the queue.
      const retire = (finding: Finding, ruleId: string, blame?: string) => {
        if (done) return
        // A worker that fails before it is ready takes a file with it: every failure consumes a
        // file, so a worker that can never start cannot loop for ever.
        let current: string | undefined
        // Between two files (every file it started has its result) the failure is no file's: all go
        // back. A worker that never finished a file is blamed on the next, so that each failure
        // still consumes a file.
        const between = ready && finished > 0 && Atomics.load(stage, 1) === finished
        if (blame === undefined) current = between ? undefined : (sent.shift() ?? (ready ? undefined : take()))
        else if (sent.includes(blame)) current = sent.splice(sent.indexOf(blame), 1)[0]
        if (current !== undefined && !results.has(current)) results.set(current, stopped(current, ruleId, finding))
        handedBack.push(...sent.reverse())
        sent.length = 0
        finish()
      }
      // Stops the worker; `retire` runs on its exit. `blame` names the file that was running when
      // the decision was taken: if its result arrives meanwhile, nothing is blamed and the files
      // still out are checked again by another worker.
      const stop = (finding: Finding, ruleId: string, blame?: string) => {
        if (done || stopping) return
        stopping = {finding, ruleId, ...(blame !== undefined ? {blame} : {})}
        clearTimeout(timer)
        void thread.terminate()
      }
      // The worker checks the budget between rules itself; this timer catches a rule (or the
      // parser) that never returns. A little slack lets the worker's own message come first.
      const watch = () => {
        clearTimeout(timer)
        if (sent.length > 0)
          timer = setTimeout(() => stop(overBudget(options.budgetMs, Atomics.load(stage, 0)), 'safety/time-budget', sent[0]), options.budgetMs + 250)
      }
      const send = () => {
        while (sent.length <= AHEAD) {
          const path = take()
          if (path === undefined) break
          sent.push(path)
          thread.postMessage({path, budgetMs: options.budgetMs})
        }
        if (sent.length === 0) finish()
      }
      thread.on('message', (message: WorkerResult | {ready: true}) => {
        if (done) return
        // The first message says the worker has started (modules and word lists loaded): only
        // then does a file's time budget start counting.
        if ('ready' in message) {
          if (stopping) return
          ready = true
          send()
          if (!done) watch()
          return
        }
        const path = sent.shift()
        finished++
        if (path !== undefined) results.set(path, message)
        // A worker being stopped gets no new file.
        if (stopping) return
        send()
        if (!done) watch()
      })
      // An uncaught error ends the worker: remember why, and retire it on its exit.
      thread.on('error', (error) => {
        stopping ??= {finding: internalError(`checking the file (the worker stopped: ${(error as Error).message})`, error), ruleId: 'internal-error'}
      })
      thread.on('exit', () => {
        const why = stopping ?? {finding: internalError('checking the file', new Error('the worker exited unexpectedly')), ruleId: 'internal-error'}
        retire(why.finding, why.ruleId, why.blame)
      })
      // Starting a worker must not hang a run either.
      timer = setTimeout(
        () => stop(internalError('starting a validation worker', new Error(`not ready after ${STARTUP_MS / 1000} s`)), 'internal-error'),
        STARTUP_MS,
      )
    }
    const count = Math.max(1, Math.min(options.threads, paths.length))
    for (let index = 0; index < count; index++) start()
  })
}
