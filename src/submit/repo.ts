/**
 * What submit reads from the repository, all through plumbing: the corpus as committed at HEAD
 * (the tree a submission branch is built on), the configured remotes, and the pending submissions
 * (`submission/*` branches, local and remote-tracking) with the files they add.
 */
import {slugOf} from '../model/slug.js'
import {git, gitBytes, readObjects} from './git.js'
import {normaliseForHash} from './slug.js'

export interface CommittedEntry {
  /** Path relative to the checkout's root, with `/`. */
  path: string
  bytes: Buffer
}

/** Corpus paths as the validator walks them: `.md` files under practices/ or cases/, no hidden parts. */
export function isCorpusPath(file: string): boolean {
  const parts = file.split('/')
  return (
    parts.length >= 2 &&
    ['practices', 'cases'].includes(parts[0]!) &&
    file.endsWith('.md') &&
    parts.every((part) => part !== '' && !part.startsWith('.') && part !== 'node_modules')
  )
}

/** The entries of the tree of `commit`, as the submission branch will contain them. */
export async function committedCorpus(root: string, commit: string): Promise<CommittedEntry[]> {
  const listing = (await gitBytes(['ls-tree', '-r', '-z', '--full-tree', commit, '--', 'practices', 'cases'], {cwd: root})).toString('utf8')
  const files: {path: string; oid: string}[] = []
  for (const record of listing.split('\0')) {
    const match = /^(100644|100755) blob ([0-9a-f]+)\t(.+)$/s.exec(record)
    if (match && isCorpusPath(match[3]!)) files.push({path: match[3]!, oid: match[2]!})
  }
  const contents = await readObjects(
    files.map((file) => file.oid),
    root,
  )
  return files.map((file, index) => ({path: file.path, bytes: contents[index] ?? Buffer.alloc(0)}))
}

/** The id written in an entry's front matter, if it is a plain `id:` line (as submit writes it). */
export function idInText(text: string): string | undefined {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n')
    .split('\n')
  if (lines[0]?.trimEnd() !== '---') return undefined
  for (let index = 1; index < lines.length && !/^---[ \t]*$/.test(lines[index]!); index++) {
    const match = /^id:[ \t]*(["']?)([A-Za-z0-9-]+)\1[ \t]*(?:#.*)?$/.exec(lines[index]!)
    if (match) return match[2]
  }
  return undefined
}

/** Names of the configured remotes (`git remote`). */
export async function listRemotes(root: string): Promise<string[]> {
  return (await git(['remote'], {cwd: root})).split('\n').filter(Boolean)
}

export interface PendingSubmissions {
  /** Full ref names of pending submission branches. */
  refs: string[]
  /** The commit each ref pointed at when listed: read through these, so that a branch another submit deletes meanwhile cannot fail the run. */
  commits: Map<string, string>
  /** Slugs of the entry files those branches add. */
  slugs: Set<string>
  /** Ids those branches are named after or whose added files carry. */
  ids: Set<string>
}

const BRANCH_ID = /\/submission\/([a-z]{2}-[0-9a-z]{8})(?:-update-[0-9a-z]{8})?$/

/** Refs of pending submissions (`refs/heads/submission/*` and `refs/remotes/<remote>/submission/*`) with their commits, listed in one read. */
async function submissionRefs(root: string, remotes: readonly string[]): Promise<Array<{ref: string; commit: string}>> {
  const prefixes = ['refs/heads/submission/', ...remotes.map((remote) => `refs/remotes/${remote}/submission/`)]
  const listed = (await git(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/submission/', 'refs/remotes/'], {cwd: root})).split('\n')
  return listed
    .map((line) => /^([0-9a-f]+) (.+)$/.exec(line))
    .filter((match) => match !== null && prefixes.some((prefix) => match[2]!.startsWith(prefix)))
    .map((match) => ({ref: match![2]!, commit: match![1]!}))
}

/** Entry files added by the commits of `refs` that `base` does not contain, with the commit that adds each. */
export async function addedFiles(root: string, refs: readonly string[], base: string): Promise<{commit: string; path: string}[]> {
  if (refs.length === 0) return []
  // Revisions go on standard input, so that no ref name is ever read as an option.
  const out = await gitBytes(['-c', 'log.showSignature=false', 'log', '--diff-filter=A', '--name-only', '--no-renames', '--format=%x01%H', '-z', '--stdin'], {
    cwd: root,
    input: `${[...refs, `^${base}`].join('\n')}\n`,
  })
  const added: {commit: string; path: string}[] = []
  let commit: string | undefined
  for (const token of out.toString('utf8').split('\0')) {
    const item = token.replace(/^\n+/, '')
    if (item.startsWith('\x01')) commit = item.slice(1)
    else if (item && commit && isCorpusPath(item)) added.push({commit, path: item})
  }
  return added
}

/** The pending submissions other than `except` (a full ref name), and what they take. */
export async function pendingSubmissions(root: string, remotes: readonly string[], base: string, except?: string): Promise<PendingSubmissions> {
  const listed = (await submissionRefs(root, remotes)).filter(({ref}) => ref !== except)
  const refs = listed.map(({ref}) => ref)
  const commits = new Map(listed.map(({ref, commit}) => [ref, commit]))
  const ids = new Set<string>()
  for (const ref of refs) {
    const match = BRANCH_ID.exec(ref)
    if (match) ids.add(match[1]!)
  }
  const added = await addedFiles(
    root,
    listed.map(({commit}) => commit),
    base,
  )
  const slugs = new Set(added.map((file) => slugOf(file.path)))
  // A branch made by hand may carry an id its name does not show.
  const contents = await readObjects(
    added.map((file) => `${file.commit}:${file.path}`),
    root,
  )
  for (const content of contents) {
    const id = content && idInText(content.toString('utf8'))
    if (id) ids.add(id)
  }
  return {refs, commits, slugs, ids}
}

/**
 * The first of `refs` (same branch, local or on a remote) that already holds `text` (compared as
 * normalised for hashing): at `target` if given (an update), else in a file the branch adds.
 */
export async function findSameContent(
  root: string,
  refs: readonly string[],
  base: string,
  text: string,
  target?: string,
  commits?: ReadonlyMap<string, string>,
): Promise<{ref: string; path: string} | undefined> {
  const wanted = normaliseForHash(text)
  for (const ref of refs) {
    // The commit listed with the pending submissions, when known: the branch may be gone since.
    const revision = commits?.get(ref) ?? ref
    const paths = target ? [target] : (await addedFiles(root, [revision], base)).map((file) => file.path)
    const contents = await readObjects(
      paths.map((file) => `${revision}:${file}`),
      root,
    )
    const index = contents.findIndex((content) => content !== undefined && normaliseForHash(content.toString('utf8')) === wanted)
    if (index !== -1) return {ref, path: paths[index]!}
  }
  return undefined
}

/** Full ref names of branch `branch` (e.g. `submission/pr-…`) here and on each remote. */
export function refsOf(branch: string, remotes: readonly string[]): string[] {
  return [`refs/heads/${branch}`, ...remotes.map((remote) => `refs/remotes/${remote}/${branch}`)]
}
