/**
 * The validation cache (src/validate/cache.ts): a run through it reports exactly what a run without
 * it reports, whatever the cache held before (fresh, stale, corrupt, of another validator); what a
 * change to one file must reach (its own messages, the files that link to it or name its id) is
 * never taken from the cache.
 */
import {casesOf, practicesOf} from './helpers/corpus.js'
import {createHmac} from 'node:crypto'
import {existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CorpusError, loadCorpus} from '../src/content/corpus.js'
import {CACHE_FOLDER, cacheDisabledBy, machineKey, projected, settled, ValidationCache, type CacheOptions} from '../src/validate/cache.js'
import {corpusFiles} from '../src/validate/files.js'
import {hashFiles, ruleSetVersion} from '../src/validate/ruleset.js'
import {validateFileEntries} from '../src/validate/validate.js'
import {repo, runCli} from './helpers/cli.js'
import {practiceWithId, reviewWithId} from './helpers/entry.js'

const VERSION = 'test-version'
let work: string

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'continuum-cache-'))
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

const practice = practiceWithId
const review = reviewWithId

/** A case review whose banded profile discloses gender, ideology and country (shared with another case, or reported unique). */
const disclosed = (id: string, body = 'Plain text about the review.') =>
  review(id, 'pr-bbbbbbbb', body).replace('ideology: undisclosed', 'ideology: islamist').replace('country: undisclosed', 'country: FI')

/**
 * Each file of the test checkout and the versions it may be in (undefined: the file is absent).
 * Chosen so that changes reach other files: p1's id is c1's related practice, p2 links to c1 and p3
 * links to p1, c2 may carry a phone number, p4 may be missing (p3 links to it in one version), c1's
 * profile is unique unless c2 shares it.
 */
const variants: Record<string, Array<string | undefined>> = {
  'practices/p1.md': [practice('pr-aaaaaaaa'), practice('pr-cccccccc'), practice('pr-aaaaaaaa', 'Call him on +44 20 7946 0958.')],
  'practices/p2.md': [
    practice('pr-bbbbbbbb', 'See [the review](../cases/c1.md).'),
    practice('pr-bbbbbbbb', 'See [the review](../cases/missing.md).'),
    practice('pr-aaaaaaaa'),
  ],
  'practices/p3.md': [
    practice('pr-dddddddd', 'As in [mentoring](p1.md).'),
    practice('pr-dddddddd', 'As in [the other](p4.md).'),
    `---\ntype: practice\n---\n\n${'>'.repeat(40)} deep\n`,
  ],
  'practices/p4.md': [practice('pr-eeeeeeee'), undefined],
  'cases/c1.md': [
    review('cr-aaaaaaaa', 'pr-aaaaaaaa'),
    review('cr-aaaaaaaa', 'pr-zzzzzzzz'),
    review('cr-aaaaaaaa', 'pr-aaaaaaaa', 'Born on 12 March 1990.'),
    disclosed('cr-aaaaaaaa'),
  ],
  'cases/c2.md': [
    review('cr-bbbbbbbb', 'pr-bbbbbbbb'),
    review('cr-bbbbbbbb', 'pr-bbbbbbbb', 'His number was 0612345678.'),
    review('cr-bbbbbbbb', 'pr-bbbbbbbb', 'A second paragraph about the work.'),
    disclosed('cr-bbbbbbbb'),
    // Its body refused before parsing: checked itself it gets no tree, as context its body is not read.
    disclosed('cr-bbbbbbbb', `\n\n${'>'.repeat(40)} deep`),
  ],
}
const names = Object.keys(variants)

/** Puts every file of a checkout in the version chosen (renamed into place: a new inode each time). */
function writeCheckout(root: string, choice: Record<string, number>) {
  for (const name of names) {
    const file = path.join(root, name)
    mkdirSync(path.dirname(file), {recursive: true})
    const text = variants[name]![choice[name] ?? 0]
    if (text === undefined) rmSync(file, {force: true})
    else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      writeFileSync(`${file}.tmp`, text)
      renameSync(`${file}.tmp`, file)
    }
  }
}

type Mode = {kind: 'all'} | {kind: 'one'; name: string; relative: boolean}

/** Validates as the CLI does (one file with the rest as context, or every file) or as the build does. */
async function validate(root: string, mode: Mode, cache?: ValidationCache) {
  const all = await corpusFiles(root)
  const paths = mode.kind === 'all' ? all : [mode.relative ? path.relative(process.cwd(), path.join(root, mode.name)) : path.join(root, mode.name)]
  const context = mode.kind === 'all' ? [] : all
  const run = await validateFileEntries(paths, context, {budgetMs: 20_000, ...(cache ? {cache} : {})})
  return {results: run.results, use: run.use}
}

/** This test's installation key (cache files are signed with the installation's key, machineKey). */
const KEY = Buffer.alloc(32, 7)
const openCache = (root: string, options: CacheOptions = {}) => new ValidationCache(root, VERSION, {key: KEY, ...options})
const indexFile = (root: string) => path.join(root, CACHE_FOLDER, 'validate.json')

function checkout(name: string, choice: Record<string, number> = {}): string {
  const root = path.join(work, name)
  mkdirSync(root, {recursive: true})
  writeCheckout(root, choice)
  return root
}

describe('a run through the cache reports what a run without it reports', () => {
  it('a warm cache parses nothing and gives the same report, one file or all', async () => {
    const root = checkout('warm')
    for (const mode of [{kind: 'all'}, {kind: 'one', name: 'cases/c1.md', relative: false}, {kind: 'one', name: 'practices/p2.md', relative: true}] as Mode[]) {
      const cold = await validate(root, mode)
      const first = await validate(root, mode, openCache(root))
      const second = await validate(root, mode, openCache(root))
      expect(first.results).toEqual(cold.results)
      expect(second.results).toEqual(cold.results)
      expect(second.use).toMatchObject({checked: 0, contextLoaded: 0})
    }
    expect(readFileSync(path.join(root, CACHE_FOLDER, '.gitignore'), 'utf8')).toBe('*\n')
  })

  it('a changed file is checked again, and only it', async () => {
    const root = checkout('changed')
    await validate(root, {kind: 'all'}, openCache(root))
    writeCheckout(root, {'cases/c2.md': 1})
    const warm = await validate(root, {kind: 'all'}, openCache(root))
    expect(warm.use).toMatchObject({checked: 1, reused: 5})
    expect(warm.results).toEqual((await validate(root, {kind: 'all'})).results)
    expect(warm.results.find((result) => result.filePath.endsWith('c2.md'))!.errorCount).toBeGreaterThan(0)
  })

  it('a file whose link target disappears, or whose related practice changes its id, is reported though unchanged', async () => {
    const root = checkout('dependants', {'practices/p3.md': 1})
    const before = await validate(root, {kind: 'all'}, openCache(root))
    expect(before.results.every((result) => result.errorCount === 0)).toBe(true)
    writeCheckout(root, {'practices/p3.md': 1, 'practices/p4.md': 1, 'practices/p1.md': 1})
    const after = await validate(root, {kind: 'all'}, openCache(root))
    expect(after.use).toMatchObject({checked: 1, reused: 4})
    const rules = (name: string) => after.results.find((result) => result.filePath.endsWith(name))!.messages.map((message) => message.ruleId)
    expect(rules('p3.md')).toContain('links/relative')
    expect(rules('c1.md')).toContain('links/related-practices')
    expect(after.results).toEqual((await validate(root, {kind: 'all'})).results)
    // The same as context of a one-file run: the changed target is read again, the file is not.
    writeCheckout(root, {'practices/p3.md': 1, 'practices/p4.md': 0, 'practices/p1.md': 0})
    const one = await validate(root, {kind: 'one', name: 'cases/c1.md', relative: false}, openCache(root))
    expect(one.results).toEqual((await validate(root, {kind: 'one', name: 'cases/c1.md', relative: false})).results)
    expect(one.results[0]!.messages.map((message) => message.ruleId)).not.toContain('links/related-practices')
  })

  it('a file whose body is refused informs others as context as it does without the cache', async () => {
    const root = checkout('refused', {'cases/c1.md': 3, 'cases/c2.md': 4})
    const one: Mode = {kind: 'one', name: 'cases/c1.md', relative: false}
    const cold = await validate(root, one)
    await validate(root, {kind: 'all'}, openCache(root))
    const warm = await validate(root, one, openCache(root))
    expect(warm.use).toMatchObject({checked: 0, contextLoaded: 0})
    expect(warm.results).toEqual(cold.results)
    expect((await validate(root, {kind: 'all'}, openCache(root))).results).toEqual((await validate(root, {kind: 'all'})).results)
  })

  it('ignores (and rewrites) a corrupt, truncated, hand-edited, foreign or otherwise signed cache file, never throws', async () => {
    const root = checkout('corrupt', {'cases/c2.md': 1})
    const cold = await validate(root, {kind: 'all'})
    await validate(root, {kind: 'all'}, openCache(root))
    const good = readFileSync(indexFile(root), 'utf8')
    const [header, body] = [good.slice(0, good.indexOf('\n')), good.slice(good.indexOf('\n') + 1)]
    expect(header).toContain(`"digest":"${hmac(KEY, body)}"`)
    const tampered = body.replace(/"findings":\[\{[^\]]*\]/, '"findings":[]')
    expect(tampered).not.toBe(body)
    const states = {
      garbage: 'not json at all \u0000\u00ff',
      empty: '',
      truncated: good.slice(0, Math.floor(good.length / 2)),
      headerOnly: `${header}\n`,
      handEdited: `${header}\n${tampered}`,
      otherSchema: `${header.replace('"schema":1', '"schema":999')}\n${body}`,
      wrongShape: `${header.replace(/"digest":"[0-9a-f]+"/, `"digest":"${hmac(KEY, '{"files":{"practices/p1.md":{"hash":42}}}')}"`)}\n{"files":{"practices/p1.md":{"hash":42}}}`,
      // Well formed, but signed on another machine (as a cache committed into a pull request would be).
      otherMachine: `${header.replace(/"digest":"[0-9a-f]+"/, `"digest":"${hmac(Buffer.alloc(32, 8), body)}"`)}\n${body}`,
    }
    for (const [state, text] of Object.entries(states)) {
      writeFileSync(indexFile(root), text)
      const run = await validate(root, {kind: 'all'}, openCache(root))
      expect(run.results, state).toEqual(cold.results)
      expect(run.use!.checked, state).toBe(6)
      // Rewritten whole: the next run uses it.
      expect((await validate(root, {kind: 'all'}, openCache(root))).use!.checked, state).toBe(0)
    }
    // Another rule-set version: not read, and replaced.
    const foreign = await validateFileEntries(await corpusFiles(root), [], {cache: new ValidationCache(root, 'another-version')})
    expect(foreign.use!.checked).toBe(6)
    expect(foreign.results).toEqual(cold.results)
    expect((await validate(root, {kind: 'all'}, openCache(root))).use!.checked).toBe(6)
    // A cache folder that cannot be written is only a cache: the run still reports.
    rmSync(path.join(root, CACHE_FOLDER), {recursive: true, force: true})
    writeFileSync(path.join(root, CACHE_FOLDER), 'a file where the folder should be')
    expect((await validate(root, {kind: 'all'}, openCache(root))).results).toEqual(cold.results)
    rmSync(path.join(root, CACHE_FOLDER), {force: true})
  })

  it("trusts a file's times only once they are old enough to prove anything, and hashes it otherwise", async () => {
    const root = checkout('times')
    const later = () => Date.now() + 60_000
    await validate(root, {kind: 'all'}, openCache(root, {now: later}))
    // Same bytes, times proven: not even read (`bytes` undefined).
    const cache = openCache(root, {now: later})
    const proven = cache.lookup(path.join(root, 'practices/p1.md'), {
      lstat: (file) => lstatSync(file),
      read: () => {
        throw new Error('read although the times proved the file unchanged')
      },
    })
    expect(proven.record).toBeDefined()
    // Just written: its times prove nothing yet, the bytes are hashed.
    const now = Date.now()
    expect(settled({size: 1, mtimeMs: now - 10, ctimeMs: now - 10, ino: 1}, now)).toBe(false)
    expect(settled({size: 1, mtimeMs: now - 10_000, ctimeMs: now - 10_000, ino: 1}, now)).toBe(true)
    writeCheckout(root, {'cases/c2.md': 1})
    const run = await validate(root, {kind: 'all'}, openCache(root))
    expect(run.use).toMatchObject({checked: 1})
  })

  it('validating with any prior state of the cache gives what validating without one gives (property)', async () => {
    const root = checkout('property')
    const choice = fc.record(Object.fromEntries(names.map((name) => [name, fc.nat({max: variants[name]!.length - 1})])))
    const mode: fc.Arbitrary<Mode> = fc.oneof(
      fc.constant({kind: 'all'}),
      fc.record({kind: fc.constant('one' as const), name: fc.constantFrom(...names.filter((name) => name !== 'practices/p4.md')), relative: fc.boolean()}),
    )
    const step = fc.oneof(
      fc.record({do: fc.constant('edit' as const), choice}),
      fc.record({do: fc.constant('run' as const), mode, fast: fc.boolean()}),
      fc.record({do: fc.constant('corrupt' as const), cut: fc.double({min: 0, max: 1, noNaN: true})}),
      fc.record({do: fc.constant('foreign' as const)}),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(step, {maxLength: 6}), choice, mode, async (steps, final, target) => {
        rmSync(path.join(root, CACHE_FOLDER), {recursive: true, force: true})
        writeCheckout(root, {})
        for (const s of steps) {
          if (s.do === 'edit') writeCheckout(root, s.choice)
          // A `fast` run trusts times as if a minute had passed (files are renamed into place, so an edit changes the inode).
          else if (s.do === 'run') await validate(root, s.mode, openCache(root, s.fast ? {now: () => Date.now() + 60_000} : {}))
          else if (s.do === 'corrupt' && existsSync(indexFile(root))) {
            const text = readFileSync(indexFile(root), 'utf8')
            writeFileSync(indexFile(root), text.slice(0, Math.floor(text.length * s.cut)))
          } else if (s.do === 'foreign') await validateFileEntries(await corpusFiles(root), [], {cache: new ValidationCache(root, 'another-version')})
        }
        writeCheckout(root, final)
        const fileMissing = target.kind === 'one' && variants[target.name]![final[target.name] ?? 0] === undefined
        if (fileMissing) return
        const warm = await validate(root, target, openCache(root))
        const cold = await validate(root, target)
        expect(warm.results).toEqual(cold.results)
      }),
      {numRuns: 25},
    )
  }, 300_000)
})

describe('the build through the cache', () => {
  it('loads the same corpus (entries, texts, data, results) and checks nothing the second time', async () => {
    const root = checkout('build', {'practices/p3.md': 1})
    const strip = (corpus: Awaited<ReturnType<typeof loadCorpus>>) => ({
      practices: practicesOf(corpus),
      cases: casesOf(corpus),
      withheld: corpus.withheld,
      results: corpus.results,
      texts: corpus.entries.map((entry) => [entry.path, entry.text]),
    })
    const cold = strip(await loadCorpus(root, 'practitioners'))
    const options = {hashAlways: true, build: true}
    expect(strip(await loadCorpus(root, 'practitioners', {cache: openCache(root, options)}))).toEqual(cold)
    const cache = openCache(root, options)
    expect(strip(await loadCorpus(root, 'practitioners', {cache}))).toEqual(cold)
    expect(existsSync(path.join(root, CACHE_FOLDER, 'build.json'))).toBe(true)
    // A CLI run in between (without the build's part) leaves the build's part usable.
    await validate(root, {kind: 'one', name: 'practices/p1.md', relative: false}, openCache(root))
    writeCheckout(root, {'practices/p3.md': 1, 'cases/c2.md': 2})
    const changed = strip(await loadCorpus(root, 'practitioners'))
    expect(changed).not.toEqual(cold)
    expect(strip(await loadCorpus(root, 'practitioners', {cache: openCache(root, options)}))).toEqual(changed)
  })
})

describe('the build refuses from the cache as without it', () => {
  it('an entry with an identifier stops the build on a warm cache too, with the same report', async () => {
    const root = checkout('refuse', {'cases/c2.md': 1})
    const refusal = async (cache?: ValidationCache) => {
      try {
        await loadCorpus(root, 'public', cache ? {cache} : {})
      } catch (error) {
        if (error instanceof CorpusError) return error.report
        throw error
      }
      return undefined
    }
    const cold = await refusal()
    expect(cold).toMatch(/c2\.md/)
    const options = {hashAlways: true, build: true}
    expect(await refusal(openCache(root, options))).toBe(cold)
    const cache = openCache(root, options)
    expect(await refusal(cache)).toBe(cold)
  })
})

describe('the key', () => {
  it('the rule-set version changes with any file the validator is built from', () => {
    const dir = mkdtempSync(path.join(work, 'version-'))
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = 1\n')
    writeFileSync(path.join(dir, 'b.txt'), 'word\n')
    const before = hashFiles(dir, ['a.ts', 'b.txt'])
    writeFileSync(path.join(dir, 'b.txt'), 'words\n')
    expect(hashFiles(dir, ['a.ts', 'b.txt'])).not.toBe(before)
    expect(ruleSetVersion()).toMatch(/^[0-9a-f]{32}$/)
    // The built CLI carries the version computed at build time.
    const built = readFileSync(path.join(repo, 'scripts/build.mjs'), 'utf8')
    expect(built).toContain('__CONTINUUM_RULESET__')
  })

  it('signs cache files with a key of the installation, kept outside the content', () => {
    const key = machineKey()
    expect(key).toHaveLength(32)
    expect(machineKey()).toBe(key)
    expect(readFileSync(path.join(repo, 'node_modules/.cache/continuum/cache-key')).equals(key)).toBe(true)
  })

  it('notices a corpus rule reading a field the cache does not keep', () => {
    const missed: string[] = []
    const data = projected({type: 'practice', id: 'pr-aaaaaaaa'}, ['type', 'id', 'relatedPractices'], (field) => missed.push(field))
    expect(data.id).toBe('pr-aaaaaaaa')
    expect(data.relatedPractices).toBeUndefined()
    expect(missed).toEqual([])
    expect(data.title).toBeUndefined()
    expect(missed).toEqual(['title'])
  })

  it('is turned off by CONTINUUM_CACHE=0, off, false or no', () => {
    for (const value of ['0', 'off', 'FALSE', 'no']) expect(cacheDisabledBy({CONTINUUM_CACHE: value})).toBe(true)
    for (const value of [undefined, '', '1', 'on']) expect(cacheDisabledBy(value === undefined ? {} : {CONTINUUM_CACHE: value})).toBe(false)
  })
})

describe('continuum validate and the cache (the CLI as a subprocess)', () => {
  const run = runCli

  it('--no-cache and CONTINUUM_CACHE=0 write no cache; the default does; all three report the same', () => {
    const root = checkout('cli', {'cases/c2.md': 1})
    const args = ['validate', 'cases/c2.md', '--format', 'json']
    const none = run([...args, '--no-cache'], root)
    expect(none.code).toBe(1)
    expect(existsSync(path.join(root, CACHE_FOLDER))).toBe(false)
    const off = run(args, root, {CONTINUUM_CACHE: '0'})
    expect(existsSync(path.join(root, CACHE_FOLDER))).toBe(false)
    const cold = run(args, root)
    expect(existsSync(indexFile(root))).toBe(true)
    const warm = run(args, root)
    for (const result of [off, cold, warm]) {
      expect(result.code).toBe(1)
      expect(result.stdout).toBe(none.stdout)
    }
    expect(JSON.parse(none.stdout)[0].messages.length).toBeGreaterThan(0)
    // A corrupt cache changes nothing either.
    writeFileSync(indexFile(root), '{"schema":1')
    expect(run(args, root).stdout).toBe(none.stdout)
  })
})

function hmac(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex')
}
