/**
 * The validation server (cli/src/server.ts, serve.ts, watched-files.ts): while it runs,
 * `continuum validate` prints exactly what it prints without it (CONTINUUM_SERVER=0), whatever was
 * edited, added or removed in between; a server that cannot answer (killed, another build, another
 * checkout) is passed over without a word; and it stops when asked, idle, or made way for.
 */
import {appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {ask, socketPathOf} from '../cli/src/server.js'
import {WatchedFiles} from '../cli/src/watched-files.js'
import {runCli} from './helpers/cli.js'
import {practiceWithId, reviewWithId} from './helpers/entry.js'

let work: string

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'cs-'))
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

const practice = practiceWithId
const review = reviewWithId

/** The CLI, answered by a server the test started rather than one of the environment's settings. */
const run = (args: string[], cwd: string, env: Record<string, string> = {}) => runCli(args, cwd, {CONTINUUM_SERVER: '', ...env})

/** A small checkout: three practices, two case reviews. */
function checkout(name: string): string {
  const root = path.join(work, name)
  mkdirSync(path.join(root, 'practices'), {recursive: true})
  mkdirSync(path.join(root, 'cases'), {recursive: true})
  writeFileSync(path.join(root, 'practices/mentoring.md'), practice('pr-aaaaaaaa'))
  writeFileSync(path.join(root, 'practices/family-support.md'), practice('pr-bbbbbbbb', 'See [mentoring](mentoring.md).'))
  writeFileSync(path.join(root, 'practices/exit-work.md'), practice('pr-cccccccc'))
  writeFileSync(path.join(root, 'cases/release-one.md'), review('cr-aaaaaaaa', 'pr-aaaaaaaa'))
  writeFileSync(path.join(root, 'cases/release-two.md'), review('cr-bbbbbbbb', 'pr-bbbbbbbb'))
  return root
}

const servers: string[] = []
function start(root: string) {
  const started = run(['server', 'start', '--idle', '5'], root)
  expect(started.code, started.stderr).toBe(0)
  servers.push(root)
}
afterEach(() => {
  for (const root of servers.splice(0)) run(['server', 'stop'], root)
})

/** Requests the server answered so far (proves an answer came from it, not from the command itself). */
async function answered(root: string): Promise<number> {
  const status = await ask(socketPathOf(root), {kind: 'status'})
  return status?.kind === 'status' ? status.requests : -1
}

/** `continuum validate ARGS` with and without the server: both printed and exited alike. */
async function same(root: string, args: string[], env: Record<string, string> = {}, cwd = root) {
  const before = await answered(root)
  const served = run(['validate', ...args], cwd, env)
  expect(await answered(root), 'the server answered').toBe(before + 1)
  const alone = run(['validate', ...args], cwd, {...env, CONTINUUM_SERVER: '0'})
  expect(served).toEqual(alone)
  return served
}

describe('continuum validate with a validation server', () => {
  it('prints what the command prints alone, for the checkout, one file, a folder, JSON, errors and usage errors', async () => {
    const root = checkout('same')
    start(root)
    expect((await same(root, [])).code).toBe(0)
    await same(root, ['practices/mentoring.md'])
    await same(root, ['--format', 'json', 'cases'])
    await same(root, ['mentoring.md'], {}, path.join(root, 'practices'))
    // An identifying sentence: an error, exit status 1, from either.
    appendFileSync(path.join(root, 'cases/release-one.md'), '\nStaff said Mrs Anna Nowak was moved on 14 March 2019.\n')
    const found = await same(root, ['cases/release-one.md'])
    expect(found.code).toBe(1)
    expect(found.stdout).toMatch(/anon\//)
    expect(await same(root, ['--quiet'])).toMatchObject({code: 1})
    // A usage error is the command's own message and exit status 2.
    const missing = await same(root, ['practices/no-such-file.md'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/No such file or folder/)
    // The environment of the person asking: a review date far ahead makes every entry due.
    const due = await same(root, [], {CONTINUUM_TODAY: '2099-01-01'})
    expect(due.stdout).toMatch(/schema\/review-due/)
    expect((await same(root, ['--budget', '5'])).code).toBe(2)
  }, 240_000)

  it('sees every change made between two requests: an edit, an id taken from another file, a new file, a removed link target', async () => {
    const root = checkout('changes')
    start(root)
    await same(root, ['practices/exit-work.md'])
    // The practice a case review relates to changes its id: the corpus rule reports it on the review asked about.
    expect((await same(root, ['cases/release-one.md'])).code).toBe(0)
    writeFileSync(path.join(root, 'practices/mentoring.md'), practice('pr-eeeeeeee'))
    expect((await same(root, ['cases/release-one.md'])).stdout).toMatch(/Unexpected related practice `pr-aaaaaaaa`/)
    // Another file takes this file's id: the duplicate is reported on the later of the two.
    writeFileSync(path.join(root, 'practices/mentoring.md'), practice('pr-cccccccc'))
    expect((await same(root, ['practices'])).stdout).toMatch(/Duplicate id/)
    writeFileSync(path.join(root, 'practices/mentoring.md'), practice('pr-aaaaaaaa'))
    expect((await same(root, ['practices/exit-work.md'])).code).toBe(0)
    // A new file in a folder, and the target of a link removed.
    writeFileSync(path.join(root, 'practices/new-one.md'), practice('pr-dddddddd', 'Staff said Mrs Anna Nowak led it.'))
    expect((await same(root, ['practices'])).stdout).toMatch(/new-one\.md/)
    unlinkSync(path.join(root, 'practices/mentoring.md'))
    expect((await same(root, ['practices/family-support.md'])).stdout).toMatch(/Unexpected link target/)
    // A draft outside the content folders (not watched), settled, asked twice: the second answer
    // may be remembered; after an edit that keeps its times, it is not.
    mkdirSync(path.join(root, 'drafts'))
    const draft = path.join(root, 'drafts/draft.md')
    writeFileSync(draft, practice('pr-ffffffff'))
    const hourAgo = new Date(Date.now() - 3_600_000)
    utimesSync(draft, hourAgo, hourAgo)
    expect((await same(root, ['drafts/draft.md'])).code).toBe(0)
    expect((await same(root, ['drafts/draft.md'])).code).toBe(0)
    writeFileSync(draft, practice('pr-ffffffff', 'Staff said Mrs Anna Nowak led it.'))
    utimesSync(draft, hourAgo, hourAgo)
    expect((await same(root, ['drafts/draft.md'])).stdout).toMatch(/Anna Nowak/)
  }, 240_000)

  it('gives the same answers as the command alone over random sequences of edits (property)', async () => {
    const root = checkout('property')
    start(root)
    const files = ['practices/mentoring.md', 'practices/family-support.md', 'practices/exit-work.md', 'cases/release-one.md', 'cases/release-two.md']
    const original = new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]))
    const edit = fc.record({
      file: fc.constantFrom(...files),
      change: fc.constantFrom('clean', 'name', 'date', 'duplicate-id', 'broken-link', 'remove', 'restore'),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(edit, {minLength: 1, maxLength: 3}), fc.constantFrom(...files), async (edits, asked) => {
        for (const file of files) writeFileSync(path.join(root, file), original.get(file)!)
        for (const {file, change} of edits) {
          const at = path.join(root, file)
          if (change === 'remove') rmSync(at, {force: true})
          else if (change === 'restore') writeFileSync(at, original.get(file)!)
          else if (existsSync(at)) {
            const text = readFileSync(at, 'utf8')
            if (change === 'clean') appendFileSync(at, '\nThe team met every week.\n')
            if (change === 'name') appendFileSync(at, '\nStaff said Mrs Anna Nowak agreed.\n')
            if (change === 'date') appendFileSync(at, '\nHe was released on 14 March 2019.\n')
            if (change === 'duplicate-id') writeFileSync(at, text.replace(/^id: \S+$/m, 'id: pr-aaaaaaaa'))
            if (change === 'broken-link') appendFileSync(at, '\nSee [the other](gone.md).\n')
          }
        }
        const target = existsSync(path.join(root, asked)) ? [asked] : []
        await same(root, target)
      }),
      {numRuns: 6},
    )
  }, 600_000)

  it('is passed over without a word when it was killed, and stops for another build or when asked', async () => {
    const root = checkout('lifecycle')
    start(root)
    const status = await ask(socketPathOf(root), {kind: 'status'})
    expect(status?.kind).toBe('status')
    // A malformed question is declined; the server goes on.
    const {createConnection} = await import('node:net')
    const reply = await new Promise<string>((resolve) => {
      const socket = createConnection(socketPathOf(root), () => socket.write('{not json\n'))
      let text = ''
      socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
      socket.on('close', () => resolve(text))
    })
    expect(JSON.parse(reply)).toMatchObject({kind: 'declined'})
    expect(await answered(root)).toBeGreaterThanOrEqual(0)
    // A CLI of another build asks: declined, and the server makes way.
    const other = await ask(socketPathOf(root), {kind: 'validate', protocol: 1, build: 'another-build', request: {paths: [], cwd: root, cache: true, env: {}}})
    expect(other).toMatchObject({kind: 'declined'})
    await expect.poll(() => existsSync(socketPathOf(root)), {timeout: 10_000}).toBe(false)
    expect(run(['server', 'status'], root).code).toBe(1)
    // Killed: its socket stays behind; validate works alone and says nothing of it.
    start(root)
    const pid = await ask(socketPathOf(root), {kind: 'status'})
    expect(pid?.kind).toBe('status')
    process.kill((pid as {pid: number}).pid, 'SIGKILL')
    await expect.poll(async () => (await ask(socketPathOf(root), {kind: 'status'}, {connectMs: 200}))?.kind, {timeout: 10_000}).toBe(undefined)
    expect(existsSync(socketPathOf(root))).toBe(true)
    const alone = run(['validate'], root)
    expect(alone.code).toBe(0)
    expect(alone.stderr).toBe('')
    expect(alone).toEqual(run(['validate'], root, {CONTINUUM_SERVER: '0'}))
    // `server start` replaces the stale socket; `server stop` stops it.
    start(root)
    expect(run(['server', 'status'], root).code).toBe(0)
    expect(run(['server', 'stop'], root).stdout).toMatch(/stopped/)
    await expect.poll(() => existsSync(socketPathOf(root)), {timeout: 10_000}).toBe(false)
  }, 240_000)

  it('refuses to start outside a checkout, and `--no-cache` or CONTINUUM_SERVER=0 never ask it', async () => {
    const outside = mkdtempSync(path.join(work, 'outside-'))
    const refused = run(['server', 'start'], outside)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/portal checkout/)
    const root = checkout('ignored')
    start(root)
    const before = await answered(root)
    expect(run(['validate', '--no-cache'], root).code).toBe(0)
    expect(run(['validate'], root, {CONTINUUM_SERVER: '0'}).code).toBe(0)
    expect(run(['validate'], root, {CONTINUUM_CACHE: '0'}).code).toBe(0)
    expect(await answered(root)).toBe(before)
  }, 240_000)
})

describe('WatchedFiles', () => {
  it('forgets a file when the system reports its change, and stops trusting what it remembers when a change goes unreported', async () => {
    const root = mkdtempSync(path.join(work, 'watched-'))
    mkdirSync(path.join(root, 'practices'))
    const file = path.join(root, 'practices/a.md')
    writeFileSync(file, 'one')
    const watched = new WatchedFiles(root)
    const listing = await watched.list(['practices'], (dir) => Promise.resolve([path.join(dir, 'a.md')]))
    expect(listing).toEqual([file])
    const first = watched.fileSystem.lstat(file)
    expect(watched.fileSystem.lstat(file)).toBe(first)
    writeFileSync(file, 'two, longer')
    await expect.poll(() => watched.fileSystem.lstat(file) !== first, {timeout: 5000}).toBe(true)
    expect(watched.fileSystem.lstat(file).size).toBe(11)
    // Watching stops (as on a file system that reports nothing): a change is found by verify().
    const remembered = watched.fileSystem.lstat(file)
    watched.close()
    writeFileSync(file, 'three, longer still')
    expect(watched.fileSystem.lstat(file)).toBe(remembered)
    await watched.verify()
    await expect.poll(() => watched.distrusted, {timeout: 5000}).toMatch(/not reported/)
    expect(watched.fileSystem.lstat(file).size).toBe(19)
  })
})
