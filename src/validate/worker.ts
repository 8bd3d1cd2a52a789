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
import {linksOf} from './rules/links/corpus.js'
import {checkOwn, internalError, loadGuarded, type Collected, type WorkerResult} from './validate.js'

const WARM_UP = `---
type: practice
title: Warm-up sample
---

## Description

Mr Jan de Vries (34) met [a mentor](../cases/x.md) on 12 March 2020 at 12 Main Street, 1012 AB
Amsterdam; a@example.org, +31 6 1234 5678, NL91 ABNA 0417 1643 00, @handle, *emphasis*.

Mme Zoë Dupont’s brother (29) moved to 3 rue de la Paix on 1er mars 2019; “Abu Omar” — ok.
`

const {stage} = workerData as {stage: Int32Array}

// Word lists are read, and every rule's patterns compiled on a small sample, before the first
// file: a file's time budget then counts its own checking only. The sample has a paragraph of
// ASCII and one with wider characters, because V8 compiles a pattern once for each string kind.
lexicon()
checkOwn(loadGuarded({path: 'practices/warm-up.md', bytes: Buffer.from(WARM_UP)}, () => {}), [])

parentPort!.on('message', ({path, budgetMs}: {path: string; budgetMs: number}) => {
  const started = performance.now()
  const findings: Collected[] = []
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
