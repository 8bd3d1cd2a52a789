/**
 * A validation worker (see pool.ts): takes one file at a time, loads it fully, runs its own checks
 * and posts back plain data (check.ts): findings, suppressions, the front matter as data with the
 * places corpus rules point at, the body's links and plain text, the hash of the bytes checked.
 * Before each stage it writes the stage into shared memory, so that the pool can say what was
 * running if the file overruns its budget.
 *
 * For a build that bundles while it validates (staged.ts), a file may be checked in two parts:
 * `part: 'first'` checks what the pages need and keeps the loaded entry here, and `rest` later
 * runs the deferred rules on it. A worker keeps at most HELD_BYTES of source text: beyond that it
 * finishes a file at once (its result then says nothing is held).
 */
import {parentPort, workerData} from 'node:worker_threads'
import {lexicon} from './anon/lexicon.js'
import {checkFirst, checkRest, checkSource, type Held} from './check.js'
import {readSourceSync} from './load.js'

const {stage} = workerData as {stage: Int32Array}

/** Source text a worker keeps between the two parts (its entries' trees take about ten times as much memory). */
const HELD_BYTES = 24 * 1024 * 1024

// Word lists are read before the first file, so that a file's time budget counts its own checking
// (a sample file to compile every pattern first cost more, at each start, than it saved).
lexicon()

const held = new Map<string, Held>()
let heldBytes = 0

type Message = {path: string; budgetMs: number; part?: 'first'} | {rest: string; budgetMs: number}

parentPort!.on('message', (message: Message) => {
  // Files started, for the pool: a worker that fails between two files blames neither.
  Atomics.add(stage, 1, 1)
  const onStage = (value: number) => Atomics.store(stage, 0, value)
  if ('rest' in message) {
    const entry = held.get(message.rest)!
    held.delete(message.rest)
    heldBytes -= entry.entry.text.length
    // The first part's data is with the pool already: only the findings go back.
    parentPort!.postMessage({rest: true, findings: checkRest(entry, message.budgetMs, onStage).findings})
    return
  }
  const source = readSourceSync(message.path)
  if (message.part !== 'first') {
    parentPort!.postMessage(checkSource(source, message.budgetMs, onStage))
    return
  }
  const first = checkFirst(source, message.budgetMs, onStage)
  if (heldBytes + first.held.entry.text.length > HELD_BYTES) {
    parentPort!.postMessage(checkRest(first.held, message.budgetMs, onStage))
    return
  }
  held.set(message.path, first.held)
  heldBytes += first.held.entry.text.length
  parentPort!.postMessage({...first.result, held: true})
})
parentPort!.postMessage({ready: true})
