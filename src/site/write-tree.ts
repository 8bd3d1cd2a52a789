/**
 * Writes many files under a folder, and links them into another: each folder is created once, and
 * files go a few at a time (one after another, thousands of small files took seconds of a build).
 */
import {copyFile, link, mkdir, rm, writeFile} from 'node:fs/promises'
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
