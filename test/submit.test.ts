/** `continuum submit` against a bare remote in a temp folder, as a real subprocess. */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'

const repo = path.resolve(__dirname, '..')
const bin = path.join(repo, 'cli/bin/run.js')
const env = {
  ...process.env,
  NO_COLOR: '1',
  GIT_AUTHOR_NAME: 'Test Contributor',
  GIT_AUTHOR_EMAIL: 'contributor@example.org',
  GIT_COMMITTER_NAME: 'Test Contributor',
  GIT_COMMITTER_EMAIL: 'contributor@example.org',
}
let temp: string
let remote: string
let checkout: string

const git = (args: string[], cwd = checkout) => execFileSync('git', args, {cwd, env, encoding: 'utf8'}).trim()
const run = (args: string[], cwd = checkout) =>
  spawnSync(process.execPath, [bin, ...args], {cwd, env, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024})
const runAsync = (args: string[], cwd = checkout) =>
  new Promise<{status: number | null; stdout: string; stderr: string}>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (status) => resolve({status, stdout, stderr}))
  })
const submissionBranches = (cwd = checkout) => git(['for-each-ref', '--format=%(refname)', 'refs/heads/submission/'], cwd)
const stackTrace = /^\s+at .*:\d+:\d+\)?$/m

const draftPractice = () =>
  readFileSync(path.join(repo, 'practices/scenario-testing-before-release.md'), 'utf8')
    .replace(/^id: .*\n/m, '')
    .replace(/^title: .*$/m, 'title: "Été: mentoring by formers / ../../escape attempt"')
/** Different drafts with the same title: one more aim each. */
const variant = (n: number) =>
  draftPractice().replace('## Methods', `- Keep the plan realistic for the first ${['weeks', 'months', 'year'][n]} after release.\n\n## Methods`)

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

  it("refuses an invalid draft with the validator's messages and changes nothing", () => {
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

  it('gives concurrent submissions of different drafts with the same title distinct ids, slugs and complete branches', async () => {
    // Three different drafts (same title) at once: none may share an id, a branch or a file name.
    const drafts = [0, 1, 2].map((n) => {
      const file = path.join(temp, `draft-${n}.md`)
      writeFileSync(file, variant(n))
      return file
    })
    const runs = await Promise.all(drafts.map((file) => runAsync(['submit', file])))
    for (const result of runs) expect(result.status).toBe(0)
    const ids = runs.map((result) => /as (pr-[0-9a-z]{8})/.exec(result.stdout)?.[1])
    expect(new Set(ids).size).toBe(3)
    const paths = ids.map((id) => {
      expect(git(['rev-list', '--count', `main..submission/${id}`])).toBe('1')
      return git(['diff-tree', '--no-commit-id', '--name-only', '-r', `submission/${id}`])
    })
    expect(new Set(paths).size).toBe(3)
    expect(git(['status', '--porcelain'])).toBe('?? notes.txt')
  })

  it('records the same draft submitted three times at once on one branch, under one id', async () => {
    const runs = await Promise.all([0, 1, 2].map(() => runAsync(['submit', path.join(temp, 'draft.md')])))
    for (const result of runs) expect(result.status).toBe(0)
    const ids = runs.map((result) => /as (pr-[0-9a-z]{8})/.exec(result.stdout)?.[1])
    expect(new Set(ids).size).toBe(1)
    expect(git(['for-each-ref', '--format=%(refname)', 'refs/heads/submission/'])).toBe(`refs/heads/submission/${ids[0]}`)
    expect(runs.filter((result) => /already submitted/i.test(result.stdout))).toHaveLength(2)
  })

  it('updates an existing entry when the draft carries its id, on the same path', () => {
    // Behaviour changed on purpose: an update gets its own branch submission/<id>-update-<hash>, and
    // submitting the same update again is reported as already submitted (exit 0) instead of refused.
    const existing = readFileSync(path.join(checkout, 'practices/scenario-testing-before-release.md'), 'utf8')
    writeFileSync(path.join(temp, 'draft.md'), existing.replace('Scenario testing before release', 'Scenario testing before release, revised'))
    const result = run(['submit', path.join(temp, 'draft.md')])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(
      /Updated practice .* as pr-2n5v8h4j: practices\/scenario-testing-before-release\.md on branch submission\/pr-2n5v8h4j-update-[0-9a-z]{8}/,
    )
    const again = run(['submit', path.join(temp, 'draft.md')])
    expect(again.stderr).toBe('')
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/already submitted/i)
    expect(git(['for-each-ref', '--format=%(refname)', 'refs/heads/submission/']).split('\n')).toHaveLength(1)
  })

  it('updates an entry edited in place in the checkout: the branch changes that file and the output lists what changed', () => {
    const file = path.join(checkout, 'practices/scenario-testing-before-release.md')
    const original = readFileSync(file, 'utf8')
    writeFileSync(
      file,
      original
        .replace(/^title: .*$/m, 'title: Scenario testing before release, revised')
        .replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-11-30')
        .replace(
          '- Results feed the risk management plan rather than a one-off assessment.',
          '- Results feed the risk management plan.\n- The plan is reviewed after the first month.',
        ),
    )
    const headBefore = git(['rev-parse', 'HEAD'])
    const result = run(['submit', 'practices/scenario-testing-before-release.md'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const branch = /on branch (submission\/pr-2n5v8h4j-update-[0-9a-z]{8})/.exec(result.stdout)?.[1]
    expect(branch).toBeDefined()
    // One commit on top of HEAD that modifies the entry's file in place, and nothing else.
    expect(git(['rev-parse', `${branch}^`])).toBe(headBefore)
    expect(git(['diff-tree', '--no-commit-id', '--name-status', '-r', branch!])).toBe('M\tpractices/scenario-testing-before-release.md')
    expect(git(['show', `${branch}:practices/scenario-testing-before-release.md`])).toBe(readFileSync(file, 'utf8').trim())
    expect(result.stdout).toMatch(/Changed front matter: title, lastReviewed/)
    expect(result.stdout).toMatch(/body: 2 lines added, 1 removed/)
    expect(git(['log', '-1', '--format=%s', branch!])).toMatch(/^Update practice "Scenario testing before release, revised" \(pr-2n5v8h4j\)/)
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

  it('refuses a --push value that is not a configured remote, so it never reaches git as an option', () => {
    const canary = path.join(temp, 'canary')
    const before = state()
    const result = run(['submit', path.join(temp, 'draft.md'), `--push=--receive-pack=touch ${canary}; echo`])
    expect(result.status).toBe(1)
    expect(existsSync(canary)).toBe(false)
    expect(result.stderr).toMatch(/no remote named "--receive-pack=touch .*"/)
    expect(result.stderr).toMatch(/origin/)
    expect(result.stderr).not.toMatch(stackTrace)
    expect(result.stderr).not.toMatch(/^Error/m)
    expect(state()).toEqual(before)
    const url = run(['submit', path.join(temp, 'draft.md'), '--push', remote])
    expect(url.status).toBe(1)
    expect(url.stderr).toMatch(/no remote named/)
    expect(submissionBranches()).toBe('')
  })

  it('removes the new branch again when the remote rejects the push, and a retry after the fix succeeds under the same id', () => {
    const hook = path.join(remote, 'hooks/pre-receive')
    writeFileSync(hook, '#!/bin/sh\necho "rejected by policy" >&2\nexit 1\n')
    chmodSync(hook, 0o755)
    const before = state()
    const rejected = run(['submit', path.join(temp, 'draft.md'), '--push', 'origin'])
    expect(rejected.status).toBe(1)
    expect(rejected.stderr).toMatch(/removed/)
    expect(rejected.stderr).not.toMatch(stackTrace)
    expect(submissionBranches()).toBe('')
    expect(state()).toEqual(before)
    expect(git(['for-each-ref', 'refs/heads/submission/'], remote)).toBe('')

    // A remote that does not exist at all: same outcome.
    git(['remote', 'add', 'gone', path.join(temp, 'no-such-remote.git')])
    const missing = run(['submit', path.join(temp, 'draft.md'), '--push', 'gone'])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/removed/)
    expect(submissionBranches()).toBe('')

    rmSync(hook)
    const retried = run(['submit', path.join(temp, 'draft.md'), '--push', 'origin'])
    expect(retried.stderr).toBe('')
    expect(retried.status).toBe(0)
    const id = /as (pr-[0-9a-z]{8})/.exec(retried.stdout)![1]!
    expect(rejected.stderr).toContain(`submission/${id}`)
    expect(git(['rev-parse', `submission/${id}`], remote)).toBe(git(['rev-parse', `submission/${id}`]))
  })

  it('gives a retried submission of the same file the same id and no second branch', () => {
    const first = run(['submit', path.join(temp, 'draft.md')])
    expect(first.status).toBe(0)
    const id = /as (pr-[0-9a-z]{8})/.exec(first.stdout)![1]!
    const branches = submissionBranches()
    const second = run(['submit', path.join(temp, 'draft.md')])
    expect(second.stderr).toBe('')
    expect(second.status).toBe(0)
    expect(second.stdout).toMatch(/already submitted/i)
    expect(/as (pr-[0-9a-z]{8})/.exec(second.stdout)?.[1]).toBe(id)
    expect(submissionBranches()).toBe(branches)
    expect(branches).toBe(`refs/heads/submission/${id}`)
    // The dry run agrees with what was recorded.
    const dry = run(['submit', path.join(temp, 'draft.md'), '--dry-run'])
    expect(dry.status).toBe(0)
    expect(dry.stdout).toContain(id)
  })

  it('gives two pending drafts with the same title different file names', () => {
    writeFileSync(path.join(temp, 'draft-0.md'), variant(0))
    writeFileSync(path.join(temp, 'draft-1.md'), variant(1))
    const first = run(['submit', path.join(temp, 'draft-0.md')])
    const second = run(['submit', path.join(temp, 'draft-1.md')])
    expect(first.status).toBe(0)
    expect(second.status).toBe(0)
    const pathOf = (out: string) => /: ((?:practices|cases)\/[a-z0-9-]+\.md) on branch/.exec(out)?.[1]
    expect(pathOf(first.stdout)).toBe('practices/ete-mentoring-by-formers-escape-attempt.md')
    expect(pathOf(second.stdout)).toMatch(/^practices\/ete-mentoring-by-formers-escape-attempt-[0-9a-z]{8}\.md$/)
    // Also when the first one is pending only on the remote (pushed, local branch deleted).
    writeFileSync(path.join(temp, 'draft-2.md'), variant(2))
    const firstBranch = /on branch (submission\/[a-z0-9-]+)/.exec(first.stdout)![1]!
    git(['push', '-q', 'origin', firstBranch])
    git(['branch', '-q', '-D', firstBranch])
    git(['fetch', '-q', 'origin'])
    const third = run(['submit', path.join(temp, 'draft-2.md')])
    expect(third.status).toBe(0)
    expect(pathOf(third.stdout)).not.toBe(pathOf(first.stdout))
    expect(pathOf(third.stdout)).not.toBe(pathOf(second.stdout))
  })
})
