/** A thin promise wrapper over the git command line (plumbing only: no work-tree changes). */
import {execFile} from 'node:child_process'

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
    readonly code: number | null,
  ) {
    super(`git ${args[0]} failed: ${stderr.trim().split('\n')[0] ?? ''}`)
  }
}

export interface GitOptions {
  cwd: string
  input?: string | Buffer
  env?: NodeJS.ProcessEnv
}

function run(args: readonly string[], options: GitOptions, encoding: 'buffer' | 'utf8'): Promise<Buffer | string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args as string[],
      {cwd: options.cwd, env: {...process.env, ...options.env, LC_ALL: 'C'}, maxBuffer: 256 * 1024 * 1024, encoding},
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, String(stderr || error.message), typeof error.code === 'number' ? error.code : null))
        else resolve(stdout)
      },
    )
    // A child that exits before reading its input (e.g. refusing its arguments) must not crash us with EPIPE.
    child.stdin?.on('error', () => {})
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

/** Runs git and resolves with its trimmed standard output. */
export async function git(args: readonly string[], options: GitOptions): Promise<string> {
  return String(await run(args, options, 'utf8')).trim()
}

/** Runs git and resolves with its standard output as bytes, untouched (object contents, -z lists). */
export async function gitBytes(args: readonly string[], options: GitOptions): Promise<Buffer> {
  return (await run(args, options, 'buffer')) as Buffer
}

/**
 * Contents of objects named `<rev>:<path>` or by id, in one `git cat-file --batch` (names go on
 * standard input, never on the command line). A missing object gives undefined.
 */
export async function readObjects(names: readonly string[], cwd: string): Promise<(Buffer | undefined)[]> {
  if (names.length === 0) return []
  if (names.some((name) => /[\n\r]/.test(name))) throw new Error('object names for cat-file cannot contain line breaks')
  const out = await gitBytes(['cat-file', '--batch'], {cwd, input: names.map((name) => `${name}\n`).join('')})
  const objects: (Buffer | undefined)[] = []
  let at = 0
  for (let index = 0; index < names.length; index++) {
    const end = out.indexOf(10, at)
    const header = out.subarray(at, end).toString('utf8')
    at = end + 1
    const size = /^[0-9a-f]+ [a-z]+ (\d+)$/.exec(header)
    if (!size) {
      objects.push(undefined) // "<name> missing" or "ambiguous"
      continue
    }
    const length = Number(size[1])
    objects.push(out.subarray(at, at + length))
    at += length + 1
  }
  return objects
}

/** Whether `ref` is a well-formed full ref name (`git check-ref-format`). */
export async function isValidRef(ref: string, cwd: string): Promise<boolean> {
  if (!ref.startsWith('refs/')) return false
  return git(['check-ref-format', ref], {cwd}).then(
    () => true,
    () => false,
  )
}
