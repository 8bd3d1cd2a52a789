/**
 * The Continuum portal. Entries are compiled as plain Markdown (never MDX), every entry file is read
 * through the validator (parseFrontMatter), and the edition (PORTAL_EDITION=public|practitioners)
 * decides once which entries exist at all.
 */
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Config} from '@docusaurus/types'
import type * as Preset from '@docusaurus/preset-classic'
import {contentRemarkPlugins} from './src/site/remark-guard'
import {isProductionBuild, portalUrlOf, productionUrlWarning} from './src/content/portal-url'
import ui from './src/content/editorial/ui.en.json'

/** The portal library (src/site), bundled by `npm run build` and imported natively, bypassing Docusaurus's TypeScript loader. */
async function portalLibrary(): Promise<typeof import('./src/site/index')> {
  const loader = path.join(__dirname, 'dist', 'load.cjs')
  if (!existsSync(loader)) throw new Error('The portal library is not built: run `npm run build` first (`npm start` does it for you).')
  const load = createRequire(__filename)(loader) as () => Promise<typeof import('./src/site/index')>
  return await load()
}

export default async function createConfig(): Promise<Config> {
  const {siteOf, continuumPlugin, editionDocs, browserSearchSettings, entryLinksPlugin, contentTypes} = await portalLibrary()
  // One docs instance, navbar item and footer link per entry type of the registry (src/model/types).
  const types = contentTypes()
  const site = await siteOf(__dirname)
  const practitioners = site.edition === 'practitioners'
  // The deployed address (PORTAL_URL, PORTAL_BASE_URL): a production build without it warns loudly, or fails with PORTAL_REQUIRE_URL=1.
  const address = portalUrlOf(process.env)
  const warning = productionUrlWarning(process.env, isProductionBuild(process.argv))
  if (warning) console.warn(warning)
  const docs = (folder: string) => ({
    // Relative to the site folder: this configuration ships to browsers, an absolute path would
    // publish the build machine's folders.
    path: path.relative(__dirname, path.join(site.contentRoot, folder)).split(path.sep).join('/'),
    routeBasePath: folder,
    // Refuses raw HTML and script links again while compiling, should the validator miss one, then
    // resolves links between entries as the validator does (functions are serialised as null in
    // the shipped configuration).
    beforeDefaultRemarkPlugins: [...contentRemarkPlugins, entryLinksPlugin(site)],
    sidebarPath: false as const,
    // Withheld entries are not listed here (this configuration ships to browsers): editionDocs
    // excludes them inside the build.
    exclude: ['**/_*.md', '**/README.md'],
    include: ['*.md'],
    breadcrumbs: false,
    showLastUpdateTime: false,
  })
  return {
    title: practitioners ? 'Continuum (practitioner edition)' : 'Continuum',
    tagline: 'Practices and case reviews for work with released violent extremist or terrorist offenders, from prison to probation to the community.',
    url: address.url,
    baseUrl: address.baseUrl,
    favicon: 'favicon.svg',
    trailingSlash: false,
    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    noIndex: practitioners,
    // v4 behaviour, except CSS cascade layers: under Rspack their emulation ranks Infima above the
    // portal's own stylesheet, so its accessible colours would lose.
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
    markdown: {
      format: 'md',
      hooks: {onBrokenMarkdownLinks: 'throw'},
      async parseFrontMatter(params) {
        return site.frontMatterFor(params.filePath, params.fileContent) ?? params.defaultParseFrontMatter(params)
      },
    },
    i18n: {defaultLocale: 'en', locales: ['en']},
    // Shipped to browsers: the search backend, and for Meilisearch only a search-only key.
    customFields: {search: browserSearchSettings(process.env, site.edition)},
    presets: [
      [
        'classic',
        {
          docs: false,
          blog: false,
          pages: {},
          theme: {customCss: './src/css/custom.css'},
          sitemap: {changefreq: 'weekly', priority: 0.5},
        } satisfies Preset.Options,
      ],
    ],
    plugins: [...types.map((type) => [editionDocs, {id: type.folder, ...docs(type.folder)}] as [typeof editionDocs, Record<string, unknown>]), continuumPlugin],
    themeConfig: {
      colorMode: {respectPrefersColorScheme: true},
      ...(practitioners
        ? {
            announcementBar: {
              id: 'practitioner-edition',
              content: ui.edition.practitionersNotice,
              isCloseable: false,
              backgroundColor: '#5c1a1a',
              textColor: '#ffffff',
            },
          }
        : {}),
      navbar: {
        title: 'Continuum',
        items: [
          ...types.map((type) => ({to: `/${type.folder}`, label: type.plural, position: 'left' as const})),
          {to: '/topics', label: 'Topics', position: 'left'},
          {to: '/briefings', label: 'Briefings', position: 'left'},
          {to: '/success-stories', label: 'Success stories', position: 'left'},
          // The search page, next to the box that searches as you type.
          {to: '/search', label: ui.navbar.search, position: 'right', className: 'cx-navbar-search'},
          {type: 'search', position: 'right'},
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {title: 'Browse', items: [...types.map((type) => ({label: type.plural, to: `/${type.folder}`})), {label: 'Topics', to: '/topics'}]},
          {
            title: 'Reuse',
            items: [
              {label: 'Open data', to: '/data'},
              {label: 'Review dates (editors)', to: '/review'},
            ],
          },
          {
            title: 'Communicators',
            items: [
              {label: 'Success stories', to: '/success-stories'},
              {label: 'Briefings', to: '/briefings'},
              {label: 'Success stories feed (Atom)', href: 'pathname:///feeds/success-stories.atom.xml'},
            ],
          },
          {
            title: 'Feeds',
            items: [
              {label: 'All entries (Atom)', href: 'pathname:///feeds/all.atom.xml'},
              {label: 'All entries (RSS)', href: 'pathname:///feeds/all.rss.xml'},
              {label: 'All entries (JSON Feed)', href: 'pathname:///feeds/all.json'},
              {label: 'Every feed: topics, phases, countries', to: '/feeds'},
              {label: "What's new", to: '/whats-new'},
            ],
          },
        ],
        copyright:
          'Case reviews are anonymised; most are illustrative composites built from the challenges named in the RAN conclusion paper on released VETOs (2021).',
      },
    } satisfies Preset.ThemeConfig,
  }
}
