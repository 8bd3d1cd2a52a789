/**
 * A validation worker (see pool.ts): takes one file at a time, loads it fully, runs its own checks
 * and posts back plain data: findings, suppressions, the front matter as data with the places
 * corpus rules point at, the body's links and plain text. Before each stage it writes the stage
 * into shared memory, so that the pool can say what was running if the file overruns its budget.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {lexicon} from './anon/lexicon.js'
import {corpusPlaces} from './front-matter.js'
import {readSourceSync} from './load.js'
import {plainText} from './mdast.js'
import {linksOf} from './links.js'
import {checkOwn, internalError, loadGuarded, type Collected, type WorkerResult} from './validate.js'

const {stage} = workerData as {stage: Int32Array}

// Word lists are read before the first file, so that a file's time budget counts its own checking
// (a sample file to compile every pattern first cost more, at each start, than it saved).
lexicon()

parentPort!.on('message', ({path, budgetMs}: {path: string; budgetMs: number}) => {
  const started = performance.now()
  const findings: Collected[] = []
  // Files started, for the pool: a worker that fails between two files blames neither.
  Atomics.add(stage, 1, 1)
  Atomics.store(stage, 0, 0)
  const entry = loadGuarded(readSourceSync(path), (_entry, ruleId, finding) => findings.push({ruleId, finding}))
  const own = checkOwn(entry, findings, {started, budgetMs, onStage: (value) => Atomics.store(stage, 0, value)})
  let plain = ''
  let links: WorkerResult['links'] = []
  try {
    plain = entry.tree ? plainText(entry.tree) : ''
    links = linksOf(entry)
  } catch (error) {
    findings.push({ruleId: 'internal-error', finding: internalError('collecting links and text', error)})
  }
  const result: WorkerResult = {
    path: entry.path,
    ...own,
    refused: entry.refused,
    text: entry.text,
    bodyLine: entry.bodyLine,
    plain,
    links,
    ...(entry.type ? {type: entry.type} : {}),
    ...(entry.data ? {data: entry.data} : {}),
    ...(entry.frontMatter ? {raw: entry.frontMatter.raw, places: corpusPlaces(entry.frontMatter)} : {}),
  }
  parentPort!.postMessage(result)
})
parentPort!.postMessage({ready: true})
