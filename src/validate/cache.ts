/**
 * The validation cache: per file of a checkout, what checking it found, kept in a git-ignored
 * folder at the content root, so that validating one changed file does not parse the others.
 *
 * Key. A record holds the sha256 of the file's bytes and is read only by the validator of the same
 * rule-set version (ruleset.ts: a hash of the validator's code, word lists and parser versions).
 * Its own messages are also keyed by the path the checks saw (a file name and its folder are part
 * of what rules check), up to a few path forms per file.
 *
 * What is stored. (a) The file's own findings and suppressions, and (b) the facts corpus rules read
 * of an entry (front-matter fields, the places they point at, the body's links), as the entry is
 * seen when it is validated itself and as it is seen as context (front matter only). Corpus rules
 * depend on other files, so they are never cached: they run every time, on these facts. The
 * build's extra needs (the full front matter data and the body's plain text) sit in a second file
 * that only the build reads.
 *
 * Never trusted. A file whose size, modification and change times or inode differ from those
 * recorded is hashed again; one modified too recently to tell by its times (within the clock's
 * granularity of when it was read) is always hashed. The cache file carries an HMAC of its body
 * with a key kept by the installation, outside the content (machineKey): unreadable, truncated,
 * hand-edited, committed from elsewhere, of another schema or rule-set version, it is ignored (and
 * rewritten), never an error. Writes go to a temporary file renamed into place.
 *
 * A pure library: Node's file system and crypto only.
 */
import {createHash, createHmac, randomBytes} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Entry, EntryLink} from './entry.js'
import type {Collected, PlainSuppression} from './validate.js'
import {switchedOff} from './switched-off.js'

/** The layout of the files below; a change here makes every older cache file unreadable, hence ignored. */
export const CACHE_SCHEMA = 1
/** The cache folder, at the content root (it holds a .gitignore of its own). */
export const CACHE_FOLDER = '.continuum-cache'
const INDEX_FILE = 'validate.json'
const BUILD_FILE = 'build.json'
/** Path forms remembered per file (relative from the root, absolute, from inside a folder). */
const MAX_FORMS = 3
/** Modified this close to the moment it was read: its times cannot prove it unchanged later (coarse file system clocks). */
const RACY_MS = 3000

/**
 * The fields of the front matter (raw and schema-checked) that corpus rules read of an entry. A
 * corpus rule that reads another field of a cached entry is noticed (see `projected`) and the
 * cache is not used for that run.
 */
export const RAW_FIELDS = ['id', 'type', 'visibility'] as const
export const DATA_FIELDS = ['type', 'id', 'relatedPractices', 'profile', 'country', 'period', 'visibility', 'lastReviewed'] as const

/** What corpus rules read of one entry, as plain data. */
export interface Facts {
  refused: boolean
  type?: Entry['type']
  raw?: Record<string, unknown>
  data?: Record<string, unknown>
  places?: Record<string, {line: number; column: number}>
  links?: EntryLink[]
}

/** The file's own checking, under one path form. */
export interface OwnRecord {
  /** The path the checks saw (Entry.path). */
  as: string
  findings: Collected[]
  suppressions: PlainSuppression[]
  /** The entry as corpus rules see it when this file is validated. */
  self: Facts
  bodyLine: number
  /** Whether the entry kept its text (false when refused before decoding it). */
  hasText: boolean
}

export interface StatSignature {
  size: number
  mtimeMs: number
  ctimeMs: number
  ino: number
}

export interface FileRecord {
  hash: string
  stat?: StatSignature
  /** The entry as corpus rules see it as context of another file's validation (front matter only). */
  context?: Facts
  own?: OwnRecord[]
}

/** What only the build reads: by content hash, the full front matter data and the body's plain text. */
export interface BuildRecord {
  data?: unknown
  plain: string
  /** The body's sections (heading, Markdown, plain text) for the open data export. */
  sections?: Array<{heading: string; markdown: string; text: string}>
}

/** sha256 of bytes, hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function signatureOf(stats: Stats): StatSignature {
  return {size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino}
}

function sameSignature(a: StatSignature | undefined, b: StatSignature): boolean {
  return a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino
}

/** Whether the cache is turned off by the environment (CONTINUUM_CACHE=0, off, false or no). */
export function cacheDisabledBy(env: NodeJS.ProcessEnv = process.env): boolean {
  return switchedOff(env.CONTINUUM_CACHE)
}

/** A parsed cache file, or undefined when it is missing, corrupt, or of another schema or version. */
function readVerified(file: string, version: string, key: Buffer): Record<string, unknown> | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  try {
    // Line 1: the header; line 2: the body, whose digest the header holds.
    const newline = text.indexOf('\n')
    if (newline === -1) return undefined
    const header = JSON.parse(text.slice(0, newline)) as {schema?: unknown; version?: unknown; digest?: unknown}
    if (header.schema !== CACHE_SCHEMA || header.version !== version || typeof header.digest !== 'string') return undefined
    const body = text.slice(newline + 1)
    if (sign(key, body) !== header.digest) return undefined
    const parsed = JSON.parse(body) as unknown
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
    return parsed as Record<string, unknown>
  } catch {
    return undefined
  }
}

/**
 * Another cache file of this installation (the embedded search index, src/search/index-cache.ts):
 * its body when it is signed with this installation's key and of `version`, else undefined.
 */
export function readSignedFile(file: string, version: string): Record<string, unknown> | undefined {
  return readVerified(file, version, machineKey())
}

/** Writes another cache file of this installation, signed, atomically (its folder created). */
export function writeSignedFile(file: string, version: string, value: unknown): void {
  mkdirSync(path.dirname(file), {recursive: true})
  writeAtomic(file, version, machineKey(), value)
}

/** Writes a cache file atomically: a temporary file in the same folder, renamed into place. */
function writeAtomic(file: string, version: string, key: Buffer, value: unknown) {
  const body = JSON.stringify(value)
  const header = JSON.stringify({schema: CACHE_SCHEMA, version, digest: sign(key, body)})
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    writeFileSync(temporary, `${header}\n${body}`)
    renameSync(temporary, file)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** A stored record that has the shape this code writes (anything else is dropped, never trusted). */
function validRecord(value: unknown): value is FileRecord {
  if (!isObject(value) || typeof value.hash !== 'string' || value.hash.length !== 64) return false
  if (
    value.stat !== undefined &&
    !(isObject(value.stat) && ['size', 'mtimeMs', 'ctimeMs', 'ino'].every((key) => typeof (value.stat as Record<string, unknown>)[key] === 'number'))
  )
    return false
  if (value.context !== undefined && !validFacts(value.context)) return false
  if (value.own !== undefined && !(Array.isArray(value.own) && value.own.every(validOwn))) return false
  return true
}

function validFacts(value: unknown): value is Facts {
  return (
    isObject(value) &&
    typeof value.refused === 'boolean' &&
    (value.raw === undefined || isObject(value.raw)) &&
    (value.data === undefined || isObject(value.data)) &&
    (value.places === undefined || isObject(value.places)) &&
    (value.links === undefined || Array.isArray(value.links))
  )
}

function validOwn(value: unknown): value is OwnRecord {
  return (
    isObject(value) &&
    typeof value.as === 'string' &&
    Array.isArray(value.findings) &&
    Array.isArray(value.suppressions) &&
    validFacts(value.self) &&
    typeof value.bodyLine === 'number' &&
    typeof value.hasText === 'boolean'
  )
}

/** What looking a file up found. */
export interface Lookup {
  /** The record, when the file is known to hold the bytes it was made from. */
  record?: FileRecord
  /** The bytes, when they had to be read (to hash them); undefined when the file's times proved it unchanged. */
  bytes?: Buffer
  /** The hash of the bytes read, when they were read. */
  hash?: string
  /** The file's signature, taken before reading it. */
  stat?: StatSignature
  /** A symbolic link or an unreadable file: never cached. */
  uncacheable?: boolean
}

export interface CacheOptions {
  /** Always read and hash files, never trust their times (the build reads every file anyway). */
  hashAlways?: boolean
  /** Also read the build's file (full data and plain text by hash). */
  build?: boolean
  /** The clock that decides whether a file's times are old enough to prove it unchanged (tests). */
  now?: () => number
  /** The key cache files are signed with (default: this installation's, see machineKey). */
  key?: Buffer
}

/** The signature of a cache file's body: an HMAC with a key that never sits in the checkout. */
function sign(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(body).digest('hex')
}

let installationKey: Buffer | undefined

/**
 * The key this installation signs its cache files with: 32 random bytes in
 * node_modules/.cache/continuum/ of the installation running the validator (outside the content,
 * never committed with it), made on first use. A cache file committed into a checkout, or made by
 * another installation (a contributor's machine, for a pull request checked in CI), is not signed
 * with it and is ignored: its records could have been written to hide a finding. Without a place
 * to keep a key, a fresh one per process (the cache then never outlives the process).
 */
export function machineKey(): Buffer {
  if (installationKey) return installationKey
  let dir: string | undefined
  for (let at = path.dirname(fileURLToPath(import.meta.url)); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, 'node_modules'))) {
      dir = path.join(at, 'node_modules', '.cache', 'continuum')
      break
    }
    if (path.dirname(at) === at) break
  }
  if (dir) {
    const file = path.join(dir, 'cache-key')
    try {
      const stored = readFileSync(file)
      if (stored.length === 32) return (installationKey = stored)
    } catch {
      // Made below.
    }
    try {
      mkdirSync(dir, {recursive: true})
      const fresh = randomBytes(32)
      // `wx`: two processes starting together keep the first key written.
      writeFileSync(file, fresh, {flag: 'wx', mode: 0o600})
      return (installationKey = fresh)
    } catch {
      try {
        const stored = readFileSync(file)
        if (stored.length === 32) return (installationKey = stored)
      } catch {
        // No place for a key.
      }
    }
  }
  return (installationKey = randomBytes(32))
}

/** The validation cache of one content root. */
export class ValidationCache {
  readonly dir: string
  /** Why the stored cache was not used, if it was not (missing, or unreadable / another version). */
  readonly ignored?: string
  private files = new Map<string, FileRecord>()
  private builds = new Map<string, BuildRecord>()
  private dirty = false
  private buildDirty = false
  private seen = new Set<string>()
  /** Records whose shape was checked (a cache kept in memory looks them up again and again). */
  private valid = new WeakSet<FileRecord>()
  private readonly prefix: string
  private readonly key: Buffer

  /** Opens the cache of `root`; a missing, corrupt or foreign cache gives an empty one. */
  constructor(
    readonly root: string,
    readonly version: string,
    readonly options: CacheOptions = {},
  ) {
    this.dir = path.join(root, CACHE_FOLDER)
    this.prefix = path.resolve(root) + path.sep
    this.key = options.key ?? machineKey()
    const index = readVerified(path.join(this.dir, INDEX_FILE), version, this.key)
    // Records are checked for shape when used (lookup), not all here.
    if (index && isObject(index.files)) this.files = new Map(Object.entries(index.files) as Array<[string, FileRecord]>)
    else this.ignored = 'no usable cache'
    if (options.build) {
      const build = readVerified(path.join(this.dir, BUILD_FILE), version, this.key)
      if (build && isObject(build.files)) {
        for (const [key, value] of Object.entries(build.files))
          if (isObject(value) && typeof value.plain === 'string') this.builds.set(key, value as unknown as BuildRecord)
      }
    }
  }

  /** The key of a file: its path relative to the root, or undefined outside the root (not cached). */
  keyOf(file: string): string | undefined {
    // Most files come as absolute paths under the root (the checkout's listing): no resolving needed.
    if (file.startsWith(this.prefix) && !/[\\/]\.\.?(?:[\\/]|$)/.test(file))
      return path.sep === '/' ? file.slice(this.prefix.length) : file.slice(this.prefix.length).split(path.sep).join('/')
    const relative = path.relative(this.root, path.resolve(file))
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined
    return relative.split(path.sep).join('/')
  }

  /**
   * Looks a file up: its times first (size, modification and change times, inode), its bytes'
   * hash when they differ or cannot be trusted. `fs.lstat` does not follow links: a symbolic link is
   * never cached.
   */
  lookup(file: string, fs: {lstat: (file: string) => Stats; read: (file: string) => Buffer}): Lookup {
    const key = this.keyOf(file)
    if (key === undefined) return {uncacheable: true}
    this.seen.add(key)
    let stats: Stats
    try {
      stats = fs.lstat(file)
    } catch {
      return {uncacheable: true}
    }
    if (!stats.isFile()) return {uncacheable: true}
    // Times that are too recent to prove anything later are not kept: the next run hashes the file.
    const signature = signatureOf(stats)
    const stat = settled(signature, this.options.now?.() ?? Date.now()) ? signature : undefined
    let record = this.files.get(key)
    if (record !== undefined && !this.valid.has(record)) {
      if (validRecord(record)) this.valid.add(record)
      else {
        this.files.delete(key)
        record = undefined
      }
    }
    if (!this.options.hashAlways && record && stat && sameSignature(record.stat, stat)) return {record, stat}
    let bytes: Buffer
    try {
      bytes = fs.read(file)
    } catch {
      return {uncacheable: true}
    }
    const hash = hashBytes(bytes)
    if (record && record.hash === hash) {
      if (stat && !sameSignature(record.stat, stat)) {
        record.stat = stat
        this.dirty = true
      } else if (!stat && record.stat) {
        delete record.stat
        this.dirty = true
      }
      return {record, bytes, hash, stat}
    }
    return {bytes, hash, stat}
  }

  /** The own checking of a record under a path form. */
  ownOf(record: FileRecord | undefined, as: string): OwnRecord | undefined {
    return record?.own?.find((own) => own.as === as)
  }

  /** The build's record of a content hash. */
  buildOf(hash: string): BuildRecord | undefined {
    return this.builds.get(hash)
  }

  /** Stores what was found of a file whose bytes hash to `hash` (what it replaces is dropped when the hash differs). */
  store(file: string, hash: string, stat: StatSignature | undefined, update: {context?: Facts; own?: OwnRecord; build?: BuildRecord}) {
    const key = this.keyOf(file)
    if (key === undefined) return
    let record = this.files.get(key)
    if (!record || record.hash !== hash) {
      record = {hash}
      this.files.set(key, record)
    }
    // Times taken before the bytes were read; none when unknown, so the next run hashes it.
    if (stat) record.stat = stat
    else delete record.stat
    if (update.context) record.context = update.context
    if (update.own) record.own = [update.own, ...(record.own ?? []).filter((own) => own.as !== update.own!.as)].slice(0, MAX_FORMS)
    if (update.build) {
      this.builds.set(hash, update.build)
      this.buildDirty = true
    }
    this.dirty = true
  }

  /** Starts another run of a cache kept in memory (the validation server): prune() then forgets what this run does not look up. */
  startRun() {
    this.seen.clear()
  }

  /** Forgets files not looked up in this run when `complete` (the run saw every file of the checkout). */
  prune() {
    for (const key of this.files.keys()) {
      if (!this.seen.has(key)) {
        this.files.delete(key)
        this.dirty = true
      }
    }
    if (this.options.build) {
      const live = new Set([...this.files.values()].map((record) => record.hash))
      for (const hash of this.builds.keys()) {
        if (!live.has(hash)) {
          this.builds.delete(hash)
          this.buildDirty = true
        }
      }
    }
  }

  /** Writes what changed; a cache that cannot be written is skipped silently (it is only a cache). */
  save(): boolean {
    if (!this.dirty && !this.buildDirty) return true
    try {
      mkdirSync(this.dir, {recursive: true})
      writeFileSync(path.join(this.dir, '.gitignore'), '*\n')
      if (this.dirty) writeAtomic(path.join(this.dir, INDEX_FILE), this.version, this.key, {files: Object.fromEntries(this.files)})
      if (this.buildDirty && this.options.build) writeAtomic(path.join(this.dir, BUILD_FILE), this.version, this.key, {files: Object.fromEntries(this.builds)})
      this.dirty = false
      this.buildDirty = false
      return true
    } catch {
      return false
    }
  }
}

/**
 * Times that can prove a file unchanged later: taken at `now`, they show no change within the last
 * few seconds (a file written again within the clock's granularity keeps its times).
 */
export function settled(stat: StatSignature, now: number = Date.now()): boolean {
  return now - Math.max(stat.mtimeMs, stat.ctimeMs) > RACY_MS
}

/** The fields of a plain object that `fields` names (nested values whole). */
function pick(value: unknown, fields: readonly string[]): Record<string, unknown> | undefined {
  if (!isObject(value)) return undefined
  const out: Record<string, unknown> = {}
  for (const field of fields) if (value[field] !== undefined) out[field] = value[field]
  return out
}

/** The facts corpus rules read of an entry (its front matter reduced to the fields they read). */
export function factsOf(entry: Pick<Entry, 'refused' | 'type' | 'data' | 'raw' | 'places' | 'links'> & {raw?: unknown}): Facts {
  const raw = pick(entry.raw, RAW_FIELDS)
  const data = pick(entry.data, DATA_FIELDS)
  return {
    refused: entry.refused,
    ...(entry.type ? {type: entry.type} : {}),
    ...(raw ? {raw} : {}),
    ...(data ? {data} : {}),
    ...(entry.places ? {places: entry.places} : {}),
    ...(entry.links ? {links: entry.links} : {}),
  }
}

/**
 * Wraps reduced objects so that reads of fields they do not hold are noticed: `onMiss` is called
 * with the field's name (the caller then stops trusting the cache for this run). Fields an object
 * holds, fields `fields` names but the entry did not have, inherited members and symbols read as
 * usual. One handler serves every object of a run.
 */
export function projector(fields: readonly string[], onMiss: (field: string) => void): (value: Record<string, unknown>) => Record<string, unknown> {
  const known = new Set<string>(fields)
  const handler: ProxyHandler<Record<string, unknown>> = {
    get(target, property, receiver) {
      if (typeof property === 'string' && !known.has(property) && !(property in target)) onMiss(property)
      return Reflect.get(target, property, receiver) as unknown
    },
    has(target, property) {
      if (typeof property === 'string' && !known.has(property) && !(property in target)) onMiss(property)
      return Reflect.has(target, property)
    },
    ownKeys(target) {
      onMiss('(all fields)')
      return Reflect.ownKeys(target)
    },
  }
  return (value) => new Proxy(value, handler)
}

/** One reduced object, as `projector` wraps it. */
export function projected(value: Record<string, unknown>, fields: readonly string[], onMiss: (field: string) => void): Record<string, unknown> {
  return projector(fields, onMiss)(value)
}
