/**
 * The embedded index, stored between runs: building it takes seconds at a few thousand entries
 * (every word of every entry), and both the portal build and `continuum search` would otherwise
 * build it again from the same documents. The stored index is reused only for the same documents,
 * synonyms and options, by the same index code (a hash of its sources, set by `npm run build`),
 * and only when signed by this installation (src/validate/cache.ts): a file committed into a
 * checkout, edited by hand, corrupt or stale is ignored and rebuilt, never trusted.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {CACHE_FOLDER, cacheDisabledBy, readSignedFile, writeSignedFile} from '../validate/cache.js'
import {filesUnder, hashFiles} from '../validate/ruleset.js'
import type {SearchDocument} from './documents.js'
import {indexFormat} from './engine.js'
import {type BuildOptions, buildIndexFiles, type IndexFiles} from './index-build.js'

/** Set by scripts/build.mjs in the bundles: a hash of every source the index builder is made of. */
declare const __CONTINUUM_SEARCH_INDEX__: string | undefined

let fromSources: string | undefined

/** The version of the index code: from the bundle, or (run from sources) a hash of src/search and src/model. */
export function indexCodeVersion(): string {
  if (typeof __CONTINUUM_SEARCH_INDEX__ === 'string') return __CONTINUUM_SEARCH_INDEX__
  const root = fileURLToPath(new URL('../../', import.meta.url))
  fromSources ??= hashFiles(root, [...filesUnder(root, path.join(root, 'src/search')), ...filesUnder(root, path.join(root, 'src/model')), 'package-lock.json'])
  return fromSources
}

/** Where a checkout keeps the stored index of an edition. */
export const indexCacheFile = (root: string, edition: string) => path.join(root, CACHE_FOLDER, `search-index-${edition}.json`)

/** A hash of everything an index is built from. */
export function indexInputKey(documents: readonly SearchDocument[], synonyms: ReadonlyMap<string, readonly string[]>, options: BuildOptions = {}): string {
  return createHash('sha256')
    .update(JSON.stringify(documents))
    .update('\0')
    .update(JSON.stringify([...synonyms]))
    .update('\0')
    .update(JSON.stringify(options))
    .digest('hex')
}

/** The version a stored index is written under: the index format and the code that builds it. */
export const indexCacheVersion = () => `search-index:${indexFormat}:${indexCodeVersion()}`

const isFiles = (value: unknown): value is Array<[string, string]> =>
  Array.isArray(value) && value.every((item) => Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && typeof item[1] === 'string')

/**
 * The index files of `documents` (of an edition): the stored ones of the checkout at `root` when they were built
 * from the same input by the same code, else built (and stored for the next run). Without a root,
 * or with CONTINUUM_CACHE=0, always built. Storing is best effort: a read-only checkout still searches.
 */
export function cachedIndexFiles(
  root: string | undefined,
  edition: string,
  documents: readonly SearchDocument[],
  synonyms: ReadonlyMap<string, readonly string[]>,
  options: BuildOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): IndexFiles {
  if (root === undefined || cacheDisabledBy(env)) return buildIndexFiles(documents, synonyms, options)
  const file = indexCacheFile(root, edition)
  const version = indexCacheVersion()
  const key = indexInputKey(documents, synonyms, options)
  const stored = readSignedFile(file, version)
  if (stored && stored.key === key && typeof stored.head === 'string' && isFiles(stored.files)) {
    const files = new Map(stored.files)
    if (files.has(stored.head)) return {head: stored.head, files}
  }
  const built = buildIndexFiles(documents, synonyms, options)
  try {
    writeSignedFile(file, version, {key, head: built.head, files: [...built.files]})
  } catch {
    // Not stored: the next run builds it again.
  }
  return built
}
