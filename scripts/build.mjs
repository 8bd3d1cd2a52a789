// Builds the `continuum` CLI and the portal library: bundles each oclif command with esbuild (shared code split into
// chunks, npm packages left external), copies the anonymisation word lists beside the bundle,
// writes oclif.manifest.json so that no command is imported just to list them, and exports the
// JSON Schemas of the content model to schemas/ for editors.
import {createHash, randomBytes} from 'node:crypto'
import {existsSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {sep} from 'node:path'
import {cp, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = `${root}cli/`
const dist = `${cli}dist/`

/**
 * The rule-set version the validation cache keys results by (src/validate/ruleset.ts): a hash of
 * every source file bundled into the validator (what esbuild reads for it), the anonymisation word
 * lists and package-lock.json (the parsers' versions). Any change to any of them gives another
 * version, so no result of another validator is ever reused.
 */
async function ruleSetVersion() {
  const lists = (await readdir(`${root}src/validate/anon/lists`)).map((name) => `src/validate/anon/lists/${name}`)
  return inputsVersion(['src/validate/worker.ts', 'src/validate/validate.ts', 'src/validate/cached.ts', 'src/validate/check.ts'], lists)
}

/** A hash of every source file esbuild reads for `entryPoints`, of `extras` and of package-lock.json (the packages' versions). */
async function inputsVersion(entryPoints, extras = []) {
  const {metafile} = await build({
    entryPoints,
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outdir: 'out',
    logLevel: 'warning',
  })
  const files = [...new Set([...Object.keys(metafile.inputs), ...extras, 'package-lock.json'])].sort()
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(`\0${file}\0`)
    if (existsSync(`${root}${file}`)) hash.update(await readFile(`${root}${file}`))
  }
  return hash.digest('hex').slice(0, 32)
}
const ruleset = await ruleSetVersion()
// The embedded index's builder (src/search/index-cache.ts): a stored index is reused only by the same code.
const searchIndexVersion = await inputsVersion(['src/search/index-build.ts'])
// Another value at every build: a validation server (cli/src/server.ts) answers only the CLI built with it.
const buildId = `${ruleset.slice(0, 12)}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`

await rm(dist, {recursive: true, force: true})
// Command files, folders included (commands/index/index.ts is `continuum index`: a top-level
// commands/index.ts would make oclif treat the CLI as a single-command one).
const commands = (await readdir(`${cli}src/commands`, {recursive: true})).filter((file) => file.endsWith('.ts'))
/** Both bundles: ES modules for Node, shared code split into chunks, npm packages left external. */
const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: {
    __CONTINUUM_RULESET__: JSON.stringify(ruleset),
    __CONTINUUM_BUILD__: JSON.stringify(buildId),
    __CONTINUUM_SEARCH_INDEX__: JSON.stringify(searchIndexVersion),
  },
}
/**
 * The validator's packages are bundled into the CLI (not loaded from node_modules at each start):
 * resolving and loading the hundreds of small modules of remark, micromark, yaml and zod one by one
 * cost more than the whole of a validation of one file with a warm cache. Everything else (oclif,
 * the packages of other commands) stays external. A bundled CommonJS package may call `require`:
 * the banner gives the ES module one.
 */
const bundledPackages = new Set(['gray-matter', 'yaml', 'remark-parse', 'remark-gfm', 'unified', 'vfile', 'unist-util-visit', 'zod', 'fastest-levenshtein'])
const bundleValidatorPackages = {
  name: 'bundle-validator-packages',
  setup(plugin) {
    plugin.onResolve({filter: /^[^./]/}, (args) => {
      if (args.path.startsWith('node:') || builtinModules.includes(args.path.split('/')[0])) return {external: true}
      // What a bundled package imports is bundled with it.
      if (args.importer.includes(`${sep}node_modules${sep}`)) return undefined
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]
      return bundledPackages.has(name) ? undefined : {external: true}
    })
  },
}
await build({
  ...common,
  packages: undefined,
  plugins: [bundleValidatorPackages],
  banner: {js: "import {createRequire as __continuumRequire} from 'node:module'; const require = __continuumRequire(import.meta.url);"},
  entryPoints: [
    ...commands.map((file) => ({in: `${cli}src/commands/${file}`, out: `commands/${file.replace(/\.ts$/, '')}`})),
    {in: `${root}src/model/json-schema.ts`, out: 'lib/json-schema'},
    {in: `${root}src/validate/worker.ts`, out: 'lib/validate-worker'},
  ],
  outdir: dist,
})
await cp(`${root}src/validate/anon/lists`, `${dist}lists`, {recursive: true})

// The portal's build-time library (corpus, views, Docusaurus plugin), loaded natively by
// docusaurus.config.ts: Docusaurus's own TypeScript loader mishandles ESM-only packages.
const site = `${root}dist/`
await rm(site, {recursive: true, force: true})
await build({
  ...common,
  entryPoints: [
    {in: `${root}src/site/index.ts`, out: 'site'},
    {in: `${root}src/validate/worker.ts`, out: 'validate-worker'},
    {in: `${root}src/site/static-worker.ts`, out: 'static-worker'},
  ],
  outdir: site,
  outExtension: {'.js': '.mjs'},
})
await cp(`${root}src/validate/anon/lists`, `${site}lists`, {recursive: true})
// A CommonJS door to the ES module, for a config file evaluated where `import()` is unavailable.
await writeFile(`${site}load.cjs`, "module.exports = () => import('./site.mjs')\n")

const {Plugin} = await import('@oclif/core')
const plugin = new Plugin({root: cli, type: 'core', ignoreManifest: true, errorOnManifestCreate: true, isRoot: true})
await plugin.load()
await writeFile(`${cli}oclif.manifest.json`, JSON.stringify(plugin.manifest, null, 2) + '\n')

const {jsonSchemaOf, entryTypeNames} = await import(`${dist}lib/json-schema.js`)
await mkdir(`${root}schemas`, {recursive: true})
for (const type of entryTypeNames()) {
  await writeFile(`${root}schemas/${type}.schema.json`, JSON.stringify(jsonSchemaOf(type), null, 2) + '\n')
}
console.log(`built ${commands.length} commands into cli/dist, manifest and schemas/, the portal library into dist/ (rule set ${ruleset.slice(0, 12)})`)
