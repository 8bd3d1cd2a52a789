/**
 * One docs instance (practices or cases) of an edition. It wraps the stock docs plugin so that the
 * entries withheld from the edition are excluded here, inside the build: anything written in the
 * site configuration (plugin options included) is shipped to every browser, so a list of withheld
 * files there would itself leak their names.
 */
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types'
import * as docsModule from '@docusaurus/plugin-content-docs'
import type {PluginOptions} from '@docusaurus/plugin-content-docs'
import {siteOf} from './setup.js'

// The stock plugin is CommonJS: loaded from an ES module, its exports sit under `default`.
const stock = ((docsModule as unknown as {default?: typeof docsModule}).default ?? docsModule) as unknown as {
  default: (context: LoadContext, options: PluginOptions) => Promise<Plugin>
  validateOptions: NonNullable<PluginModule['validateOptions']>
}

async function editionDocs(context: LoadContext, options: PluginOptions): Promise<Plugin> {
  const site = await siteOf(context.siteDir)
  // The instance id is the content folder of its entry type (docusaurus.config.ts).
  const folder = options.id
  const withheld = site.corpus.withheld.filter((file) => file.startsWith(`${folder}/`)).map((file) => file.slice(folder.length + 1))
  const plugin = await stock.default(context, {...options, exclude: [...options.exclude, ...withheld]})
  return {
    ...plugin,
    // The page header (front matter `continuum`, setup.ts) reaches the page through the compiled
    // entry's own `frontMatter`; the copy in the docs metadata would double it in every entry's
    // bundle, and the bundler's memory with it.
    async loadContent() {
      const content = (await plugin.loadContent!()) as LoadedDocs
      for (const version of content.loadedVersions) for (const doc of version.docs) delete doc.frontMatter.continuum
      return content
    },
  }
}

/** What the stock plugin loads, as far as this wrapper reads it. */
interface LoadedDocs {
  loadedVersions: Array<{docs: Array<{frontMatter: Record<string, unknown>}>}>
}

export default Object.assign(editionDocs, {validateOptions: stock.validateOptions}) as unknown as PluginModule
