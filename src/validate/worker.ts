/**
 * A validation worker (see validateFilesParallel): loads its share of the files fully, runs their
 * own checks and relative-link checks, and posts plain findings back, one message per file.
 */
import {readFileSync} from 'node:fs'
import {parentPort, workerData} from 'node:worker_threads'
import {loadEntry} from './load.js'
import {plainText} from './mdast.js'
import {checkRelativeLinks} from './rules/links/corpus.js'
import {checkOwn, type Collected} from './validate.js'

const {paths, known} = workerData as {paths: string[]; known: string[]}
const knownPaths = new Set(known)
for (const file of paths) {
  const findings: Collected[] = []
  const entry = loadEntry({path: file, bytes: readFileSync(file)}, (_entry, ruleId, finding) => findings.push({ruleId, finding}))
  const own = checkOwn(entry, findings)
  checkRelativeLinks(entry, knownPaths, (finding) => findings.push({ruleId: 'links/relative', finding}))
  parentPort!.postMessage({path: entry.path, ...own, bodyLine: entry.bodyLine, plain: entry.tree ? plainText(entry.tree) : ''})
}
