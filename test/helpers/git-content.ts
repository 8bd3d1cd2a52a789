/**
 * A temporary git repository holding a copy of the repo's entries, with a known history: the
 * launch commit, a rename with a new title, an edit whose subject names a practitioners-only
 * review, and a review date moved back so that one entry is due for review.
 */
import {execFile} from 'node:child_process'
import {readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {contentWith} from './portal.js'

const run = promisify(execFile)

export const history = {
  renamed: {
    id: 'pr-1028smsz',
    from: 'practices/mentoring-by-formers.md',
    to: 'practices/mentoring-by-people-who-left-extremism.md',
    title: 'Mentoring by people who left extremism',
  },
  due: {id: 'pr-8f3q6t1c', path: 'practices/family-and-close-circle-counselling.md', lastReviewed: '2024-10-01', dueOn: '2026-04-01'},
  /** A public practice edited in the same commit as a practitioners-only review, whose title the subject names. */
  redacted: {
    path: 'practices/information-sharing-with-consent.md',
    withheld: 'cases/media-exposure-cost-a-job.md',
    withheldTitle: 'Media exposure of name and photograph cost a job',
  },
  commits: [
    {date: '2025-01-15T10:00:00Z', subject: 'Add the launch entries'},
    {date: '2025-09-03T10:00:00Z', subject: 'Rename the mentoring practice'},
    {date: '2026-02-10T10:00:00Z', subject: 'Edit Media exposure of name and photograph cost a job and a practice'},
    {date: '2026-03-01T10:00:00Z', subject: 'Move a review date back'},
  ],
}

async function commit(dir: string, at: {date: string; subject: string}) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Continuum tests',
    GIT_AUTHOR_EMAIL: 'tests@continuum.invalid',
    GIT_COMMITTER_NAME: 'Continuum tests',
    GIT_COMMITTER_EMAIL: 'tests@continuum.invalid',
    GIT_AUTHOR_DATE: at.date,
    GIT_COMMITTER_DATE: at.date,
  }
  await run('git', ['add', '-A'], {cwd: dir, env})
  await run('git', ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', at.subject], {cwd: dir, env})
}

async function edit(file: string, change: (text: string) => string) {
  await writeFile(file, change(await readFile(file, 'utf8')))
}

/** Creates the repository and returns its folder. */
export async function gitContent(): Promise<string> {
  const dir = await contentWith({})
  await run('git', ['init', '-q', '-b', 'main'], {cwd: dir})
  const [launch, renamed, redacted, due] = history.commits as [
    (typeof history.commits)[number],
    (typeof history.commits)[number],
    (typeof history.commits)[number],
    (typeof history.commits)[number],
  ]
  await commit(dir, launch)
  await rename(path.join(dir, history.renamed.from), path.join(dir, history.renamed.to))
  await edit(path.join(dir, history.renamed.to), (text) => text.replace(/^title: .*$/m, `title: ${history.renamed.title}`))
  await commit(dir, renamed)
  await edit(path.join(dir, history.redacted.path), (text) => `${text.trimEnd()}\n\nReviewed again with partner agencies.\n`)
  await edit(path.join(dir, history.redacted.withheld), (text) => `${text.trimEnd()}\n\nReviewed again by the editors.\n`)
  await commit(dir, redacted)
  await edit(path.join(dir, history.due.path), (text) => text.replace(/^lastReviewed: .*$/m, `lastReviewed: ${history.due.lastReviewed}`))
  await commit(dir, due)
  return dir
}
