/**
 * What the open data export and its companions add to a portal build at 2,000 entries: the export
 * itself (entries.json, entries.ndjson, a CSV per type, datapackage.json), the git history pass,
 * the /e/<id> redirect and citation files, and the topic/phase/country feeds, each timed (median of
 * runs) beside loading the same corpus (validation included, no cache) as the named baseline. Sizes
 * raw and gzipped. Prints a Markdown table.
 *
 *   npx tsx bench/export.ts [--per-type 1000] [--runs 5]
 */
import {execFile} from 'node:child_process'
import {mkdtemp, rm, writeFile, readFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {parseArgs, promisify} from 'node:util'
import {gzipSync} from 'node:zlib'
import {loadCorpus} from '../src/content/corpus.js'
import {readHistories} from '../src/content/history.js'
import {exportCorpus} from '../src/content/open-data/export.js'
import {permalinkFiles} from '../src/content/redirects.js'
import {contentFolders} from '../src/model/types/index.js'
import {feedsOf} from '../src/site/feeds.js'
import {generate} from './generate.js'

const run = promisify(execFile)
const {values} = parseArgs({options: {'per-type': {type: 'string', default: '1000'}, runs: {type: 'string', default: '5'}}})
const perType = Number(values['per-type'])
const runs = Number(values.runs)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
async function time<T>(fn: () => Promise<T> | T, n = runs): Promise<{ms: number; value: T}> {
  const times: number[] = []
  let value!: T
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    value = await fn()
    times.push(performance.now() - start)
  }
  return {ms: median(times), value}
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

const dir = await mkdtemp(path.join(os.tmpdir(), 'continuum-bench-export-'))
try {
  await generate({out: dir, perType, seed: 7, planted: 0})
  // A git history: everything in one commit, then a tenth of the files changed in a second one.
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@continuum.invalid',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@continuum.invalid',
  }
  await run('git', ['init', '-q', '-b', 'main'], {cwd: dir, env})
  await run('git', ['add', '-A'], {cwd: dir, env})
  await run('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Generated entries'], {cwd: dir, env})
  const {stdout} = await run('git', ['ls-files', 'practices', 'cases'], {cwd: dir, env})
  const files = stdout.trim().split('\n')
  for (const file of files.filter((_, index) => index % 10 === 0)) {
    const full = path.join(dir, file)
    await writeFile(full, `${(await readFile(full, 'utf8')).trimEnd()}\n\nEdited for the benchmark.\n`)
  }
  await run('git', ['add', '-A'], {cwd: dir, env})
  await run('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Edit a tenth'], {cwd: dir, env})

  const load = await time(() => loadCorpus(dir, 'public'), 1)
  const corpus = load.value
  const site = 'https://continuum.example.org/'
  const history = await time(() => readHistories(dir, contentFolders()))
  const histories = history.value
  const exported = await time(() => exportCorpus(corpus, {siteUrl: site, histories}))
  const permalinks = await time(() => permalinkFiles(corpus, site, '/'))
  const feeds = await time(() => feedsOf(corpus, site, {histories}))
  const added = history.ms + exported.ms + permalinks.ms + feeds.ms

  const rows = [
    `| loading the corpus (validation, no cache): the baseline | ${(load.ms / 1000).toFixed(2)} s | 1.00 |`,
    `| git history, one \`git log\` pass (${histories.size} files, 2 commits) | ${history.ms.toFixed(0)} ms | ${(history.ms / load.ms).toFixed(3)} |`,
    `| open data export (JSON, NDJSON, 2 CSV, datapackage) | ${exported.ms.toFixed(0)} ms | ${(exported.ms / load.ms).toFixed(3)} |`,
    `| /e/<id> redirects and citation files (${permalinks.value.length} files) | ${permalinks.ms.toFixed(0)} ms | ${(permalinks.ms / load.ms).toFixed(3)} |`,
    `| feeds, with one Atom feed per topic, phase and country (${feeds.value.length} files) | ${feeds.ms.toFixed(0)} ms | ${(feeds.ms / load.ms).toFixed(3)} |`,
    `| **all of it** | **${(added / 1000).toFixed(2)} s** | **${(added / load.ms).toFixed(3)}** |`,
  ]
  console.log(`${corpus.published.length} public entries of ${perType * 2} generated; median of ${runs} runs (the baseline: 1 run)\n`)
  console.log('| step | time | of the baseline |\n|---|---|---|')
  console.log(rows.join('\n'))
  console.log('\n| file | raw | gzip |\n|---|---|---|')
  let raw = 0
  let zipped = 0
  for (const file of exported.value.files) {
    const gz = gzipSync(file.bytes).length
    raw += file.bytes.length
    zipped += gz
    console.log(`| data/${file.name} (${file.rows} entries) | ${kb(file.bytes.length)} | ${kb(gz)} |`)
  }
  console.log(`| **data/, all files** | **${kb(raw)}** | **${kb(zipped)}** |`)
  const extra = permalinks.value.reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0)
  console.log(
    `| e/ and cite/ (${permalinks.value.length} files) | ${kb(extra)} | ${kb(permalinks.value.reduce((sum, [, text]) => sum + gzipSync(text).length, 0))} |`,
  )
} finally {
  await rm(dir, {recursive: true, force: true})
}
