/**
 * Worker threads that check files one at a time under a time budget. A worker that overruns the
 * budget of its file, runs out of memory or crashes is ended and replaced; the file gets one
 * message saying what happened and what was running, and every other file is still checked.
 */
import {Worker} from 'node:worker_threads'
import type {Finding} from './rule.js'
import {rule as internalErrorRule} from './rules/internal-error.js'
import {rule as timeBudget} from './rules/safety/time-budget.js'
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

/** Why a worker is being stopped, and the file to blame (undefined: the file it is checking when it exits). */
export interface StopReason {
  finding: Finding
  ruleId: string
  blame?: string
}

/** A validation worker as both pools drive it (this file's and staged.ts). */
export interface ValidationWorker {
  thread: Worker
  /** Shared with the worker: [0] the stage of the file it is checking, [1] how many files it has started. */
  stage: Int32Array
  /** Why it is being stopped; undefined while it runs. */
  readonly stopping: StopReason | undefined
  /** Starts the time budget of the file it is checking (undefined: none is out), replacing any timer. */
  watch(path: string | undefined): void
  /** Ends it without a reason (its work is done or handed back); `onExit` still runs. */
  end(): void
}

/**
 * Starts a worker under the pool's limits. It must say it is ready within STARTUP_MS; a file
 * watched overruns its budget; an uncaught error or an unexpected exit ends it. In every case
 * `onExit` gets why once it has exited (Node delivers the messages it posted before its 'exit'
 * event, so every result it finished is in first).
 */
export function startValidationWorker(options: PoolOptions, onExit: (reason: StopReason) => void): ValidationWorker {
  const stage = new Int32Array(new SharedArrayBuffer(8))
  const thread = new Worker(options.worker, {
    workerData: {stage},
    // A larger young generation: parsing allocates many short-lived nodes, and scavenges were a tenth of the time.
    resourceLimits: {maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: options.memoryMb ?? 1024},
    stdout: false,
    stderr: false,
  })
  let timer: NodeJS.Timeout | undefined
  let stopping: StopReason | undefined
  // Stops the worker; onExit runs on its exit. `blame` names the file that was running when the
  // decision was taken: if its result arrives meanwhile, nothing is blamed and the files still
  // out are checked again by another worker.
  const stop = (reason: StopReason) => {
    if (stopping) return
    stopping = reason
    clearTimeout(timer)
    void thread.terminate()
  }
  // Starting a worker must not hang a run either.
  timer = setTimeout(
    () => stop({finding: internalError('starting a validation worker', new Error(`not ready after ${STARTUP_MS / 1000} s`)), ruleId: internalErrorRule.id}),
    STARTUP_MS,
  )
  // An uncaught error ends the worker: remember why.
  thread.on('error', (error) => {
    stopping ??= {finding: internalError(`checking the file (the worker stopped: ${(error as Error).message})`, error), ruleId: internalErrorRule.id}
  })
  thread.on('exit', () => {
    clearTimeout(timer)
    onExit(stopping ?? {finding: internalError('checking the file', new Error('the worker exited unexpectedly')), ruleId: internalErrorRule.id})
  })
  return {
    thread,
    stage,
    get stopping() {
      return stopping
    },
    // The worker checks the budget between rules itself; this timer catches a rule (or the
    // parser) that never returns. A little slack lets the worker's own message come first.
    watch(path) {
      clearTimeout(timer)
      if (path !== undefined && !stopping)
        timer = setTimeout(
          () => stop({finding: overBudget(options.budgetMs, Atomics.load(stage, 0)), ruleId: timeBudget.id, blame: path}),
          options.budgetMs + 250,
        )
    },
    end() {
      clearTimeout(timer)
      void thread.terminate()
    },
  }
}

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
      live++
      // Files sent to this worker, in order: the first is the one it is checking.
      const sent: string[] = []
      let done = false
      let ready = false
      // Results received from this worker.
      let finished = 0
      const worker = startValidationWorker(options, (reason) => retire(reason))
      const finish = () => {
        done = true
        worker.end()
        live--
        if (left()) start()
        else if (live === 0) resolve(results)
      }
      // Ends this worker once it has exited: the file to blame gets the finding, files sent ahead
      // go back to the queue.
      const retire = ({finding, ruleId, blame}: StopReason) => {
        if (done) return
        // A worker that fails before it is ready takes a file with it: every failure consumes a
        // file, so a worker that can never start cannot loop for ever.
        let current: string | undefined
        // Between two files (every file it started has its result) the failure is no file's: all go
        // back. A worker that never finished a file is blamed on the next, so that each failure
        // still consumes a file.
        const between = ready && finished > 0 && Atomics.load(worker.stage, 1) === finished
        if (blame === undefined) current = between ? undefined : (sent.shift() ?? (ready ? undefined : take()))
        else if (sent.includes(blame)) current = sent.splice(sent.indexOf(blame), 1)[0]
        if (current !== undefined && !results.has(current)) results.set(current, stopped(current, ruleId, finding))
        handedBack.push(...sent.reverse())
        sent.length = 0
        finish()
      }
      const send = () => {
        while (sent.length <= AHEAD) {
          const path = take()
          if (path === undefined) break
          sent.push(path)
          worker.thread.postMessage({path, budgetMs: options.budgetMs})
        }
        if (sent.length === 0) finish()
      }
      worker.thread.on('message', (message: WorkerResult | {ready: true}) => {
        if (done) return
        // The first message says the worker has started (modules and word lists loaded): only
        // then does a file's time budget start counting.
        if ('ready' in message) {
          if (worker.stopping) return
          ready = true
          send()
          if (!done) worker.watch(sent[0])
          return
        }
        const path = sent.shift()
        finished++
        if (path !== undefined) results.set(path, message)
        // A worker being stopped gets no new file.
        if (worker.stopping) return
        send()
        if (!done) worker.watch(sent[0])
      })
    }
    const count = Math.max(1, Math.min(options.threads, paths.length))
    for (let index = 0; index < count; index++) start()
  })
}
