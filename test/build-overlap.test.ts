/**
 * The build bundles while the deferred rules (the anonymisation detectors) run, and publishes only
 * after they pass (src/site/setup.ts, plugin.ts postBuild): a build of content that passes the
 * pre-bundle checks but fails a deferred rule fails with the validator's located report and leaves
 * nothing publishable; the staged validation reports exactly what `continuum validate` reports.
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {ValidationCache} from '../src/validate/cache.js'
import {corpusFiles} from '../src/validate/files.js'
import {runStaged} from '../src/validate/staged.js'
import {isDeferred, validateFileEntries, validateFileEntriesStaged} from '../src/validate/validate.js'
import {caseBody, entryText, practiceBody, validCaseFront, validPracticeFront} from './helpers/entry.js'
import {buildPortal, contentWith, root} from './helpers/portal.js'

const work = await mkdtemp(path.join(os.tmpdir(), 'continuum-overlap-'))
afterAll(() => rm(work, {recursive: true, force: true}))
const worker = new URL('../dist/validate-worker.mjs', import.meta.url)

/** Paragraphs that pass or fail the pre-bundle checks or the deferred ones, with suppressions used and unused. */
const paragraphs = [
  '',
  'He was released on 12 March 2021.',
  'Her cousin Bilal drove her to the interview.',
  'The client was 34 years old at release.',
  '<!-- continuum-disable-next anon/exact-date -- the date of a public change in the law -->\n\nThe law changed on 12 March 2021.',
  '<!-- continuum-disable-next anon/person-name -- nobody is named in the next paragraph -->\n\nNothing to see.',
  '<div>raw markup</div>',
  'A [link](javascript:alert(1)) in the text.',
]
const related = `---\n${validPracticeFront}\nid: pr-aaaaaaaa\n---\n\n${practiceBody}`

interface Planned {
  type: 'practice' | 'case'
  paragraph: number
}

async function writeCorpus(dir: string, planned: readonly Planned[]): Promise<void> {
  await rm(dir, {recursive: true, force: true})
  await mkdir(path.join(dir, 'practices'), {recursive: true})
  await mkdir(path.join(dir, 'cases'), {recursive: true})
  await writeFile(path.join(dir, 'practices', 'related.md'), related)
  for (const [index, plan] of planned.entries()) {
    const front = (plan.type === 'case' ? validCaseFront : validPracticeFront).replace(/^title: (.*)$/m, `title: $1 (${index})`)
    const text = entryText({type: plan.type, front, body: plan.type === 'case' ? caseBody : practiceBody, paragraph: paragraphs[plan.paragraph]!})
    await writeFile(path.join(dir, plan.type === 'case' ? 'cases' : 'practices', `entry-${index}.md`), text)
  }
}

const comparable = (results: ReadonlyArray<{filePath: string; messages: unknown[]}>) =>
  [...results].map((result) => ({filePath: result.filePath, messages: result.messages})).sort((a, b) => a.filePath.localeCompare(b.filePath))

describe('staged validation (two parts, worker threads)', () => {
  it('reports what a validation in one go reports, with the cache cold and warm; the first part holds no deferred finding', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({type: fc.constantFrom<'practice' | 'case'>('practice', 'case'), paragraph: fc.nat(paragraphs.length - 1)}), {
          minLength: 2,
          maxLength: 10,
        }),
        async (planned) => {
          const dir = path.join(work, `property-${run++}`)
          await writeCorpus(dir, planned)
          const files = (await corpusFiles(dir)).map((file) => path.resolve(dir, file))
          const reference = comparable((await validateFileEntries(files, [], {budgetMs: 20_000})).results)
          expect(reference.flatMap((result) => result.messages as Array<{ruleId: string}>).filter((message) => message.ruleId === 'internal-error')).toEqual([])
          const plain = validateFileEntriesStaged(files, [], {worker, threads: 2, budgetMs: 20_000, full: true})
          const first = await plain.first
          expect(comparable((await plain.all).results)).toEqual(reference)
          expect(first).toBeDefined()
          expect(
            first!.results.flatMap((result) => result.messages.filter((message) => isDeferred(message.ruleId) && message.ruleId !== 'anon/unused-suppression')),
          ).toEqual([])
          for (const round of ['cold', 'warm']) {
            const cache = new ValidationCache(dir, 'overlap-test', {key: Buffer.alloc(32, 3), hashAlways: true, build: true})
            const staged = validateFileEntriesStaged(files, [], {worker, threads: 2, budgetMs: 20_000, full: true, cache})
            const whole = await staged.all
            expect(comparable(whole.results), round).toEqual(reference)
            if (round === 'warm') expect(whole.use?.reused).toBe(files.length)
          }
        },
      ),
      {numRuns: 8},
    )
  }, 240_000)

  it.each([1, 2])(
    'a file that crashes or hangs its worker in the first part is reported, the others get both parts (%i thread(s))',
    async (threads) => {
      const paths = ['a.md', 'crash.md', 'b.md', 'hang.md', 'c.md', 'throw.md', 'd.md', 'posts-then-dies-1.md', 'e.md']
      const staged = runStaged(paths, {worker: new URL('./fixtures/workers/misbehaving.mjs', import.meta.url), threads, budgetMs: 300})
      expect([...(await staged.first).keys()].sort()).toEqual([...paths].sort())
      const all = await staged.all
      expect([...all.keys()].sort()).toEqual([...paths].sort())
      const ruleOf = (file: string) => all.get(file)!.findings.map((found) => found.ruleId)
      for (const file of ['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'posts-then-dies-1.md']) expect(ruleOf(file), file).toEqual([])
      expect(ruleOf('crash.md')).toEqual(['internal-error'])
      expect(ruleOf('throw.md')).toEqual(['internal-error'])
      expect(ruleOf('hang.md')).toEqual(['safety/time-budget'])
    },
    60_000,
  )

  it('a worker lost in the second part costs its file a message, and the files it held are checked again', async () => {
    const dir = path.join(work, 'lost')
    await mkdir(dir, {recursive: true})
    const paths = ['a.md', 'rest-crash.md', 'b.md', 'c.md'].map((name) => path.join(dir, name))
    const staged = runStaged(paths, {worker: new URL('./fixtures/workers/misbehaving.mjs', import.meta.url), threads: 1, budgetMs: 2000})
    expect([...(await staged.first).keys()].sort()).toEqual([...paths].sort())
    const all = await staged.all
    expect([...all.keys()].sort()).toEqual([...paths].sort())
    expect(all.get(paths[1]!)!.findings.map((found) => found.ruleId)).toEqual(['internal-error'])
    for (const file of [paths[0]!, paths[2]!, paths[3]!]) expect(all.get(file)!.findings).toEqual([])
  }, 60_000)
})

describe('deferred rules held back until the build opens them (deferUntil)', () => {
  const settled = async (promise: Promise<unknown>, ms: number) =>
    Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))])

  it('checks every first part, runs no deferred rule before the gate opens, then gives the same results', async () => {
    const dir = path.join(work, 'gated')
    await writeCorpus(dir, [
      {type: 'case', paragraph: 1},
      {type: 'practice', paragraph: 2},
      {type: 'case', paragraph: 3},
      {type: 'practice', paragraph: 0},
    ])
    const files = (await corpusFiles(dir)).map((file) => path.resolve(dir, file))
    const reference = runStaged(files, {worker, threads: 2, budgetMs: 20_000})
    let open!: () => void
    const gated = runStaged(files, {worker, threads: 2, budgetMs: 20_000, deferUntil: new Promise<void>((resolve) => (open = resolve))})
    expect([...(await gated.first).keys()].sort()).toEqual([...files].sort())
    // Every first part is in; the deferred rules wait.
    expect(await settled(gated.all, 1500)).toBe(false)
    open()
    const [all, expected] = await Promise.all([gated.all, reference.all])
    expect(new Map([...all].map(([file, result]) => [file, result.findings]))).toEqual(new Map([...expected].map(([file, result]) => [file, result.findings])))
    expect([...all.values()].some((result) => result.findings.some((found) => isDeferred(found.ruleId)))).toBe(true)
  }, 60_000)

  it('a corpus that fails a first-part rule is reported whole at once, without waiting for a gate that never opens', async () => {
    const {loadCorpusStaged, CorpusError} = await import('../src/content/corpus.js')
    const dir = path.join(work, 'gated-failing')
    await writeCorpus(dir, [
      {type: 'case', paragraph: 6},
      {type: 'practice', paragraph: 1},
    ])
    const never = new Promise<void>(() => undefined)
    const loading = loadCorpusStaged(dir, 'public', {worker, budgetMs: 20_000, deferUntil: never})
    await expect(loading).rejects.toBeInstanceOf(CorpusError)
    const report = await loading.catch((error: Error) => error.message)
    expect(report).toMatch(/safety\/no-html/)
    // The deferred rules ran too: the report is the whole one.
    expect(report).toMatch(/anon\/exact-date/)
  }, 60_000)

  it('a corpus that passes the first part is handed over while its deferred rules wait', async () => {
    const {loadCorpusStaged} = await import('../src/content/corpus.js')
    const dir = path.join(work, 'gated-passing')
    // The related practice, with its id, and a case review with one that gives an exact date (a deferred rule's finding).
    await writeCorpus(dir, [])
    const front = `${validCaseFront.replace(/^title: .*$/m, 'title: A review that gives a release date')}\nid: cr-dated001`
    await writeFile(path.join(dir, 'cases', 'dated.md'), entryText({type: 'case', front, body: caseBody, paragraph: paragraphs[1]!}))
    let open!: () => void
    const staged = await loadCorpusStaged(dir, 'public', {worker, budgetMs: 20_000, deferUntil: new Promise<void>((resolve) => (open = resolve))})
    expect(staged.corpus.published.length).toBeGreaterThan(0)
    expect(await settled(staged.validated, 1000)).toBe(false)
    open()
    await expect(staged.validated).rejects.toThrow(/anon\/exact-date/)
  }, 60_000)
})

describe('overlapWanted', () => {
  it('overlaps only `docusaurus build`, never the development server or other commands, and not with CONTINUUM_BUILD_OVERLAP=0', async () => {
    const {overlapWanted} = await import('../src/site/setup.js')
    const argv = (...args: string[]) => ['node', 'docusaurus', ...args]
    expect(overlapWanted(argv('build'), {})).toBe(true)
    expect(overlapWanted(argv('build', '--out-dir', 'x'), {})).toBe(true)
    expect(overlapWanted(argv('build'), {CONTINUUM_BUILD_OVERLAP: '0'})).toBe(false)
    for (const command of ['start', 'deploy', 'serve', 'write-translations']) expect(overlapWanted(argv(command), {}), command).toBe(false)
    expect(overlapWanted(argv('start', 'build'), {})).toBe(false)
  })
})

/** Runs `continuum validate --format json` in a content folder. */
async function cliReport(cwd: string): Promise<Array<{filePath: string; messages: Array<{ruleId: string; line: number; column: number; severity: number}>}>> {
  const child = spawn(process.execPath, [path.join(root, 'cli/bin/run.js'), 'validate', '--format', 'json', '--no-cache'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  await new Promise((resolve) => child.on('close', resolve))
  return JSON.parse(out)
}

describe('a build overlapping validation', () => {
  const datedCase = entryText({
    type: 'case',
    front: `${validCaseFront.replace('relatedPractices: [pr-aaaaaaaa]', 'relatedPractices: [pr-3dx2s7b7]').replace(/^title: .*$/m, 'title: A review that gives a release date')}\nid: cr-dated001`,
    paragraph: 'He was released on 12 March 2021.',
  })

  it('fails on a deferred rule with the located report, prints every error continuum validate prints, and leaves nothing publishable', async () => {
    const content = await contentWith({'cases/dated-release.md': datedCase})
    const outDir = path.join(work, 'refused')
    // Docusaurus's timings show the phases the build went through.
    process.env.DOCUSAURUS_PERF_LOGGER = 'true'
    try {
      const run = await buildPortal({edition: 'public', content, outDir})
      expect(run.output).toMatch(/Bundling with rspack/)
      expect(run.output).toMatch(/Build > en > SSG - /)
      expect(run.code).not.toBe(0)
      expect(run.output).toMatch(/cases\/dated-release\.md:\d+:\d+\s+error\s+.*anon\/exact-date/)
      expect(run.output).toContain('nothing was published')
      expect(run.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
      // Bundling ran before the deferred rule failed, and nothing of it is left to publish.
      expect(existsSync(outDir) ? await readdir(outDir, {recursive: true}) : []).toEqual([])
      // The same findings as the CLI's, each located.
      const errors = (await cliReport(content)).flatMap((result) =>
        result.messages
          .filter((message) => message.severity === 2)
          .map(
            (message) =>
              `${path.relative(content, path.resolve(content, result.filePath)).replaceAll('\\', '/')}:${message.line}:${message.column}|${message.ruleId}`,
          ),
      )
      expect(errors.length).toBeGreaterThan(0)
      const printed = [...run.output.matchAll(/^\s+(\S+\.md):(\d+):(\d+)\s+error\s.*?\s(\S+)$/gm)].map(
        (match) => `${match[1]}:${match[2]}:${match[3]}|${match[4]}`,
      )
      expect(new Set(printed)).toEqual(new Set(errors))
    } finally {
      delete process.env.DOCUSAURUS_PERF_LOGGER
      await rm(content, {recursive: true, force: true})
    }
  }, 600_000)

  it('fails before bundling when a pre-bundle check fails, with the whole report', async () => {
    const content = await contentWith({
      'cases/dated-release.md': datedCase.replace('\nid: cr-dated001', '').replace('## Context\n', '## Context\n\n<div>raw markup</div>\n'),
    })
    const outDir = path.join(work, 'refused-early')
    process.env.DOCUSAURUS_PERF_LOGGER = 'true'
    try {
      const run = await buildPortal({edition: 'public', content, outDir})
      expect(run.code).not.toBe(0)
      expect(run.output).not.toMatch(/Bundling with rspack/)
      for (const rule of ['links/folder', 'safety/no-html', 'anon/exact-date'])
        expect(run.output).toMatch(new RegExp(`cases/dated-release\\.md:\\d+:\\d+\\s+error\\s.*${rule}`))
      expect(run.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
      expect(existsSync(outDir)).toBe(false)
    } finally {
      delete process.env.DOCUSAURUS_PERF_LOGGER
      await rm(content, {recursive: true, force: true})
    }
  }, 600_000)

  it('builds valid content', async () => {
    const content = await contentWith({})
    const outDir = path.join(work, 'valid')
    try {
      const run = await buildPortal({edition: 'public', content, outDir})
      expect(run.output).not.toContain('did not validate')
      expect(run.code).toBe(0)
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true)
      expect(existsSync(path.join(outDir, 'feeds', 'all.atom.xml'))).toBe(true)
    } finally {
      await rm(content, {recursive: true, force: true})
    }
  }, 600_000)
})
