/** The built CLI run as a contributor runs it: a subprocess, colours off, its whole output kept. */
import {spawnSync} from 'node:child_process'
import path from 'node:path'

export const repo = path.resolve(__dirname, '../..')
export const bin = path.join(repo, 'cli/bin/run.js')

export interface CliResult {
  /** Exit status (null when it was killed, at the timeout for one). */
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `continuum <args>` in `cwd`, with `env` over this process's environment. */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 120_000): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...env},
    timeout: timeoutMs,
    // A report of a hostile file can run to megabytes (a finding per planted age): the default
    // 1 MiB buffer would kill the CLI mid-write (ENOBUFS) and lose the exit code.
    maxBuffer: 256 * 1024 * 1024,
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}
