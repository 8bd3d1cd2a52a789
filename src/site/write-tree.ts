/**
 * Writes many files under a folder, and links them into another: each folder is created once, and
 * files go a few at a time (one after another, thousands of small files took seconds of a build).
 * `syncTree` writes only what changed since it last wrote the folder.
 */
import {createHash} from 'node:crypto'
import {copyFile, link, mkdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Files written or linked at once. */
const AT_ONCE = 16

const targetOf = (dir: string, name: string) => path.join(dir, ...name.split('/'))

/** Creates the folders the files need (parents before children: sorted order gives that). */
async function folders(dir: string, names: readonly string[]): Promise<void> {
  for (const folder of [...new Set(names.map((name) => path.dirname(targetOf(dir, name))))].sort()) await mkdir(folder, {recursive: true})
}

/** Runs `task` on every item, AT_ONCE at a time. */
async function each<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++]!)
  }
  await Promise.all(Array.from({length: Math.min(AT_ONCE, items.length)}, worker))
}

/** Writes files (path relative to `dir`, `/`-separated → contents) under `dir`. */
export async function writeTree(dir: string, files: Iterable<readonly [string, string | Uint8Array]>): Promise<void> {
  const list = [...files]
  await folders(
    dir,
    list.map(([name]) => name),
  )
  await each(list, ([name, data]) => writeFile(targetOf(dir, name), data))
}

/** What syncTree wrote: per file, a hash of its content and the size and modification time it left. */
interface Manifest {
  v: 1
  files: Record<string, [hash: string, size: number, mtimeMs: number]>
}

const manifestOf = (dir: string) => `${dir}.manifest.json`

async function readManifest(file: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest
    return manifest?.v === 1 && manifest.files && typeof manifest.files === 'object' ? manifest : undefined
  } catch {
    return undefined
  }
}

/**
 * Makes `dir` hold exactly `files`, writing only those whose content changed since the last
 * syncTree of `dir` (or whose file was touched since: size or modification time differ), and
 * removing those it wrote that are no longer wanted. Without a trustworthy record of the last
 * run (none, unreadable, or a run that did not finish), the folder is emptied and written whole.
 * A changed file is replaced by a new one, never rewritten in place: builds hold hard links to
 * these files (linkTree), and an earlier build's output must keep its bytes.
 */
export async function syncTree(
  dir: string,
  files: Iterable<readonly [string, string | Uint8Array]>,
): Promise<{written: number; kept: number; removed: number}> {
  const list = [...files]
  const record = manifestOf(dir)
  const previous = await readManifest(record)
  // Removed first: should this run not finish, the next one starts from an empty folder.
  await rm(record, {force: true})
  const before = previous?.files ?? {}
  if (!previous) await rm(dir, {recursive: true, force: true})
  const names = list.map(([name]) => name)
  const wanted = new Set(names)
  const stale = Object.keys(before).filter((name) => !wanted.has(name))
  await each(stale, (name) => rm(targetOf(dir, name), {force: true}))
  await folders(dir, names)
  const next: Manifest = {v: 1, files: {}}
  let written = 0
  await each(list, async ([name, data]) => {
    const target = targetOf(dir, name)
    const hash = createHash('sha256').update(data).digest('base64url')
    const old = before[name]
    if (old && old[0] === hash) {
      const found = await stat(target).catch(() => undefined)
      if (found && found.size === old[1] && found.mtimeMs === old[2]) {
        next.files[name] = old
        return
      }
    }
    // Only a file this function wrote before can be hard-linked from an earlier build's output.
    if (old) await rm(target, {force: true})
    await writeFile(target, data)
    const done = await stat(target)
    next.files[name] = [hash, done.size, done.mtimeMs]
    written++
  })
  await writeFile(`${record}.tmp`, JSON.stringify(next))
  await rename(`${record}.tmp`, record)
  return {written, kept: list.length - written, removed: stale.length}
}

/**
 * Puts the named files of `from` into `to` as hard links (the same bytes, nothing copied), or as
 * copies where a link cannot be made (another file system). A file already at a target is
 * replaced, as writing it would.
 */
export async function linkTree(from: string, to: string, names: readonly string[]): Promise<void> {
  await folders(to, names)
  let copy = false
  const linked = async (source: string, target: string) => {
    try {
      await link(source, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      await rm(target, {force: true})
      await link(source, target)
    }
  }
  await each(names, async (name) => {
    const source = targetOf(from, name)
    const target = targetOf(to, name)
    if (!copy) {
      try {
        return await linked(source, target)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error
        copy = true
      }
    }
    await copyFile(source, target)
  })
}
