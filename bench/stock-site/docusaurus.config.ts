/**
 * Baseline for the build benchmark: a stock Docusaurus site over the same entry files, with the
 * portal's settings (two docs instances, plain Markdown, Docusaurus Faster, classic theme) and none
 * of its plugins, components or validation. BENCH_CONTENT names the folder with practices/ and cases/.
 */
import path from 'node:path'
import type {Config} from '@docusaurus/types'

const content = path.resolve(process.env.BENCH_CONTENT ?? path.join(__dirname, '../..'))

const config: Config = {
  title: 'Stock baseline',
  url: 'http://localhost:3000',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  future: {
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster: true,
  },
  markdown: {format: 'md'},
  presets: [['classic', {docs: {path: path.join(content, 'practices'), routeBasePath: 'practices', sidebarPath: false}, blog: false}]],
  plugins: [['@docusaurus/plugin-content-docs', {id: 'cases', path: path.join(content, 'cases'), routeBasePath: 'cases', sidebarPath: false}]],
}

export default config
