/**
 * Submits one entry from a contributor's draft: validates it against the checkout's corpus, assigns
 * a stable unique id, and records it on a new branch `submission/<id>` with one commit — using git
 * plumbing on a private index, so the contributor's branch, index and work tree are never touched.
 * The branch appears atomically (`update-ref` with an empty old value) or not at all.
 */
import {readFile, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {folderOf, type EntryType} from '../model/schemas.js'
import {corpusFiles} from '../validate/files.js'
import {slugOf} from '../validate/rules/links/corpus.js'
import type {LintResult} from '../validate/report/format.js'
import {validateSources} from '../validate/validate.js'
import {git, GitError} from './git.js'
import {newId, slugify} from './slug.js'

export class SubmitError extends Error {
  constructor(message: string, readonly results?: LintResult[]) {
    super(message)
  }
}

export interface SubmitOptions {
  /** The draft to submit. */
  file: string
  /** Any folder inside the portal checkout. */
  cwd: string
  /** Remote to push the branch to. */
  push?: string
  dryRun?: boolean
}

export interface SubmitResult {
  id: string
  type: EntryType
  title: string
  path: string
  branch: string
  commit?: string
  pushed?: string
  update: boolean
  dryRun: boolean
}

const ZERO = '0000000000000000000000000000000000000000'

async function readDraft(file: string): Promise<Buffer> {
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) throw new SubmitError(`No such file: ${file}\nGive the path of the draft to submit (write one with \`continuum new practice\`).`)
  return readFile(file)
}

async function portalRoot(cwd: string): Promise<string> {
  let root: string
  try {
    root = await git(['rev-parse', '--show-toplevel'], {cwd})
  } catch {
    throw new SubmitError('Not inside a git checkout of the portal.\nClone the portal repository, then run `continuum submit` from inside it.')
  }
  const hasFolders = await Promise.all(['practices', 'cases'].map((folder) => stat(path.join(root, folder)).then((s) => s.isDirectory()).catch(() => false)))
  if (!hasFolders.every(Boolean)) throw new SubmitError(`${root} is not a portal checkout (no practices/ and cases/ folders).\nRun \`continuum submit\` from inside a clone of the portal repository.`)
  return root
}

/** Inserts `id: …` after the `type:` line of the front matter, keeping every other byte. */
function withId(text: string, id: string): string {
  const lines = text.split('\n')
  const end = lines.indexOf('---', 1)
  const typeLine = lines.findIndex((line, index) => index > 0 && index < end && /^type\s*:/.test(line))
  const existing = lines.findIndex((line, index) => index > 0 && index < end && /^id\s*:/.test(line))
  if (existing !== -1) lines[existing] = `id: ${id}`
  else lines.splice(typeLine === -1 ? 1 : typeLine + 1, 0, `id: ${id}`)
  return lines.join('\n')
}

/** Validates and records a submission; throws SubmitError with a sentence (and results) on refusal. */
export async function submit(options: SubmitOptions): Promise<SubmitResult> {
  const bytes = await readDraft(options.file)
  const root = await portalRoot(options.cwd)
  const corpus = await corpusFiles(root)
  const draftPath = path.resolve(options.file)
  const context = await Promise.all(corpus.filter((file) => path.resolve(file) !== draftPath).map(async (file) => ({path: path.relative(root, file), bytes: await readFile(file)})))
  const shown = path.relative(options.cwd, options.file) || options.file

  // 1. The draft as written must be valid (ids aside: it may have none yet).
  const first = validateSources([{path: shown, bytes}], {context, severity: {'links/slug': 'off', 'links/folder': 'off', 'links/relative': 'off'}})
  const entry = first.entries[0]!
  if (first.results[0]!.errorCount > 0 || !entry.data || !entry.type) {
    throw new SubmitError(`${shown} has errors; nothing was submitted. Fix them and run \`continuum submit\` again.`, first.results)
  }
  const type = entry.type
  const title = entry.data.title

  // 2. Identity: an existing id means an update of that entry; otherwise a fresh id.
  const ids = new Map<string, string>()
  for (const other of first.context) {
    const otherId = (other.frontMatter?.raw as {id?: unknown} | undefined)?.id
    if (typeof otherId === 'string') ids.set(otherId, other.path)
  }
  const pending = new Set((await git(['for-each-ref', '--format=%(refname:lstrip=-1)', 'refs/heads/submission/', 'refs/remotes/'], {cwd: root}).catch(() => '')).split('\n').filter(Boolean))
  let id = entry.data.id
  let target: string
  const update = id !== undefined
  if (id !== undefined) {
    const existing = ids.get(id)
    if (!existing) throw new SubmitError(`${shown} has id ${id}, which no entry of this checkout carries.\nRemove the \`id:\` line to submit a new entry (ids are assigned at submit), or update your checkout.`)
    if (!existing.startsWith(`${folderOf[type]}/`)) throw new SubmitError(`${shown} has id ${id}, which belongs to ${existing}, an entry of another type.`)
    target = existing
  } else {
    do id = newId(type)
    while (ids.has(id) || pending.has(id))
    const slug = slugify(title) || id
    const taken = new Set(first.context.map((other) => slugOf(other.path)))
    target = `${folderOf[type]}/${taken.has(slug) ? `${slug}-${id.slice(3)}` : slug}.md`
  }
  // The path is built from a slug of [a-z0-9-] only: check anyway that nothing escapes the folder.
  const resolved = path.resolve(root, target)
  if (!resolved.startsWith(path.join(root, folderOf[type]) + path.sep)) throw new SubmitError(`Refused path ${target}: entries live in ${folderOf[type]}/.`)

  // 3. The entry as it will land must be valid in its place.
  const text = withId(entry.text, id)
  const final = validateSources([{path: target, bytes: Buffer.from(text)}], {context: context.filter((source) => source.path !== target)})
  if (final.results[0]!.errorCount > 0) {
    throw new SubmitError(`${shown} would not be valid as ${target}; nothing was submitted.`, final.results)
  }
  const branch = `submission/${id}`
  const result: SubmitResult = {id, type, title, path: target, branch, update, dryRun: Boolean(options.dryRun)}
  if (options.dryRun) return result

  // 4. Record it: blob → private index → tree → commit → branch, never touching HEAD or the work tree.
  // `git var` honours both configuration and GIT_AUTHOR_* variables, as `git commit` does.
  const ident = await git(['var', 'GIT_AUTHOR_IDENT'], {cwd: root}).catch(() => '')
  const identMatch = /^(.*?) <([^>]*)>/.exec(ident)
  const name = identMatch?.[1]?.trim()
  const email = identMatch?.[2]?.trim()
  if (!name || !email) throw new SubmitError('Git does not know who you are, so the submission cannot name its contributor.\nRun `git config user.name "Your Name"` and `git config user.email you@example.org`, then submit again.')
  const head = await git(['rev-parse', '--verify', 'HEAD^{commit}'], {cwd: root}).catch(() => {
    throw new SubmitError('This checkout has no commit yet; clone the portal repository and submit from there.')
  })
  const gitDir = path.resolve(root, await git(['rev-parse', '--git-dir'], {cwd: root}))
  const indexFile = path.join(gitDir, `continuum-submit-${process.pid}-${Date.now()}.index`)
  const env = {GIT_INDEX_FILE: indexFile}
  let commit: string
  try {
    const blob = await git(['hash-object', '-w', '--stdin'], {cwd: root, input: text})
    await git(['read-tree', head], {cwd: root, env})
    await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${target}`], {cwd: root, env})
    const tree = await git(['write-tree'], {cwd: root, env})
    const verb = update ? 'Update' : 'Submit'
    const message = `${verb} ${type} "${title}" (${id})\n\nEntry-Id: ${id}\nContributor: ${name} <${email}>\n`
    commit = await git(['commit-tree', tree, '-p', head, '-F', '-'], {cwd: root, input: message})
    try {
      await git(['update-ref', '-m', `continuum submit ${id}`, `refs/heads/${branch}`, commit, ZERO], {cwd: root})
    } catch (error) {
      if (error instanceof GitError) throw new SubmitError(`A submission branch ${branch} already exists; nothing was changed.\nIf it is yours, push it with \`git push origin ${branch}\`; otherwise wait until it is merged.`)
      throw error
    }
  } finally {
    await rm(indexFile, {force: true})
    await rm(`${indexFile}.lock`, {force: true})
  }
  result.commit = commit
  if (options.push) {
    try {
      await git(['push', '--porcelain', options.push, `refs/heads/${branch}:refs/heads/${branch}`], {cwd: root})
      result.pushed = options.push
    } catch (error) {
      const detail = error instanceof GitError ? error.stderr.trim().split('\n').at(-1) : String(error)
      throw new SubmitError(`The branch ${branch} was created, but pushing it to ${options.push} failed: ${detail}\nCheck the remote name and your access, then run \`git push ${options.push} ${branch}\`.`)
    }
  }
  return result
}
