/**
 * A generated corpus (bench/generate.ts) through the real CLI: enough files to validate on several
 * cores and to overflow a pipe's buffer with the JSON report, with planted identifiers to find.
 */
import {spawn} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {generate} from '../bench/generate.js'

const root = path.resolve(import.meta.dirname, '..')
let dir: string
let planted: number

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'continuum-scale-'))
  planted = (await generate({out: dir, perType: 150, seed: 3, planted: 0.6})).planted
}, 120_000)
afterAll(() => rm(dir, {recursive: true, force: true}))

function validate(env: Record<string, string> = {}): Promise<{code: number | null; stdout: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'cli/bin/run.js'), 'validate', '--format', 'json'], {cwd: dir, env: {...process.env, ...env}})
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('close', (code) => resolve({code, stdout}))
  })
}

describe('a generated corpus of 300 entries', () => {
  it('validates on several cores with the same report as on one, whole through a pipe, every planted identifier found', async () => {
    const [parallel, single] = await Promise.all([validate(), validate({CONTINUUM_THREADS: '1'})])
    expect(parallel.stdout.length).toBeGreaterThan(65_536)
    const results = JSON.parse(parallel.stdout) as Array<{filePath: string; errorCount: number; messages: Array<{ruleId: string}>}>
    expect(results).toHaveLength(300)
    expect(parallel.code).toBe(1)
    expect(results.filter((r) => r.errorCount > 0)).toHaveLength(planted)
    // Planted identifiers are the only errors; the generated review dates, spread over years, also bring review-due warnings.
    expect(results.flatMap((r) => r.messages).every((m) => m.ruleId.startsWith('anon/') || m.ruleId === 'schema/review-due')).toBe(true)
    expect(parallel.stdout).toBe(single.stdout)
  })
})
