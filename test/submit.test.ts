/** `continuum submit` against a bare remote in a temp folder, as a real subprocess. */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'

const repo = path.resolve(__dirname, '..')
const bin = path.join(repo, 'cli/bin/run.js')
const env = {...process.env, NO_COLOR: '1', GIT_AUTHOR_NAME: 'Test Contributor', GIT_AUTHOR_EMAIL: 'contributor@example.org', GIT_COMMITTER_NAME: 'Test Contributor', GIT_COMMITTER_EMAIL: 'contributor@example.org'}
let temp: string
let remote: string
let checkout: string

const git = (args: string[], cwd = checkout) => execFileSync('git', args, {cwd, env, encoding: 'utf8'}).trim()
const run = (args: string[], cwd = checkout) => spawnSync(process.execPath, [bin, ...args], {cwd, env, encoding: 'utf8', timeout: 60_000})

const draftPractice = () => readFileSync(path.join(repo, 'practices/scenario-testing-before-release.md'), 'utf8')
  .replace(/^id: .*\n/m, '')
  .replace(/^title: .*$/m, 'title: "Été: mentoring by formers / ../../escape attempt"')

function state() {
  return {
    head: git(['rev-parse', 'HEAD']),
    branch: git(['rev-parse', '--abbrev-ref', 'HEAD']),
    status: git(['status', '--porcelain', '--untracked-files=all']),
    refs: git(['for-each-ref', '--format=%(refname) %(objectname)']),
  }
}

beforeEach(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'continuum-submit-'))
  remote = path.join(temp, 'remote.git')
  const seed = path.join(temp, 'seed')
  git(['init', '--bare', '--initial-branch=main', remote], temp)
  git(['init', '--initial-branch=main', seed], temp)
  for (const folder of ['practices', 'cases']) cpSync(path.join(repo, folder), path.join(seed, folder), {recursive: true})
  git(['add', '-A'], seed)
  git(['commit', '-qm', 'seed'], seed)
  git(['push', '-q', remote, 'main'], seed)
  checkout = path.join(temp, 'checkout')
  git(['clone', '-q', remote, checkout], temp)
  writeFileSync(path.join(checkout, 'notes.txt'), 'uncommitted work of the contributor\n')
  writeFileSync(path.join(temp, 'draft.md'), draftPractice())
})
afterEach(() => rmSync(temp, {recursive: true, force: true}))

describe('continuum submit', () => {
  it('records a valid draft as one commit on submission/<id>, pushes it, and leaves the checkout as it was', () => {
    const before = state()
    const result = run(['submit', path.join(temp, 'draft.md'), '--push', 'origin'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const id = /as (pr-[0-9a-z]{8})/.exec(result.stdout)![1]!
    const branch = `submission/${id}`
    const after = state()
    expect(after.head).toBe(before.head)
    expect(after.branch).toBe('main')
    expect(after.status).toBe(before.status)

    // The remote has the branch with exactly one new commit holding one new file.
    const remoteHead = git(['rev-parse', branch], remote)
    expect(git(['rev-list', '--count', `main..${branch}`], remote)).toBe('1')
    const files = git(['diff-tree', '--no-commit-id', '--name-only', '-r', remoteHead], remote).split('\n')
    expect(files).toEqual(['practices/ete-mentoring-by-formers-escape-attempt.md'])
    const message = git(['log', '-1', '--format=%B', remoteHead], remote)
    expect(message).toMatch(/Submit practice "Été: mentoring by formers/)
    expect(message).toMatch(/Contributor: Test Contributor <contributor@example.org>/)

    // The branch validates in a fresh clone.
    const verify = path.join(temp, 'verify')
    git(['clone', '-q', '--branch', branch, remote, verify], temp)
    const content = readFileSync(path.join(verify, files[0]!), 'utf8')
    expect(content).toMatch(new RegExp(`^id: ${id}$`, 'm'))
    const validation = run(['validate'], verify)
    const seeded = ['practices', 'cases'].reduce((n, folder) => n + readdirSync(path.join(repo, folder)).filter((f) => f.endsWith('.md')).length, 0)
    expect(validation.stdout).toContain(`${seeded + 1} files checked, no problems`)
    expect(validation.status).toBe(0)
  })

  it('refuses an invalid draft with the validator\'s messages and changes nothing', () => {
    writeFileSync(path.join(temp, 'draft.md'), draftPractice().replace('## Aims', 'Her brother Youssef joined on 12 March 2020.\n\n## Aims'))
    const before = state()
    const result = run(['submit', path.join(temp, 'draft.md')])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/anon\/person-name/)
    expect(result.stdout).toMatch(/anon\/exact-date/)
    expect(result.stderr).toMatch(/has errors; nothing was submitted/)
    expect(state()).toEqual(before)
    expect(git(['for-each-ref', 'refs/heads/submission/'], remote)).toBe('')
  })

  it('writes nothing on --dry-run', () => {
    const before = state()
    const result = run(['submit', path.join(temp, 'draft.md'), '--dry-run'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/Dry run: .* would be submitted as pr-[0-9a-z]{8} in practices\/.*\.md/)
    expect(state()).toEqual(before)
  })

  it('gives concurrent submissions distinct ids and complete branches', async () => {
    const runs = await Promise.all([0, 1, 2].map(() => new Promise<string>((resolve) => {
      const child = spawn(process.execPath, [bin, 'submit', path.join(temp, 'draft.md')], {cwd: checkout, env})
      let out = ''
      child.stdout.on('data', (chunk) => (out += chunk))
      child.on('close', () => resolve(out))
    })))
    const ids = runs.map((out) => /as (pr-[0-9a-z]{8})/.exec(out)?.[1])
    expect(new Set(ids).size).toBe(3)
    for (const id of ids) expect(git(['rev-list', '--count', `main..submission/${id}`])).toBe('1')
    expect(git(['status', '--porcelain'])).toBe('?? notes.txt')
  })

  it('updates an existing entry when the draft carries its id, on the same path', () => {
    const existing = readFileSync(path.join(checkout, 'practices/scenario-testing-before-release.md'), 'utf8')
    writeFileSync(path.join(temp, 'draft.md'), existing.replace('Scenario testing before release', 'Scenario testing before release, revised'))
    const result = run(['submit', path.join(temp, 'draft.md')])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/Updated practice .* as pr-2n5v8h4j: practices\/scenario-testing-before-release\.md on branch submission\/pr-2n5v8h4j/)
    const again = run(['submit', path.join(temp, 'draft.md')])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/already exists; nothing was changed/)
  })

  it('refuses a draft with an id that no entry carries, and outside a checkout', () => {
    writeFileSync(path.join(temp, 'draft.md'), draftPractice().replace('type: practice', 'type: practice\nid: pr-zzzzzzzz'))
    const unknown = run(['submit', path.join(temp, 'draft.md')])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toMatch(/no entry of this checkout carries/)
    const outside = run(['submit', path.join(temp, 'draft.md')], temp)
    expect(outside.status).toBe(1)
    expect(outside.stderr).toMatch(/Not inside a git checkout of the portal/)
  })
})
