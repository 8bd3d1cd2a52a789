/** The CLI as a real subprocess: exit codes, output formats, hostile inputs, templates. */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repo, runCli} from './helpers/cli.js'

let work: string

const run = (args: string[], cwd = work) => runCli(args, cwd, {}, 60_000)

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'continuum-cli-'))
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('continuum validate', () => {
  it("passes on the repository's own entries", () => {
    const result = run(['validate'], repo)
    expect(result.stdout).toMatch(/files checked, no problems/)
    expect(result.code).toBe(0)
  })

  const hostile = readdirSync(path.join(repo, 'test/fixtures/hostile')).filter((file) => file.endsWith('.md'))
  it.each(hostile)('refuses hostile input %s with a located message and runs nothing', (file) => {
    const result = run(['validate', path.join(repo, 'test/fixtures/hostile', file), '--format', 'json'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const [report] = JSON.parse(result.stdout)
    expect(report.errorCount).toBeGreaterThan(0)
    for (const message of report.messages) {
      expect(message.line).toBeGreaterThan(0)
      expect(message.column).toBeGreaterThan(0)
      expect(message.ruleId).toMatch(/^[a-z]+\/[a-z-]+$/)
      expect(message.hint).toBeTruthy()
    }
    expect(existsSync(path.join(work, 'canary-executed.txt'))).toBe(false)
  })

  it.each(readdirSync(path.join(repo, 'test/fixtures/ok')))('accepts odd but valid input %s', (file) => {
    const result = run(['validate', path.join(repo, 'test/fixtures/ok', file)])
    expect(result.stdout).toMatch(/no problems/)
    expect(result.code).toBe(0)
  })

  it('refuses an oversized file quickly, before parsing it', () => {
    const file = path.join(work, 'huge.md')
    writeFileSync(file, `---\ntype: practice\n---\n${'a'.repeat(1024 * 1024)}`)
    const started = Date.now()
    const result = run(['validate', file, '--format', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)[0].messages[0].ruleId).toBe('safety/file-size')
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it('refuses invalid UTF-8 and binary content with the line of the first bad byte', () => {
    const invalid = path.join(work, 'latin1.md')
    writeFileSync(invalid, Buffer.concat([Buffer.from('---\ntype: practice\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]))
    const binary = path.join(work, 'binary.md')
    writeFileSync(binary, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]))
    const result = run(['validate', invalid, binary, '--format', 'json'])
    expect(result.code).toBe(1)
    const [first, second] = JSON.parse(result.stdout)
    expect(first.messages[0]).toMatchObject({ruleId: 'safety/encoding', line: 3})
    expect(second.messages[0]).toMatchObject({ruleId: 'safety/binary', line: 2})
  })

  it('prints stylish output with file:line:column, rule id and hint', () => {
    const file = path.join(work, 'typo.md')
    writeFileSync(file, readFileSync(path.join(repo, 'test/fixtures/ok/utf8-bom.md'), 'utf8').replace('country: multi', 'contry: multi'))
    const result = run(['validate', file])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/typo\.md:\d+:1 {2}error {4}Unexpected field `contry` {2}schema\/fields/)
    expect(result.stdout).toMatch(/→ Did you mean `country`\?/)
    expect(result.stdout).toMatch(/1 problem|problems/)
  })

  it('exits 2 with a sentence and no stack trace for usage errors', () => {
    const missing = run(['validate', 'no-such-folder'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/No such file or folder: no-such-folder/)
    expect(missing.stderr).not.toMatch(/\bat .*\.js:\d+/)
    const badFlag = run(['validate', '--format', 'xml'])
    expect(badFlag.code).toBe(2)
  })
})

describe('continuum new', () => {
  it.each(['practice', 'case'])('writes a %s template that explains its fields and never overwrites', (type) => {
    const output = path.join(work, `new-${type}.md`)
    const first = run(['new', type, '--title', 'Draft title', '--output', output, '--yes'])
    expect(first.code).toBe(0)
    const text = readFileSync(output, 'utf8')
    expect(text).toMatch(/^---\n/)
    expect(text).toMatch(new RegExp(`type: ${type}`))
    expect(text).toMatch(/# .*One of|# .*: /)
    const again = run(['new', type, '--title', 'Other', '--output', output, '--yes'])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists; nothing was written/)
    expect(readFileSync(output, 'utf8')).toBe(text)
    // The template is a draft: it is readable by the validator, which lists what to fill in.
    const check = run(['validate', output, '--format', 'json'])
    const [report] = JSON.parse(check.stdout)
    expect(report.messages.every((message: {ruleId: string}) => message.ruleId.startsWith('schema/') || message.ruleId.startsWith('links/'))).toBe(true)
  })

  it('writes the editor modeline pointing at the exported JSON Schema inside a checkout', () => {
    const output = path.join(repo, '.tmp', 'modeline-test.md')
    rmSync(output, {force: true})
    const result = run(['new', 'practice', '--title', 'X', '--output', output, '--yes'], repo)
    expect(result.code).toBe(0)
    expect(readFileSync(output, 'utf8')).toMatch(/# yaml-language-server: \$schema=\.\.\/schemas\/practice\.schema\.json/)
    rmSync(output)
  })
})
