/**
 * The rule-set version: a hash of everything that decides what the validator reports, so that a
 * cached result is reused only by the same validator. Never a hand-bumped constant: `npm run build`
 * hashes every source file bundled into the validator (src/validate, src/model and whatever they
 * import), the anonymisation word lists and package-lock.json (parser versions), and writes it into
 * the bundles; code run from its sources (tests, tsx) hashes the source folders itself.
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Set by scripts/build.mjs (esbuild `define`) in the built bundles; undefined when run from sources. */
declare const __CONTINUUM_RULESET__: string | undefined

let computed: string | undefined

/** The version of the validator in use. */
export function ruleSetVersion(): string {
  if (typeof __CONTINUUM_RULESET__ === 'string') return __CONTINUUM_RULESET__
  computed ??= hashSources(fileURLToPath(new URL('../../', import.meta.url)))
  return computed
}

/** Files under `dir`, recursively, as sorted paths relative to `root`. */
export function filesUnder(root: string, dir: string): string[] {
  const out: string[] = []
  const walk = (at: string) => {
    for (const item of readdirSync(at, {withFileTypes: true})) {
      const full = path.join(at, item.name)
      if (item.isDirectory()) walk(full)
      else if (item.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  if (existsSync(dir)) walk(dir)
  return out
}

/**
 * A hash of named files of a repository (path and bytes of each, in sorted order). The build
 * passes the validator's bundle inputs; run from sources, the folders the validator lives in.
 */
export function hashFiles(root: string, files: readonly string[]): string {
  const hash = createHash('sha256')
  for (const file of [...new Set(files)].sort()) {
    const full = path.join(root, file)
    hash.update(`\0${file}\0`)
    if (existsSync(full)) hash.update(readFileSync(full))
  }
  return hash.digest('hex').slice(0, 32)
}

/** The files whose change changes the validator, beyond its own sources: word lists and parser versions. */
export function ruleSetExtras(root: string): string[] {
  return [...filesUnder(root, path.join(root, 'src/validate/anon/lists')), 'package-lock.json']
}

/** The version computed from the source folders (run from sources, without a build). */
export function hashSources(root: string): string {
  return hashFiles(root, [...filesUnder(root, path.join(root, 'src/validate')), ...filesUnder(root, path.join(root, 'src/model')), ...ruleSetExtras(root)])
}
