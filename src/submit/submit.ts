/**
 * Submits one entry from a contributor's draft: validates it against the corpus committed at HEAD,
 * assigns an id derived from the draft's content, and records it on a new branch with one commit
 * on top of HEAD — using git plumbing on a private index, so the contributor's branch, index and work
 * tree are never touched. Like git, it is safe to run again: the same draft gets the same id and is
 * reported as already submitted instead of being recorded twice.
 *
 * - A new entry goes to `submission/<id>`, under a slug that no committed entry and no pending
 *   submission (local or remote-tracking `submission/*` branches) uses.
 * - A draft carrying the id of a committed entry updates that file in place, on
 *   `submission/<id>-update-<hash of the new text>`.
 * - The branch appears atomically (`update-ref` with an empty old value) or not at all; if the push
 *   that was asked for fails, the branch is removed again, so a retry starts from the same state.
 */
import {readFile, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {parse} from 'yaml'
import {typeOf} from '../model/types/index.js'

type EntryType = string
const folderOf = (type: EntryType) => typeOf(type)!.folder
import {slugOf} from '../model/slug.js'
import type {LintResult} from '../validate/report/format.js'
import {validateSources} from '../validate/validate.js'
import {entryChanges, type EntryChanges} from './changes.js'
import {git, GitError, isValidRef} from './git.js'
import {committedCorpus, findSameContent, idInText, listRemotes, pendingSubmissions, refsOf, type CommittedEntry} from './repo.js'
import {contentHash, contentId, normaliseForHash, slugify} from './slug.js'

export class SubmitError extends Error {
  constructor(
    message: string,
    readonly results?: LintResult[],
  ) {
    super(message)
  }
}

export interface SubmitOptions {
  /** The draft to submit. */
  file: string
  /** Any folder inside the portal checkout. */
  cwd: string
  /** Name of a configured remote to push the branch to. */
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
  /**
   * Set when nothing new was recorded because this draft was submitted before: `pending` (the
   * branch exists, here or on a remote) or `merged` (the entry is in the checkout as it is).
   */
  already?: 'pending' | 'merged'
  /** For `already: 'pending'`: where the branch is, `local` or a remote's name. */
  pendingOn?: string
  /** For updates: what changes compared with the committed entry. */
  changes?: EntryChanges
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
  const hasFolders = await Promise.all(
    ['practices', 'cases'].map((folder) =>
      stat(path.join(root, folder))
        .then((s) => s.isDirectory())
        .catch(() => false),
    ),
  )
  if (!hasFolders.every(Boolean))
    throw new SubmitError(
      `${root} is not a portal checkout (no practices/ and cases/ folders).\nRun \`continuum submit\` from inside a clone of the portal repository.`,
    )
  return root
}

/**
 * Only the name of a configured remote may reach `git push`: a URL or anything starting with `-`
 * (`--receive-pack=…`, `--exec=…`) would let a value run a program or push somewhere unreviewed.
 */
function checkRemote(name: string, remotes: readonly string[]): void {
  if (remotes.includes(name)) return
  const shown = JSON.stringify(name)
  if (remotes.length === 0)
    throw new SubmitError(
      `There is no remote named ${shown} in this checkout, which has no remotes at all; nothing was submitted.\nAdd one with \`git remote add origin <url>\`, or submit without --push.`,
    )
  throw new SubmitError(
    `There is no remote named ${shown} in this checkout (its remotes: ${remotes.join(', ')}); nothing was submitted.\nPass the name of one of them to --push, e.g. \`--push ${remotes.includes('origin') ? 'origin' : remotes[0]}\`.`,
  )
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

/** The `id` the draft declares, read as YAML (exact, unlike a line match), before validation. */
function declaredId(text: string): string | undefined {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .split('\n')
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1
  if (end === -1) return undefined
  try {
    const id = (parse(lines.slice(1, end).join('\n'), {version: '1.2'}) as {id?: unknown} | null)?.id
    return typeof id === 'string' ? id : undefined
  } catch {
    return undefined // validation reports the broken YAML
  }
}

/** The one line of git's complaint worth showing: a hook's or the server's words if any. */
function pushProblem(error: unknown): string {
  if (!(error instanceof GitError)) return String(error)
  const lines = error.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const line =
    lines.find((l) => l.startsWith('remote:') && l.length > 'remote:'.length) ??
    lines.find((l) => l.startsWith('fatal:')) ??
    lines.find((l) => l.startsWith('error:')) ??
    lines.at(-1) ??
    `exit code ${error.code}`
  return line.replace(/^(fatal|error): /, '')
}

async function push(root: string, remote: string, branch: string): Promise<void> {
  const ref = `refs/heads/${branch}`
  // `--` ends the options: the remote (checked to be configured) and the refspec are never options.
  await git(['push', '--porcelain', '--', remote, `${ref}:${ref}`], {cwd: root})
}

interface Context {
  options: SubmitOptions
  root: string
  head: string
  remotes: string[]
  corpus: CommittedEntry[]
  /** Committed entries by id. */
  ids: Map<string, CommittedEntry>
  type: EntryType
  title: string
  /** The draft as validated (BOM removed, LF line ends). */
  text: string
  shown: string
}

/** Validates and records a submission; throws SubmitError with a sentence (and results) on refusal. */
export async function submit(options: SubmitOptions): Promise<SubmitResult> {
  const bytes = await readDraft(options.file)
  const root = await portalRoot(options.cwd)
  const remotes = await listRemotes(root)
  if (options.push !== undefined) checkRemote(options.push, remotes)
  const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {cwd: root}).catch(() => '')
  if (!head) throw new SubmitError('This checkout has no commit yet; nothing was submitted.\nClone the portal repository and submit from there.')
  // The branch will be HEAD plus one file, so HEAD's tree is what the draft must fit in — not the
  // work tree, whose uncommitted files would not be on the branch (and whose copy of an entry
  // edited in place is the draft itself).
  const corpus = await committedCorpus(root, head)
  const ids = new Map<string, CommittedEntry>()
  for (const entry of corpus) {
    const id = idInText(entry.bytes.toString('utf8'))
    if (id && !ids.has(id)) ids.set(id, entry)
  }
  const shown = path.relative(options.cwd, options.file) || options.file

  // 1. The draft as written must be valid (ids aside: it may have none yet). A draft that updates an
  // entry is checked without that entry, which it replaces: otherwise it would clash with itself.
  const replaced = ids.get(declaredId(bytes.toString('utf8')) ?? '')?.path
  const context = corpus.filter((entry) => entry.path !== replaced)
  const first = validateSources([{path: shown, bytes}], {context, severity: {'links/slug': 'off', 'links/folder': 'off', 'links/relative': 'off'}})
  const entry = first.entries[0]!
  if (first.results[0]!.errorCount > 0 || !entry.data || !entry.type) {
    throw new SubmitError(`${shown} has errors; nothing was submitted. Fix them and run \`continuum submit\` again.`, first.results)
  }
  const ctx: Context = {options, root, head, remotes, corpus, ids, type: entry.type, title: entry.data.title, text: entry.text, shown}
  return entry.data.id === undefined ? submitNew(ctx) : submitUpdate(ctx, entry.data.id)
}

/** 2a. A new entry: content-derived id, free slug, branch `submission/<id>`. */
async function submitNew(ctx: Context): Promise<SubmitResult> {
  const {root, head, remotes, type, title} = ctx
  for (let attempt = 0; ; attempt++) {
    const pending = await pendingSubmissions(root, remotes, head)
    // The id: the draft's content hash, moved on by a counter while taken by other content.
    let id: string | undefined
    let text = ''
    for (let counter = 0; counter < 1000 && id === undefined; counter++) {
      const candidate = contentId(type, ctx.text, counter)
      text = withId(ctx.text, candidate)
      const committed = ctx.ids.get(candidate)
      if (committed) {
        if (normaliseForHash(committed.bytes.toString('utf8')) === normaliseForHash(text)) {
          return {
            id: candidate,
            type,
            title,
            path: committed.path,
            branch: `submission/${candidate}`,
            update: false,
            dryRun: Boolean(ctx.options.dryRun),
            already: 'merged',
          }
        }
        continue
      }
      const branch = `submission/${candidate}`
      const refs = refsOf(branch, remotes).filter((ref) => pending.refs.includes(ref))
      if (pending.ids.has(candidate) || refs.length > 0) {
        const same = await findSameContent(root, refs, head, text, undefined, pending.commits)
        if (same) return alreadyPending(ctx, {id: candidate, branch, path: same.path, ref: same.ref, update: false})
        continue
      }
      id = candidate
    }
    if (id === undefined) throw new SubmitError('No free id was found for this draft; nothing was submitted.\nReport this to the portal team.')

    // The slug: free among committed entries and pending submissions. After losing a race for a
    // slug to a concurrent submit (attempt > 0), take the id-suffixed slug, which is ours alone.
    const taken = new Set([...ctx.corpus.map((file) => slugOf(file.path)), ...pending.slugs])
    const base = slugify(title) || id
    let slug = attempt > 0 || taken.has(base) ? `${base}-${id.slice(3)}` : base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${id.slice(3)}-${n}`
    const target = `${folderOf(type)}/${slug}.md`
    checkTarget(root, type, target)

    // 3. The entry as it will land must be valid in its place.
    validateFinal(ctx, target, text)
    const branch = `submission/${id}`
    const result: SubmitResult = {id, type, title, path: target, branch, update: false, dryRun: Boolean(ctx.options.dryRun)}
    if (ctx.options.dryRun) return result

    // 4. Record it.
    const commit = await record(ctx, target, text, `Submit ${type} "${title}" (${id})`, id)
    const ref = `refs/heads/${branch}`
    if (!(await createBranch(root, ref, commit, id))) {
      // Someone created this branch meanwhile: a concurrent submit of the same draft, most likely.
      const same = await findSameContent(root, [ref], head, text)
      if (same) return alreadyPending(ctx, {id, branch, path: same.path, ref, update: false})
      if (attempt < 3) continue
      throw new SubmitError(`A branch ${branch} appeared while submitting, with other content; nothing was submitted.\nRun \`continuum submit\` again.`)
    }
    // Two submits running at once can both have found the slug free. Whoever sees the other's branch
    // afterwards steps back and retries; the one created first is always seen by the later one.
    const after = await pendingSubmissions(root, remotes, head, ref)
    if (after.slugs.has(slugOf(target)) && attempt < 3) {
      await git(['update-ref', '-d', ref, commit], {cwd: root}).catch(() => {})
      continue
    }
    result.commit = commit
    return pushNew(ctx, result, ref, commit)
  }
}

/** 2b. An update of a committed entry, in place, on `submission/<id>-update-<hash>`. */
async function submitUpdate(ctx: Context, id: string): Promise<SubmitResult> {
  const {root, head, remotes, type, title, shown} = ctx
  const existing = ctx.ids.get(id)
  if (!existing)
    throw new SubmitError(
      `${shown} has id ${id}, which no entry of this checkout carries.\nRemove the \`id:\` line to submit a new entry (ids are assigned at submit), or update your checkout.`,
    )
  if (!existing.path.startsWith(`${folderOf(type)}/`))
    throw new SubmitError(`${shown} has id ${id}, which belongs to ${existing.path}, an entry of another type.`)
  const target = existing.path
  checkTarget(root, type, target)
  const before = existing.bytes.toString('utf8')
  const text = withId(ctx.text, id)
  if (normaliseForHash(before) === normaliseForHash(text)) {
    throw new SubmitError(
      `${shown} does not differ from ${target} as committed in this checkout, so there is no update to submit.\nEdit the draft, then run \`continuum submit\` again.`,
    )
  }
  validateFinal(ctx, target, text)
  const changes = entryChanges(before, text)

  const pending = await pendingSubmissions(root, remotes, head)
  let branch: string | undefined
  for (let counter = 0; counter < 1000 && branch === undefined; counter++) {
    const candidate = `submission/${id}-update-${contentHash(normaliseForHash(text), counter)}`
    const refs = refsOf(candidate, remotes).filter((ref) => pending.refs.includes(ref))
    if (refs.length === 0) branch = candidate
    else {
      const same = await findSameContent(root, refs, head, text, target, pending.commits)
      if (same) return {...(await alreadyPending(ctx, {id, branch: candidate, path: target, ref: same.ref, update: true})), changes}
    }
  }
  if (branch === undefined) throw new SubmitError('No free branch name was found for this update; nothing was submitted.\nReport this to the portal team.')
  const result: SubmitResult = {id, type, title, path: target, branch, update: true, dryRun: Boolean(ctx.options.dryRun), changes}
  if (ctx.options.dryRun) return result

  const commit = await record(ctx, target, text, `Update ${type} "${title}" (${id})`, id)
  const ref = `refs/heads/${branch}`
  if (!(await createBranch(root, ref, commit, id))) {
    const same = await findSameContent(root, [ref], head, text, target)
    if (same) return {...(await alreadyPending(ctx, {id, branch, path: target, ref, update: true})), changes}
    throw new SubmitError(`A branch ${branch} appeared while submitting, with other content; nothing was submitted.\nRun \`continuum submit\` again.`)
  }
  result.commit = commit
  return pushNew(ctx, result, ref, commit)
}

/** The path is built from a slug of [a-z0-9-] only, or taken from HEAD's tree: check anyway that nothing escapes the folder. */
function checkTarget(root: string, type: EntryType, target: string): void {
  const resolved = path.resolve(root, target)
  if (!resolved.startsWith(path.join(root, folderOf(type)) + path.sep)) throw new SubmitError(`Refused path ${target}: entries live in ${folderOf(type)}/.`)
}

function validateFinal(ctx: Context, target: string, text: string): void {
  const final = validateSources([{path: target, bytes: Buffer.from(text)}], {context: ctx.corpus.filter((entry) => entry.path !== target)})
  if (final.results[0]!.errorCount > 0) {
    throw new SubmitError(`${ctx.shown} would not be valid as ${target}; nothing was submitted.`, final.results)
  }
}

/** Blob → private index → tree → commit, never touching HEAD, the index or the work tree. */
async function record(ctx: Context, target: string, text: string, subject: string, id: string): Promise<string> {
  const {root, head} = ctx
  // `git var` honours both configuration and GIT_AUTHOR_* variables, as `git commit` does.
  const ident = await git(['var', 'GIT_AUTHOR_IDENT'], {cwd: root}).catch(() => '')
  const identMatch = /^(.*?) <([^>]*)>/.exec(ident)
  const name = identMatch?.[1]?.trim()
  const email = identMatch?.[2]?.trim()
  if (!name || !email)
    throw new SubmitError(
      'Git does not know who you are, so the submission cannot name its contributor.\nRun `git config user.name "Your Name"` and `git config user.email you@example.org`, then submit again.',
    )
  const gitDir = path.resolve(root, await git(['rev-parse', '--git-dir'], {cwd: root}))
  const indexFile = path.join(gitDir, `continuum-submit-${process.pid}-${Date.now()}.index`)
  const env = {GIT_INDEX_FILE: indexFile}
  try {
    const blob = await git(['hash-object', '-w', '--stdin'], {cwd: root, input: text})
    await git(['read-tree', head], {cwd: root, env})
    // The path goes on standard input, where it can never be taken for an option.
    await git(['update-index', '--add', '--index-info'], {cwd: root, env, input: `100644 ${blob}\t${target}\n`})
    const tree = await git(['write-tree'], {cwd: root, env})
    const message = `${subject}\n\nEntry-Id: ${id}\nContributor: ${name} <${email}>\n`
    return await git(['commit-tree', tree, '-p', head, '-F', '-'], {cwd: root, input: message})
  } finally {
    await rm(indexFile, {force: true})
    await rm(`${indexFile}.lock`, {force: true})
  }
}

/** Creates the branch if and only if it does not exist yet; false if it does. */
async function createBranch(root: string, ref: string, commit: string, id: string): Promise<boolean> {
  // Branch names are built from ids and hashes; check them as git would anyway.
  if (!(await isValidRef(ref, root)))
    throw new SubmitError(`Refused branch name ${ref.replace(/^refs\/heads\//, '')}; nothing was submitted.\nReport this to the portal team.`)
  try {
    await git(['update-ref', '-m', `continuum submit ${id}`, ref, commit, ZERO], {cwd: root})
    return true
  } catch (error) {
    if (error instanceof GitError) return false
    throw error
  }
}

/** Pushes a branch this run created; if the push fails, removes the branch again. */
async function pushNew(ctx: Context, result: SubmitResult, ref: string, commit: string): Promise<SubmitResult> {
  const remote = ctx.options.push
  if (remote === undefined) return result
  try {
    await push(ctx.root, remote, result.branch)
  } catch (error) {
    const problem = pushProblem(error)
    // Only if it still points at our commit: never delete what someone else has put there since.
    const removed = await git(['update-ref', '-d', ref, commit], {cwd: ctx.root}).then(
      () => true,
      () => false,
    )
    if (removed)
      throw new SubmitError(
        `Pushing ${result.branch} to ${remote} failed (${problem}), so the branch was removed again and nothing was submitted.\nCheck the remote and your access to it, then run the same \`continuum submit\` again: the draft keeps its id ${result.id}.`,
      )
    throw new SubmitError(
      `Pushing ${result.branch} to ${remote} failed (${problem}); the branch changed meanwhile, so it was kept.\nCheck the remote and your access to it, then push with \`git push ${remote} ${result.branch}\`.`,
    )
  }
  result.pushed = remote
  return result
}

/** The draft was submitted before: report that branch, and push it if asked and it is here. */
async function alreadyPending(ctx: Context, found: {id: string; branch: string; path: string; ref: string; update: boolean}): Promise<SubmitResult> {
  const local = found.ref === `refs/heads/${found.branch}`
  const result: SubmitResult = {
    id: found.id,
    type: ctx.type,
    title: ctx.title,
    path: found.path,
    branch: found.branch,
    update: found.update,
    dryRun: Boolean(ctx.options.dryRun),
    already: 'pending',
    pendingOn: local ? 'local' : found.ref.slice('refs/remotes/'.length, -(found.branch.length + 1)),
    commit: await git(['rev-parse', '--verify', '--quiet', `${found.ref}^{commit}`], {cwd: ctx.root}).catch(() => undefined),
  }
  const remote = ctx.options.push
  if (remote === undefined || ctx.options.dryRun || !local) return result
  try {
    // Pushing an unchanged branch again is harmless ("Everything up-to-date"), like retrying git push.
    await push(ctx.root, remote, found.branch)
  } catch (error) {
    throw new SubmitError(
      `${ctx.shown} was already submitted on branch ${found.branch}, but pushing it to ${remote} failed (${pushProblem(error)}); the branch was there before this run and was kept.\nCheck the remote and your access to it, then run the same \`continuum submit\` again.`,
    )
  }
  result.pushed = remote
  return result
}
