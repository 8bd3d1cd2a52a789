/** A thin promise wrapper over the git command line (plumbing only: no work-tree changes). */
import {execFile} from 'node:child_process'

export class GitError extends Error {
  constructor(readonly args: readonly string[], readonly stderr: string, readonly code: number | null) {
    super(`git ${args[0]} failed: ${stderr.trim().split('\n')[0] ?? ''}`)
  }
}

export interface GitOptions {
  cwd: string
  input?: string | Buffer
  env?: NodeJS.ProcessEnv
}

/** Runs git and resolves with its trimmed standard output. */
export function git(args: readonly string[], options: GitOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args as string[], {cwd: options.cwd, env: {...process.env, ...options.env, LC_ALL: 'C'}, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      if (error) reject(new GitError(args, String(stderr || error.message), typeof error.code === 'number' ? error.code : null))
      else resolve(String(stdout).trim())
    })
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}
