/**
 * Pathological inputs: each one a complete practice entry, valid but for its hostile paragraph,
 * validated alone by the CLI (`continuum validate FILE --format json`, outside any checkout), and
 * timed as a subprocess against two baselines measured in the same run: the same command on a
 * normal launch entry, and the minimal oclif CLI. With `before`, the same files are also
 * validated by the CLI of an earlier commit, built in a temporary git worktree, with a per-run
 * timeout (what took minutes before is reported as killed, not waited for).
 *
 * Run by `npm run bench` (section "Pathological inputs"); alone:
 *   npx tsx bench/pathological.ts [--quick] [--before 1ddf70f] [--timeout 60]
 */
import {execFile} from 'node:child_process'
import {copyFile, mkdir, mkdtemp, rm, stat, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs, promisify} from 'node:util'
import {entryText, validPracticeFront} from '../test/helpers/entry.js'
import {compare, kb, log, type Sample, sample, seconds} from './measure.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const node = process.execPath
const run = promisify(execFile)

export interface Input {
  /** Markdown shown in the report. */
  label: string
  paragraph: () => string
}

const emails = (count: number) => Array.from({length: count}, (_, i) => `ann${i % 10}@example.org`).join(' ')

/** The inputs of the hardening issue, and the largest variants that fit under the file-size limit. */
export const inputs: Input[] = [
  {label: '`A-` × 20,000', paragraph: () => 'A-'.repeat(20_000)},
  {label: '`A-` × 40,000', paragraph: () => 'A-'.repeat(40_000)},
  {label: 'e-mail addresses × 6,000', paragraph: () => emails(6_000)},
  {label: 'e-mail addresses × 15,000', paragraph: () => emails(15_000)},
  {label: 'e-mail addresses × 60,000', paragraph: () => emails(60_000)},
  {label: '`Anna (12) ` × 8,000', paragraph: () => 'Anna (12) '.repeat(8_000)},
  {label: '`Anna (12) ` × 25,000', paragraph: () => 'Anna (12) '.repeat(25_000)},
  {label: '`Anna (12) ` × 80,000', paragraph: () => 'Anna (12) '.repeat(80_000)},
  {label: '`>` × 500', paragraph: () => '>'.repeat(500)},
  {label: '`>` × 4,000', paragraph: () => '>'.repeat(4_000)},
  {label: '`>` × 10,000', paragraph: () => '>'.repeat(10_000)},
  {label: '`[a](50%)`', paragraph: () => '[a](50%)'},
  {
    label: 'suppression comment, then `<script>` on the same line',
    paragraph: () => '<!-- continuum-disable-next anon/person-name -- the name is a programme --><script>alert(1)</script><!-- end -->',
  },
  {label: '`*_` × 5,000 + `a` + `_*` × 5,000', paragraph: () => `${'*_'.repeat(5_000)}a${'_*'.repeat(5_000)}`},
  {label: 'table of 20,000 rows', paragraph: () => `| a | b |\n|---|---|\n${'| x | y |\n'.repeat(20_000)}`},
  {label: '20,000 link reference definitions', paragraph: () => Array.from({length: 20_000}, (_, i) => `[${i}]: /x`).join('\n')},
]

/** The entry text of an input: a practice whose first section starts with the paragraph. */
export const entryOf = (input: Input) => entryText({type: 'practice', paragraph: input.paragraph(), front: `${validPracticeFront}\nid: pr-xxxxxxxx`})

/** The CLI of an earlier commit, built in a temporary folder outside the repository; `remove` deletes it. */
export interface Before {
  rev: string
  commit: string
  cli: string
  /** The worktree (its portal can be built there too: bench/run.ts --site-before). */
  dir: string
  remove: () => Promise<void>
}

/**
 * Exports `rev` into a temporary folder (`git archive`: no worktree, nothing written into the
 * repository's git metadata), links node_modules (not installed) and builds its CLI; undefined if that fails.
 */
export async function prepareBefore(rev: string): Promise<Before | undefined> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'continuum-before-'))
  const dir = path.join(parent, 'tree')
  const remove = () => rm(parent, {recursive: true, force: true})
  try {
    const {stdout} = await run('git', ['rev-parse', '--short', `${rev}^{commit}`], {cwd: root})
    const commit = stdout.trim()
    await mkdir(dir, {recursive: true})
    await run('sh', ['-c', 'git archive --format=tar "$1" | tar -x -C "$2"', 'sh', commit, dir], {cwd: root})
    await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
    await run(node, ['scripts/build.mjs'], {cwd: dir})
    return {rev, commit, cli: path.join(dir, 'cli/bin/run.js'), dir, remove}
  } catch (error) {
    log(`could not build ${rev} in a temporary folder (${(error as Error).message.split('\n')[0]}); no "before" figures`)
    await remove()
    return undefined
  }
}

/** What one run of `validate FILE --format json` gave. */
interface Outcome {
  sample: Sample
  json: boolean
  rules: string[]
  /** First line of standard error, for a crash. */
  error?: string
}

function outcome(result: Sample): Outcome {
  let json = false
  let rules: string[] = []
  try {
    const report = JSON.parse(result.stdout ?? '') as Array<{messages: Array<{ruleId: string | null}>}>
    json = Array.isArray(report)
    rules = [...new Set(report.flatMap((file) => file.messages.map((message) => message.ruleId ?? '(none)')))].sort()
  } catch {
    // Not a JSON report (a crash, a timeout): no rules, and `json` stays false.
  }
  const error = result.stderr?.split('\n').find((line) => line.trim())
  return {sample: result, json, rules, ...(error && !json ? {error: error.trim()} : {})}
}

/**
 * `node CLI validate FILE --format json` in FILE's folder (outside any checkout), output kept.
 * A run that fails because another build is replacing cli/dist at that moment is taken again.
 */
async function validateOne(cli: string, file: string, timeoutMs?: number): Promise<Sample> {
  for (let attempt = 1; ; attempt++) {
    const result = await sample(node, [cli, 'validate', path.basename(file), '--format', 'json'], {
      cwd: path.dirname(file),
      capture: true,
      ...(timeoutMs ? {timeoutMs} : {}),
    })
    if (attempt < 4 && /MODULE_NOT_FOUND|Cannot find module/.test(result.stderr ?? '')) {
      log(`${path.basename(file)}: module not found (a rebuild in progress?), again`)
      await new Promise((resolve) => setTimeout(resolve, 3000))
      continue
    }
    return result
  }
}

export interface PathologicalOptions {
  runs: number
  /** The CLI before the change, if measured. */
  before?: Before
  /** Per run of the "before" CLI. */
  timeoutMs?: number
  /** Folder for the generated files (default: a new temporary one, removed afterwards). */
  dir?: string
}

export interface PathologicalResult {
  /** The Markdown section (table and legend) for BENCHMARKS.md. */
  markdown: string
  /** Inputs that took a second or more longer than the normal entry with the current CLI. */
  slow: string[]
}

/** Generates the inputs, times both CLIs on each, interleaved with the baselines, and returns the report. */
export async function pathological(options: PathologicalOptions): Promise<PathologicalResult> {
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'continuum-pathological-')))
  const timeoutMs = options.timeoutMs ?? 60_000
  const cli = path.join(root, 'cli/bin/run.js')
  const before = options.before
  try {
    await mkdir(dir, {recursive: true})
    const normal = path.join(dir, 'information-sharing-with-consent.md')
    await copyFile(path.join(root, 'practices/information-sharing-with-consent.md'), normal)
    const files: Array<{input: Input; file: string; bytes: number}> = []
    for (const [index, input] of inputs.entries()) {
      const text = entryOf(input)
      const file = path.join(dir, `input-${String(index + 1).padStart(2, '0')}.md`)
      await writeFile(file, text)
      files.push({input, file, bytes: Buffer.byteLength(text)})
    }

    const outcomes: Record<string, Outcome[]> = {}
    const keep = (name: string, result: Sample) => {
      ;(outcomes[name] ??= []).push(outcome(result))
      return result
    }
    const commands: Record<string, () => Promise<Sample>> = {
      oclif: () => sample(node, [path.join(root, 'bench/minimal-oclif/bin/run.js'), '--version']),
      normal: async () => keep('normal', await validateOne(cli, normal)),
    }
    if (before) commands['normal-before'] = async () => keep('normal-before', await validateOne(before.cli, normal, timeoutMs))
    for (const [index, {file}] of files.entries()) {
      commands[`after-${index}`] = async () => keep(`after-${index}`, await validateOne(cli, file, timeoutMs))
      if (before) {
        commands[`before-${index}`] = async () => {
          // What was killed once is not run again: it is "> timeout" whatever the other runs give.
          const killed = outcomes[`before-${index}`]?.find((o) => o.sample.timedOut)
          return killed ? killed.sample : keep(`before-${index}`, await validateOne(before.cli, file, timeoutMs))
        }
      }
    }
    log(
      `pathological inputs: ${files.length} files, ${options.runs} run(s) each${before ? `, also with the CLI of ${before.commit} (timeout ${timeoutMs / 1000} s)` : ''}`,
    )
    const results = await compare(commands, options.runs)

    const normalMs = results.normal!.ms
    const describe = (name: string) => {
      const runs = outcomes[name] ?? []
      const killed = runs.find((o) => o.sample.timedOut)
      const last = runs.at(-1)!
      const codes = [...new Set(runs.map((o) => String(o.sample.code)))].join('/')
      if (killed) return {time: `> ${timeoutMs / 1000} s (killed)`, ms: Number.POSITIVE_INFINITY, exit: '—', stdout: 'none', rules: '—', error: undefined}
      return {
        time: seconds(results[name]!.ms),
        ms: results[name]!.ms,
        exit: codes,
        stdout: runs.every((o) => o.json) ? 'JSON' : runs.some((o) => o.json) ? 'JSON in some runs' : last.sample.stdout ? 'not JSON' : 'empty',
        rules: last.json ? (last.rules.length ? last.rules.map((rule) => `\`${rule}\``).join(', ') : 'none') : '—',
        error: last.error,
      }
    }
    const header = before
      ? [
          '| input | size | time | × normal entry | time − normal entry | exit | stdout | rules reported | before: time | before: exit, stdout, rules |',
          '|---|---|---|---|---|---|---|---|---|---|',
        ]
      : ['| input | size | time | × normal entry | time − normal entry | exit | stdout | rules reported |', '|---|---|---|---|---|---|---|---|']
    const lines: string[] = []
    const row = (label: string, bytes: number | undefined, name: string, beforeName?: string) => {
      const now = describe(name)
      const rules = now.rules === '—' && now.error ? `— (“${now.error.slice(0, 90)}”)` : now.rules
      const cells = [
        label,
        bytes === undefined ? '—' : kb(bytes),
        now.time,
        Number.isFinite(now.ms) ? `${(now.ms / normalMs).toFixed(2)}×` : '—',
        Number.isFinite(now.ms) ? `${now.ms >= normalMs ? '+' : '−'}${seconds(Math.abs(now.ms - normalMs))}` : '—',
        now.exit,
        now.stdout,
        rules,
      ]
      if (before && beforeName) {
        const then = describe(beforeName)
        const what = then.time.includes('killed')
          ? 'killed'
          : `exit ${then.exit}, ${then.stdout === 'JSON' ? `JSON, ${then.rules === 'none' ? 'no rule' : then.rules}` : `${then.stdout} stdout${then.error ? ` (“${then.error.slice(0, 90)}”)` : ''}`}`
        cells.push(then.time, what)
      }
      lines.push(`| ${cells.join(' | ')} |`)
    }
    row('normal launch entry (baseline: `information-sharing-with-consent.md`)', (await stat(normal)).size, 'normal', before ? 'normal-before' : undefined)
    for (const [index, {input, bytes}] of files.entries()) row(input.label, bytes, `after-${index}`, before ? `before-${index}` : undefined)
    const slow = files.flatMap(({input}, index) =>
      results[`after-${index}`]!.ms - normalMs >= 1000 ? [`${input.label}: ${seconds(results[`after-${index}`]!.ms)}`] : [],
    )
    for (const [index, {input}] of files.entries()) {
      log(`${input.label}: ${results[`after-${index}`]!.samples.join('/')} ms${before ? `, before ${results[`before-${index}`]!.samples.join('/')} ms` : ''}`)
    }
    const markdown = [
      '## Pathological inputs',
      '',
      `Each input is a complete practice entry (\`bench/pathological.ts\`), valid but for one hostile paragraph, checked alone by \`continuum validate FILE --format json\` as a subprocess; medians of ${options.runs} interleaved run(s), wall time including Node's start-up.`,
      `Baselines in the same run: the same command on a normal launch entry (${seconds(normalMs)}), and the minimal oclif CLI \`--version\` (${seconds(results.oclif!.ms)}).`,
      before
        ? `"before" is the CLI of commit ${before.commit} (before the hardening round), built in a temporary git worktree and run on the same files in the same rounds, each run killed after ${timeoutMs / 1000} s.`
        : 'No "before" figures in this run (quick mode or `--no-before`).',
      '',
      ...header,
      ...lines,
      '',
    ].join('\n')
    return {markdown, slow}
  } finally {
    if (!options.dir) await rm(dir, {recursive: true, force: true})
  }
}

// Alone: `npx tsx bench/pathological.ts [--quick] [--before REV] [--timeout S]`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {quick: {type: 'boolean', default: false}, before: {type: 'string'}, timeout: {type: 'string', default: '60'}, runs: {type: 'string'}},
  })
  const before = values.before && !values.quick ? await prepareBefore(values.before) : undefined
  try {
    const result = await pathological({
      runs: Number(values.runs ?? (values.quick ? 1 : 3)),
      ...(before ? {before} : {}),
      timeoutMs: Number(values.timeout) * 1000,
    })
    console.log(result.markdown)
    if (result.slow.length) console.log(`\none second or more: ${result.slow.join('; ')}`)
  } finally {
    await before?.remove()
  }
}
