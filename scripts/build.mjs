// Builds the `continuum` CLI and the portal library: bundles each oclif command with esbuild (shared code split into
// chunks, npm packages left external), copies the anonymisation word lists beside the bundle,
// writes oclif.manifest.json so that no command is imported just to list them, and exports the
// JSON Schemas of the content model to schemas/ for editors.
import {cp, mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = `${root}cli/`
const dist = `${cli}dist/`

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
}
await build({
  ...common,
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
  entryPoints: [{in: `${root}src/site/index.ts`, out: 'site'}, {in: `${root}src/validate/worker.ts`, out: 'validate-worker'}],
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
console.log(`built ${commands.length} commands into cli/dist, manifest and schemas/, the portal library into dist/`)
