/** Finds the entry files under the paths a user names. */
import {existsSync} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {contentFolders} from '../model/types/index.js'

export {contentFolders}

export class MissingPathError extends Error {
  constructor(readonly missing: string) {
    super(`No such file or folder: ${missing}`)
  }
}

async function walk(dir: string, out: string[]) {
  const items = await readdir(dir, {withFileTypes: true})
  // Code-unit order: the same on every machine, and far cheaper than a locale's collation over thousands of names.
  items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep
  for (const item of items) {
    if (item.name.startsWith('.') || item.name === 'node_modules') continue
    const full = prefix + item.name
    if (item.isDirectory()) await walk(full, out)
    // Symbolic links are listed so that validation reports them (safety/symlink): skipping one
    // silently would hide an entry from its author, following one could read outside the checkout.
    else if ((item.isFile() || item.isSymbolicLink()) && item.name.endsWith('.md')) out.push(full)
  }
}

/** Expands files and folders (recursively, `.md` files only) into a sorted, de-duplicated list. */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = []
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined)
    if (!info) throw new MissingPathError(given)
    if (info.isDirectory()) await walk(given, out)
    else out.push(given)
  }
  return [...new Set(out.map((file) => path.normalize(file)))]
}

/** The corpus of a portal checkout rooted at `root` (the content folder of every entry type), for corpus rules. */
export async function corpusFiles(root: string): Promise<string[]> {
  const out: string[] = []
  for (const folder of contentFolders()) {
    const dir = path.join(root, folder)
    if (
      await stat(dir)
        .then((info) => info.isDirectory())
        .catch(() => false)
    )
      await walk(dir, out)
  }
  return out
}

/** The nearest folder at or above `from` that holds the content folder of every entry type, if any. */
export function findPortalRoot(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (contentFolders().every((folder) => existsSync(path.join(dir, folder)))) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}
