/**
 * The worker thread of static-job.ts: takes one job (a corpus snapshot and the build's settings),
 * answers with the search index, the open data export and the data page's view, or with the
 * message of what failed.
 */
import {parentPort} from 'node:worker_threads'
import {corpusOfSnapshot, runStaticJob, type StaticJobInput} from './static-job.js'

parentPort!.once('message', (input: StaticJobInput) => {
  try {
    parentPort!.postMessage({result: runStaticJob(corpusOfSnapshot(input.corpus), input)})
  } catch (error) {
    parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)})
  }
})
