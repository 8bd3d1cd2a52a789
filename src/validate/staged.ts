/**
 * The worker pool of pool.ts, checking each file in two parts (check.ts, Part): first every file's
 * first part (what pages need, and the rules that guard what the bundler is handed), then, in the
 * worker that holds the loaded entry, the deferred rules. `first` resolves when every file's first
 * part is in, so a build can start bundling while `all` is still being checked.
 *
 * Same time budget and failure handling as pool.ts: a worker that overruns a file's budget, runs
 * out of memory or crashes is ended; the file it was checking gets the message saying what was
 * running; files sent ahead go back to the queue, and files whose first part it had checked are
 * checked again whole (runPool) once the others are done. Same results as runPool. With
 * `deferUntil`, the deferred rules start when it settles (and every first part is in).
 */
import {AHEAD, type PoolOptions, runPool, startValidationWorker, type StopReason, stopped} from './pool.js'
import type {Collected, WorkerResult} from './validate.js'

export interface Staged {
  /** Each file's first part (a file whose checking was stopped, or finished at once: its whole result). */
  first: Promise<Map<string, WorkerResult>>
  /** Each file's whole result, as runPool's. */
  all: Promise<Map<string, WorkerResult>>
}

interface Sent {
  path: string
  rest: boolean
}

export interface StagedOptions extends PoolOptions {
  /**
   * The deferred rules wait for this (a build lets them start once the pages' data is loaded, so
   * that they share the cores with the bundler, not with the loading); at once without it.
   */
  deferUntil?: Promise<unknown>
}

/** Checks every path in worker threads, in two parts; resolves with one result per path (keyed by the path as given). */
export function runStaged(paths: readonly string[], options: StagedOptions): Staged {
  const first = new Map<string, WorkerResult>()
  const all = new Map<string, WorkerResult>()
  // Files whose first part was checked by a worker that was then stopped: checked again whole.
  const lost: string[] = []
  let next = 0
  const handedBack: string[] = []
  const take = (): string | undefined => handedBack.pop() ?? (next < paths.length ? paths[next++] : undefined)
  const left = () => handedBack.length > 0 || next < paths.length
  let resolveFirst!: (value: Map<string, WorkerResult>) => void
  let resolveAll!: (value: Map<string, WorkerResult>) => void
  const staged: Staged = {first: new Promise((resolve) => (resolveFirst = resolve)), all: new Promise((resolve) => (resolveAll = resolve))}
  if (paths.length === 0) {
    resolveFirst(first)
    resolveAll(all)
    return staged
  }
  let firstDone = false
  let allDone = false
  let live = 0
  // Live workers, each with a way to make it look for work again.
  const workers = new Set<() => void>()
  let restOpen = options.deferUntil === undefined
  if (options.deferUntil) {
    const open = () => {
      restOpen = true
      for (const wake of [...workers]) wake()
    }
    void options.deferUntil.then(open, open)
  }
  const settle = () => {
    if (!firstDone && first.size === paths.length) {
      firstDone = true
      resolveFirst(first)
      for (const wake of [...workers]) wake()
    }
    if (firstDone && live === 0 && !allDone) {
      allDone = true
      if (lost.length === 0) resolveAll(all)
      else
        void runPool(lost, options).then((again) => {
          for (const [path, result] of again) all.set(path, result)
          resolveAll(all)
        })
    }
  }
  const start = () => {
    live++
    // Messages sent to this worker, in order: the first is the one it is checking.
    const sent: Sent[] = []
    // Files whose first part this worker checked and whose entry it holds.
    const holding: string[] = []
    let done = false
    let ready = false
    let finished = 0
    const worker = startValidationWorker(options, (reason) => retire(reason))
    const finish = () => {
      if (done) return
      done = true
      worker.end()
      live--
      workers.delete(wake)
      if (left()) start()
      for (const other of [...workers]) other()
      settle()
    }
    const retire = ({finding, ruleId, blame}: StopReason) => {
      if (done) return
      let current: Sent | undefined
      const between = ready && finished > 0 && Atomics.load(worker.stage, 1) === finished
      if (blame === undefined) {
        if (between) current = undefined
        else if (sent.length > 0) current = sent.shift()
        else if (!ready) {
          const path = take()
          current = path === undefined ? undefined : {path, rest: false}
        }
      } else {
        const index = sent.findIndex((item) => item.path === blame)
        if (index !== -1) current = sent.splice(index, 1)[0]
      }
      if (current) {
        const result = stopped(current.path, ruleId, finding)
        if (!current.rest) first.set(current.path, result)
        all.set(current.path, result)
      }
      for (const item of sent.reverse()) {
        if (item.rest) lost.push(item.path)
        else handedBack.push(item.path)
      }
      sent.length = 0
      lost.push(...holding)
      holding.length = 0
      finish()
    }
    // First parts while there are any; the rest of the files it holds once every first part is in.
    function wake() {
      if (done || worker.stopping || !ready) return
      while (sent.length <= AHEAD) {
        const path = firstDone ? undefined : take()
        if (path !== undefined) {
          sent.push({path, rest: false})
          worker.thread.postMessage({path, budgetMs: options.budgetMs, part: 'first'})
          continue
        }
        if (!firstDone || !restOpen || holding.length === 0) break
        const held = holding.shift()!
        sent.push({path: held, rest: true})
        worker.thread.postMessage({rest: held, budgetMs: options.budgetMs})
      }
      if (sent.length === 0 && holding.length === 0 && !left()) return finish()
      worker.watch(sent[0]?.path)
    }
    workers.add(wake)
    worker.thread.on('message', (message: WorkerResult | {ready: true} | {rest: true; findings: Collected[]}) => {
      if (done) return
      if ('ready' in message) {
        if (worker.stopping) return
        ready = true
        wake()
        return
      }
      const item = sent.shift()
      finished++
      if (item && 'rest' in message) {
        const {held: _held, ...part} = first.get(item.path)!
        all.set(item.path, {...part, findings: message.findings})
      } else if (item && !('rest' in message)) {
        first.set(item.path, message)
        if (message.held) holding.push(item.path)
        else all.set(item.path, message)
      }
      if (worker.stopping) return
      wake()
      settle()
    })
  }
  const count = Math.max(1, Math.min(options.threads, paths.length))
  for (let index = 0; index < count; index++) start()
  return staged
}
