/**
 * A validation worker (see pool.ts): takes one file at a time, loads it fully, runs its own checks
 * and posts back plain data (check.ts): findings, suppressions, the front matter as data with the
 * places corpus rules point at, the body's links and plain text, the hash of the bytes checked.
 * Before each stage it writes the stage into shared memory, so that the pool can say what was
 * running if the file overruns its budget.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {lexicon} from './anon/lexicon.js'
import {checkSource} from './check.js'
import {readSourceSync} from './load.js'

const {stage} = workerData as {stage: Int32Array}

// Word lists are read before the first file, so that a file's time budget counts its own checking
// (a sample file to compile every pattern first cost more, at each start, than it saved).
lexicon()

parentPort!.on('message', ({path, budgetMs}: {path: string; budgetMs: number}) => {
  // Files started, for the pool: a worker that fails between two files blames neither.
  Atomics.add(stage, 1, 1)
  parentPort!.postMessage(checkSource(readSourceSync(path), budgetMs, (value) => Atomics.store(stage, 0, value)))
})
parentPort!.postMessage({ready: true})
