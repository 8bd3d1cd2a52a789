/**
 * A validation worker (see validateFilesParallel): loads its share of the files fully, runs their
 * own checks and relative-link checks, and posts back plain data, one message per file: findings,
 * suppressions, the front matter as data with the places corpus rules point at, and the body.
 */
import {readFileSync} from 'node:fs'
import {parentPort, workerData} from 'node:worker_threads'
import {corpusPlaces} from './front-matter.js'
import {loadEntry} from './load.js'
import {plainText} from './mdast.js'
import {checkRelativeLinks} from './rules/links/corpus.js'
import {checkOwn, type Collected, type WorkerResult} from './validate.js'

const {paths, known} = workerData as {paths: string[]; known: string[]}
const knownPaths = new Set(known)
for (const file of paths) {
  const findings: Collected[] = []
  const entry = loadEntry({path: file, bytes: readFileSync(file)}, (_entry, ruleId, finding) => findings.push({ruleId, finding}))
  const own = checkOwn(entry, findings)
  checkRelativeLinks(entry, knownPaths, (finding) => findings.push({ruleId: 'links/relative', finding}))
  const result: WorkerResult = {
    path: entry.path,
    ...own,
    refused: entry.refused,
    text: entry.text,
    bodyLine: entry.bodyLine,
    plain: entry.tree ? plainText(entry.tree) : '',
    ...(entry.type ? {type: entry.type} : {}),
    ...(entry.data ? {data: entry.data} : {}),
    ...(entry.frontMatter ? {raw: entry.frontMatter.raw, places: corpusPlaces(entry.frontMatter)} : {}),
  }
  parentPort!.postMessage(result)
}
