/**
 * Writes many files under a folder: each folder is created once, and files are written a few at a
 * time (one after another, thousands of small files took seconds of a build).
 */
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** Files written at once. */
const AT_ONCE = 16

/** Writes files (path relative to `dir`, `/`-separated → contents) under `dir`. */
export async function writeTree(dir: string, files: Iterable<readonly [string, string | Uint8Array]>): Promise<void> {
  const list = [...files].map(([name, data]) => [path.join(dir, ...name.split('/')), data] as const)
  const folders = [...new Set(list.map(([target]) => path.dirname(target)))].sort()
  // Parents come before their children in sorted order: a folder whose parent was just created needs one call.
  for (const folder of folders) await mkdir(folder, {recursive: true})
  let next = 0
  const writer = async () => {
    while (next < list.length) {
      const [target, data] = list[next++]!
      await writeFile(target, data)
    }
  }
  await Promise.all(Array.from({length: Math.min(AT_ONCE, list.length)}, writer))
}
