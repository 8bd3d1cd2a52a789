/**
 * The change history of each entry, from git at build time: one `git log` pass over the content
 * folders (not one process per file), renames followed, so a renamed entry keeps its history.
 * Outside a git checkout (or without git) every entry simply has no history: never an error.
 */
import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

export interface Change {
  /** Commit date (UTC), YYYY-MM-DD. */
  date: string
  /** The commit's subject line. */
  subject: string
}

export interface EntryHistory {
  /** Date of the first commit that added the file. */
  firstPublished: string
  /** Date of the last commit that changed it. */
  lastChanged: string
  /** Newest first, at most `HISTORY_LIMIT` changes. */
  changes: Change[]
  /** How many commits changed it in all. */
  count: number
}

/** Changes kept per entry (the page shows a short history). */
export const HISTORY_LIMIT = 10
const SUBJECT_MAX = 160

/** Entry path relative to the content root (`practices/x.md`) → its history. */
export type Histories = ReadonlyMap<string, EntryHistory>

const RECORD = '\u001e'
const FIELD = '\u001f'

/**
 * Histories of the files under `folders` of `contentRoot`. Empty when the folder is not inside a
 * git work tree, git is missing, or `CONTINUUM_HISTORY=0`.
 */
export async function readHistories(contentRoot: string, folders: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Histories> {
  if (env.CONTINUUM_HISTORY === '0') return new Map()
  let top: string
  let log: string
  try {
    const gitEnv = {...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C'}
    top = (await run('git', ['rev-parse', '--show-toplevel'], {cwd: contentRoot, env: gitEnv})).stdout.trim()
    const specs = folders.map((folder) => path.relative(top, path.join(contentRoot, folder)).split(path.sep).join('/') || '.')
    // Newest first; --name-status with rename detection, so a rename is followed back to the old name.
    const result = await run(
      'git',
      ['-c', 'core.quotePath=false', 'log', '-M', '--name-status', '--no-merges', `--format=${RECORD}%cI${FIELD}%s`, '--', ...specs],
      {cwd: top, env: gitEnv, maxBuffer: 512 * 1024 * 1024},
    )
    log = result.stdout
  } catch {
    return new Map()
  }
  return parseLog(log, (file) => path.relative(contentRoot, path.join(top, file)).split(path.sep).join('/'))
}

/** Parses the log (newest first) into histories keyed by the files' current paths. */
export function parseLog(log: string, relative: (gitPath: string) => string): Map<string, EntryHistory> {
  // Each path at the time of a commit → the current path of that file (renames, seen newest first).
  const current = new Map<string, string>()
  const histories = new Map<string, EntryHistory>()
  for (const record of log.split(RECORD)) {
    if (!record.trim()) continue
    const [head = '', ...lines] = record.split('\n')
    const [when = '', subject = ''] = head.split(FIELD)
    const date = new Date(when)
    if (Number.isNaN(date.getTime())) continue
    const change: Change = {date: date.toISOString().slice(0, 10), subject: subject.trim().slice(0, SUBJECT_MAX)}
    for (const line of lines) {
      if (!line.trim()) continue
      const parts = line.split('\t')
      const status = parts[0] ?? ''
      let file: string
      if (status.startsWith('R') || status.startsWith('C')) {
        const [, from = '', to = ''] = parts
        const now = current.get(to) ?? to
        // Older commits name the file by its old path.
        if (status.startsWith('R')) current.set(from, now)
        file = now
      } else {
        const named = parts[1] ?? ''
        file = current.get(named) ?? named
        // A file deleted in a newer commit and later re-created is another file: stop following.
        if (status === 'D') {
          current.set(named, `\0deleted:${named}`)
          continue
        }
      }
      if (file.startsWith('\0')) continue
      const key = relative(file)
      const known = histories.get(key)
      if (!known) histories.set(key, {firstPublished: change.date, lastChanged: change.date, changes: [change], count: 1})
      else {
        known.firstPublished = change.date
        known.count++
        if (known.changes.length < HISTORY_LIMIT) known.changes.push(change)
      }
    }
  }
  return histories
}

/**
 * A history fit for an edition: commit subjects that name an entry withheld from it (title, id
 * or slug) are replaced, since a subject is free text written for the repository, not the public.
 */
export function redactHistories(histories: Histories, withheldNames: readonly string[], replacement: string): Map<string, EntryHistory> {
  const names = withheldNames.filter((name) => name.length >= 4).map((name) => name.toLowerCase())
  const out = new Map<string, EntryHistory>()
  for (const [key, history] of histories) {
    out.set(key, {
      ...history,
      changes: history.changes.map((change) => {
        const lower = change.subject.toLowerCase()
        return names.some((name) => lower.includes(name)) ? {...change, subject: replacement} : change
      }),
    })
  }
  return out
}
