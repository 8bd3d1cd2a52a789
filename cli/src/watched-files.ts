/**
 * What the validation server knows of a checkout's files between requests: each file's last
 * `lstat` and each folder's listing, forgotten as soon as the system reports a change in the
 * folder (fs.watch). A request then looks at the files that changed, not at all of them.
 *
 * Never trusted blindly. At start, a file written into the cache folder must be reported within a
 * second. The files a request names are always looked at afresh. When requests pause (at most
 * every 20 seconds), every remembered file is looked at again in the background: one that changed without
 * a report from the system (a file system that does not report changes, such as some network or
 * shared folders) makes the server stop trusting what it remembers, and look at every file at
 * every request, as the command does in its own process. The same if watching fails.
 */
import {type FSWatcher, lstatSync, readFileSync, rmSync, type Stats, watch, writeFileSync} from 'node:fs'
import {readdir} from 'node:fs/promises'
import path from 'node:path'

export class WatchedFiles {
  private readonly stats = new Map<string, Stats>()
  private readonly listings = new Map<string, string[]>()
  private readonly watchers = new Map<string, FSWatcher>()
  /** Counts the changes the system reported to entry files and folders (a remembered answer holds while it stays). */
  generation = 0
  /** Told of each entry file the system reports changed. */
  onChange: ((file: string) => void) | undefined
  /** Why what is remembered is no longer used, once it is not. */
  distrusted: string | undefined

  constructor(private readonly root: string) {}

  /** The file system the validation cache looks through (src/validate/cached.ts). */
  readonly fileSystem = {
    lstat: (file: string): Stats => {
      if (this.distrusted) return lstatSync(file)
      const key = path.isAbsolute(file) ? file : path.resolve(file)
      const known = this.stats.get(key)
      if (known) return known
      const stats = lstatSync(file)
      this.stats.set(key, stats)
      return stats
    },
    read: (file: string): Buffer => readFileSync(file),
  }

  /** Forgets what is remembered of `files` (the files a request names: looked at afresh). */
  forget(files: readonly string[]) {
    for (const file of files) this.stats.delete(path.resolve(file))
  }

  /**
   * The entry files under `folders` (relative to the root), as `corpusFiles` lists them, from the
   * remembered listings of folders that did not change.
   */
  async list(folders: readonly string[], walk: (dir: string) => Promise<string[]>): Promise<string[]> {
    const out: string[] = []
    for (const folder of folders) {
      const dir = path.join(this.root, folder)
      let listing = this.distrusted ? undefined : this.listings.get(dir)
      if (!listing) {
        // Watched before it is listed: a change while listing is reported, not missed.
        if (!this.distrusted) await this.watchTree(dir)
        listing = await walk(dir)
        if (!this.distrusted) this.listings.set(dir, listing)
      }
      out.push(...listing)
    }
    return out
  }

  /** Watches `dir` and the folders under it; a change anywhere below forgets the listing of `top`. */
  private async watchTree(top: string) {
    const folders = [top]
    for (let index = 0; index < folders.length; index++) {
      const dir = folders[index]!
      if (!this.watchers.has(dir)) {
        try {
          const watcher = watch(dir, {persistent: false}, (event, name) => {
            if (!name) {
              this.generation++
              this.forgetUnder(dir, top)
              return
            }
            const base = name.toString()
            const file = path.join(dir, base)
            if (isEntryName(base)) {
              this.generation++
              this.stats.delete(file)
              if (event === 'rename') this.listings.delete(top)
              this.onChange?.(file)
            } else if (this.watchers.has(file) || isFolder(file)) {
              // A folder came, went or changed: its files are listed again.
              this.generation++
              this.forgetUnder(file, top)
            }
            // Anything else (hidden, temporary, not Markdown) is in no listing: nothing to forget.
          })
          watcher.on('error', () => this.distrust('watching a folder failed'))
          this.watchers.set(dir, watcher)
        } catch (error) {
          this.distrust(`a folder cannot be watched (${error instanceof Error ? error.message : String(error)})`)
          return
        }
      }
      for (const item of await readdir(dir, {withFileTypes: true}).catch(() => [])) {
        if (item.isDirectory() && !item.name.startsWith('.') && item.name !== 'node_modules') folders.push(path.join(dir, item.name))
      }
    }
  }

  /** Whether changes to `file` are watched (it sits in a watched folder, and watching is trusted). */
  covers(file: string): boolean {
    return !this.distrusted && this.watchers.has(path.dirname(path.resolve(file)))
  }

  private forgetUnder(dir: string, top: string) {
    this.listings.delete(top)
    const prefix = dir + path.sep
    for (const file of this.stats.keys()) if (file.startsWith(prefix)) this.stats.delete(file)
  }

  /**
   * Looks at every remembered file again (when requests pause, a few hundred files at a time,
   * stopping when `interrupted` says a request came in): a difference the system did not report means changes are not reported here, and
   * nothing remembered is used again.
   */
  async verify(interrupted: () => boolean = () => false) {
    let count = 0
    for (const [file, known] of this.stats) {
      if (this.distrusted) return
      if (++count % 250 === 0) {
        await new Promise((resolve) => setImmediate(resolve))
        // A request came in: it goes first; the next pause starts again.
        if (interrupted()) return
      }
      let now: Stats | undefined
      try {
        now = lstatSync(file)
      } catch {
        now = undefined
      }
      const same = now && now.size === known.size && now.mtimeMs === known.mtimeMs && now.ctimeMs === known.ctimeMs && now.ino === known.ino
      // The report may still be on its way: only a difference that outlives it counts.
      if (!same && this.stats.get(file) === known) this.recheck(file, known)
    }
  }

  /**
   * Writes a file into `dir` (the cache folder) and waits for the system to report it: where it
   * does not within a second, nothing remembered is ever used.
   */
  async probe(dir: string) {
    const name = `probe-${process.pid}-${Date.now()}`
    let reported = false
    let watcher: FSWatcher
    try {
      watcher = watch(dir, {persistent: false}, (_event, file) => {
        if (file?.toString() === name) reported = true
      })
    } catch {
      return this.distrust('the cache folder cannot be watched')
    }
    const file = path.join(dir, name)
    writeFileSync(file, '')
    for (let waited = 0; !reported && waited < 1000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20))
    watcher.close()
    rmSync(file, {force: true})
    if (!reported) this.distrust('this file system did not report a change within a second')
  }

  private recheck(file: string, known: Stats) {
    setTimeout(() => {
      if (this.stats.get(file) === known) this.distrust(`a change to ${path.relative(this.root, file)} was not reported by the system`)
    }, 1000).unref()
  }

  private distrust(why: string) {
    this.generation++
    this.distrusted ??= why
    this.stats.clear()
    this.listings.clear()
    for (const watcher of this.watchers.values()) watcher.close()
    this.watchers.clear()
  }

  close() {
    for (const watcher of this.watchers.values()) watcher.close()
    this.watchers.clear()
  }
}

/** A name the listing of entries holds: a Markdown file, not hidden (files.ts walks the same way). */
function isEntryName(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.')
}

function isFolder(file: string): boolean {
  try {
    return lstatSync(file).isDirectory()
  } catch {
    return false
  }
}
