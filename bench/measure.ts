/**
 * Measuring helpers shared by the benchmarks (bench/run.ts, bench/pathological.ts): one command
 * timed as a subprocess, and several commands interleaved (A B C A B C…) with their medians.
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {readFile, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

export interface Sample {
  ms: number
  /** Peak resident memory of the process tree, when /usr/bin/time is there. */
  peakMB?: number
  /** User + system CPU time of the process tree, when /usr/bin/time is there (less sensitive than wall time to other work on the machine). */
  cpuMs?: number
  code: number | null
  /** Standard output and the end of standard error, when asked for. */
  stdout?: string
  stderr?: string
  /** Killed after `timeoutMs`. */
  timedOut?: boolean
}

export interface SampleOptions {
  /** Default: the repository. */
  cwd?: string
  env?: Record<string, string>
  /** Keep standard output and the last 4 KB of standard error. */
  capture?: boolean
  /** Kill the command (and everything it started) after this long. */
  timeoutMs?: number
}

/** Runs a command to completion (output discarded unless captured); wall time and peak memory. */
export async function sample(command: string, args: string[], options: SampleOptions = {}): Promise<Sample> {
  const stats = path.join(os.tmpdir(), `continuum-bench-time-${process.pid}-${process.hrtime.bigint()}.txt`)
  const [bin, argv] = timeBin ? [timeBin, ['-f', '%M %U %S', '-o', stats, command, ...args]] : [command, args]
  const started = performance.now()
  let stdout = ''
  let stderr = ''
  let timedOut = false
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(bin, argv, {
      cwd: options.cwd ?? root,
      env: {...process.env, NO_COLOR: '1', ...options.env},
      stdio: ['ignore', options.capture ? 'pipe' : 'ignore', options.capture ? 'pipe' : 'ignore'],
      // Its own process group, so that a timeout ends the command and what it started, nothing else.
      detached: options.timeoutMs !== undefined,
    })
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4096)))
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            try {
              process.kill(-child.pid!, 'SIGKILL')
            } catch {
              child.kill('SIGKILL')
            }
          }, options.timeoutMs)
    child.on('close', (exitCode) => {
      if (timer) clearTimeout(timer)
      resolve(exitCode)
    })
  })
  const ms = performance.now() - started
  let peakMB: number | undefined
  let cpuMs: number | undefined
  if (timeBin) {
    const [kb, user, system] = ((await readFile(stats, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '').split(' ').map(Number)
    if (kb !== undefined && Number.isFinite(kb) && kb > 0) peakMB = kb / 1024
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuMs = (user + system) * 1000
    await rm(stats, {force: true})
  }
  return {
    ms,
    code,
    ...(peakMB ? {peakMB} : {}),
    ...(cpuMs !== undefined ? {cpuMs} : {}),
    ...(options.capture ? {stdout, stderr} : {}),
    ...(timedOut ? {timedOut} : {}),
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
export const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!

export interface Compared {
  ms: number
  peakMB?: number
  cpuMs?: number
  samples: number[]
  /** Every sample, in the order taken. */
  all: Sample[]
}

/** Runs several commands `runs` times each, interleaved (A B C A B C…), and returns medians. */
export async function compare(commands: Record<string, () => Promise<Sample>>, runs: number): Promise<Record<string, Compared>> {
  const all: Record<string, Sample[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
  for (let run = 0; run < runs; run++) {
    for (const [name, command] of Object.entries(commands)) all[name]!.push(await command())
  }
  return Object.fromEntries(
    Object.entries(all).map(([name, samples]) => {
      const peaks = samples.map((s) => s.peakMB).filter((p): p is number => p !== undefined)
      const cpu = samples.map((s) => s.cpuMs).filter((c): c is number => c !== undefined)
      return [
        name,
        {
          ms: median(samples.map((s) => s.ms)),
          ...(peaks.length ? {peakMB: median(peaks)} : {}),
          ...(cpu.length ? {cpuMs: median(cpu)} : {}),
          samples: samples.map((s) => Math.round(s.ms)),
          all: samples,
        },
      ]
    }),
  )
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
export const mb = (value?: number) => (value === undefined ? 'n/a' : `${Math.round(value)} MB`)
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
export const log = (message: string) => console.error(`[bench] ${message}`)
