/**
 * The Continuum Docusaurus plugin: landing pages with facets, topic pages, success stories, the
 * home page and feeds, all from the edition's corpus. Each page gets its own data file (no large
 * global data shipped with every page).
 */
import {createHash} from 'node:crypto'
import {rmSync} from 'node:fs'
import {copyFile, rm} from 'node:fs/promises'
import path from 'node:path'
import type {LoadContext, Plugin} from '@docusaurus/types'
import {entriesOf, idOf, type Corpus} from '../content/corpus.js'
import {isDueForReview} from '../model/review.js'
import {entryTypes} from '../model/types/index.js'
import {provenanceTally} from '../model/provenance.js'
import {facetValues} from '../model/facet-values.js'
import {editorial} from '../content/editorial/index.js'
import {
  briefingsOf,
  briefingTypes,
  browserOf,
  type CompareData,
  type CompareShell,
  compareSourceOf,
  keyFigures,
  searchPageFacets,
  type SelectionShell,
  selectionSourceOf,
  storiesOf,
  topicsOf,
} from '../content/views.js'
import {browseData, deferredFile} from './browse-data.js'
import {feedListing, feedsOf, feedFiles} from './feeds.js'
import {whatsNewOf} from '../content/views/whats-new.js'
import {permalinkFiles} from '../content/redirects.js'
import {reviewViewOf} from '../content/views/review.js'
import {isProductionBuild} from '../content/portal-url.js'
import {LocatedError, perfLog, siteOf, startDeferredRules, staticWorker} from './setup.js'
import {startStaticJob} from './static-job.js'
import {linkTree, syncTree, writeTree} from './write-tree.js'
import ui from '../content/editorial/ui.en.json' with {type: 'json'}

/** Text as a CSS string literal: quotes, backslashes and line ends escaped. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`

/**
 * The print rule of an edition whose pages must not travel: its restriction notice in the top
 * margin of every printed page (CSS page margin boxes), so no page leaves without it.
 */
export function printNoticeCss(edition: string): string | undefined {
  if (edition !== 'practitioners') return undefined
  return `@media print { @page { margin-top: 18mm; @top-center { content: ${cssString(ui.edition.practitionersNotice)}; font: 700 9pt sans-serif; color: #000; } } }`
}

const component = (name: string) => `@site/src/components/pages/${name}.tsx`

/**
 * The `@generated/…` name of a file written by createData: route modules are written into the
 * browser bundle's registry as given, and createData's absolute path would publish the build
 * machine's folders.
 */
function generatedModule(context: Pick<LoadContext, 'generatedFilesDir'>, file: string): string {
  const relative = path.relative(context.generatedFilesDir, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new Error(`Data file outside the generated files folder: ${path.basename(file)}`)
  return `@generated/${relative.split(path.sep).join('/')}`
}

/**
 * Runs one step of the build, and with Docusaurus's timings (DOCUSAURUS_PERF_LOGGER=true) prints
 * how long it took.
 */
async function timed<T>(what: string, step: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await step()
  } finally {
    perfLog(what, performance.now() - started)
  }
}

/**
 * Removes a build's output folder, so that nothing of a build that failed validation can be
 * published. Other plugins' postBuild run alongside this one and may still write into it: the
 * folder is removed again when the process exits.
 */
export async function withdraw(outDir: string): Promise<void> {
  process.once('exit', () => rmSync(outDir, {recursive: true, force: true}))
  await rm(outDir, {recursive: true, force: true})
}

/** A short hash of what compiled pages depend on beyond their own file: the edition and every published entry's data. */
export function corpusFingerprint(edition: string, corpus: Corpus): string {
  const hash = createHash('sha256').update(edition)
  for (const entry of corpus.published) hash.update(`\0${entry.path}\0${JSON.stringify(entry.data)}`)
  for (const file of corpus.withheld) hash.update(`\0withheld:${file}`)
  return hash.digest('hex').slice(0, 16)
}

/**
 * Takes no options on purpose: plugin options are serialised into the site configuration that
 * every page ships, so the corpus is fetched here, from the per-process cache of the setup.
 */
export default async function continuumPlugin(context: LoadContext): Promise<Plugin> {
  const site = await siteOf(context.siteDir)
  const {corpus} = site
  const base = context.baseUrl
  // Static files beside the pages (path in the site → contents): the landing pages' deferred
  // tables, the embedded search index (assets/search/, read by src/components/useSearch.ts), the
  // open data export (data/), permanent addresses (e/) and citation files (cite/). Written into
  // the build by postBuild; the development server serves them from the generated files folder.
  // A production build writes them there while it bundles, and links them into its output.
  let staticFiles: Array<readonly [string, string | Uint8Array]> = []
  let staticNames: string[] = []
  let staticWritten: Promise<void> = Promise.resolve()
  const devStatic = path.join(context.generatedFilesDir, 'continuum-portal', 'static')
  const production = isProductionBuild(process.argv)
  const siteUrl = `${context.siteConfig.url}${base}`
  // The search index and the open data export, started now in a worker thread (static-job.ts):
  // the docs plugins' loading and the other page data go on meanwhile.
  const starting = performance.now()
  const staticJob = startStaticJob(
    corpus,
    {contentRoot: site.contentRoot, siteUrl, base, year: site.today.slice(0, 4), reviewMonths: site.reviewMonths, histories: site.histories},
    staticWorker(),
  )
  // Awaited by contentLoaded; a build that stops earlier has nothing to report.
  staticJob.catch(() => undefined)
  perfLog('search index and open data export handed to a worker', performance.now() - starting)
  let salt: string | undefined
  const cacheSalt = () => {
    const dueIds = corpus.published.filter((entry) => isDueForReview(entry.data.lastReviewed, site.today, site.reviewMonths)).map(idOf)
    return createHash('sha256')
      .update(`${corpusFingerprint(site.edition, corpus)}\0${siteUrl}\0${dueIds.join(',')}\0${site.reviewMonths}\0${JSON.stringify([...site.histories])}`)
      .digest('hex')
      .slice(0, 16)
  }
  return {
    name: 'continuum-portal',
    configureWebpack(config) {
      // The bundler's persistent cache keys a compiled entry by its file, not by what the portal
      // adds: links rewritten for the edition (a link to a practitioners-only review is text in
      // the public edition) and headers built from the other entries. Its version includes the
      // edition and the corpus, so a build never reuses a page compiled for another edition or
      // another corpus.
      // Pages also show the address, the git history and whether an entry is due for review on the
      // build's date (the entries due, not the date: a build the next day can reuse the cache).
      // The same for the client and the server bundle: computed once.
      salt ??= cacheSalt()
      const experiments = config.experiments as {cache?: {version?: string} | boolean} | undefined
      if (experiments?.cache && typeof experiments.cache === 'object') experiments.cache.version = `${experiments.cache.version ?? ''}-${salt}`
      if (config.cache && typeof config.cache === 'object' && 'version' in config.cache) config.cache.version = `${config.cache.version ?? ''}-${salt}`
      // The development server serves the deferred tables (the type of `devServer` comes with webpack-dev-server).
      return {devServer: {static: [{publicPath: base, directory: devStatic}]}} as ReturnType<NonNullable<Plugin['configureWebpack']>>
    },
    async contentLoaded({actions}) {
      const {createData, addRoute} = actions
      let dataMs = 0
      const json = async (name: string, value: unknown) => {
        const started = performance.now()
        const module = generatedModule(context, await createData(name, JSON.stringify(value)))
        dataMs += performance.now() - started
        return module
      }
      const topics = await timed('topics', () => topicsOf(corpus))
      const stories = storiesOf(corpus)
      const browsers = await timed('browse views', () => entryTypes().map((type) => ({type, browser: browserOf(corpus, type.name)})))
      const edition = await json('edition.json', {edition: site.edition})

      // One browse page per entry type, at its folder's address. Inline: facets, unfiltered counts
      // and the first page of cards; the rest comes after load.
      const lean = await timed('browse data', () => browsers.map(({type, browser}) => ({type, data: browseData(browser, base)})))
      staticFiles = lean.map(({data}) => [data.file.name, data.file.text] as const)
      // A deferred file (browse-data.ts) among the static files; its URL.
      const keep = ({url, file}: ReturnType<typeof deferredFile>) => {
        staticFiles.push([file.name, file.text])
        return url
      }
      for (const {type, data} of lean) {
        addRoute({
          path: `${base}${type.folder}`,
          exact: true,
          component: component('BrowsePage'),
          modules: {
            browser: await json(`browse-${type.folder}.json`, data.first),
            links: await json(`browse-links-${type.folder}.json`, briefingTypes.includes(type.name) ? {briefing: '/briefings/selection'} : {}),
            edition,
          },
        })
      }
      addRoute({
        path: `${base}topics`,
        exact: true,
        component: component('TopicsIndexPage'),
        modules: {
          topics: await json(
            'topics-index.json',
            topics.map((t) => ({
              slug: t.slug,
              title: t.title,
              description: t.description,
              practices: t.sides.reduce((n, s) => n + s.practices.length, 0),
              cases: t.sides.reduce((n, s) => n + s.cases.length, 0),
              composites: t.sides.reduce((n, s) => n + s.composites, 0),
            })),
          ),
          text: await json('topics-text.json', editorial().topicsIndex),
        },
      })
      for (const topic of topics) {
        addRoute({
          path: `${base}topics/${topic.slug}`,
          exact: true,
          component: component('TopicPage'),
          modules: {topic: await json(`topic-${topic.slug}.json`, topic)},
        })
      }
      // Side by side: two or three entries of a type, chosen in the URL.
      // The rows of every entry are fetched when the URL names entries: in the bundle they would
      // weigh on every build for a page whose server HTML shows none of them.
      for (const {type} of browsers) {
        const {rows, entries, ...shell} = await timed('compare source', () => compareSourceOf(corpus, type.name))
        const data = keep(deferredFile(`compare-${type.folder}`, {rows, entries} satisfies CompareData, base))
        addRoute({
          path: `${base}compare/${type.name}`,
          exact: true,
          component: component('ComparePage'),
          modules: {source: await json(`compare-${type.folder}.json`, {...shell, data} satisfies CompareShell)},
        })
      }
      // Thematic briefings: one per topic, their list, and the briefing of any filter of the practices page.
      const briefings = await timed('briefings', () => briefingsOf(corpus))
      addRoute({
        path: `${base}briefings`,
        exact: true,
        component: component('BriefingsIndexPage'),
        modules: {
          briefings: await json(
            'briefings-index.json',
            briefings.map((b) => ({slug: b.slug, title: b.title, counts: b.counts})),
          ),
        },
      })
      addRoute({
        path: `${base}briefings/selection`,
        exact: true,
        component: component('BriefingSelectionPage'),
        // Assembled in the browser from the filters in the URL: its source is fetched after load.
        modules: {
          source: await json('briefing-selection.json', {
            data: keep(deferredFile('briefing-selection', selectionSourceOf(corpus), base)),
          } satisfies SelectionShell),
        },
      })
      for (const briefing of briefings) {
        addRoute({
          path: `${base}briefings/${briefing.slug}`,
          exact: true,
          component: component('BriefingPage'),
          modules: {briefing: await json(`briefing-${briefing.slug}.json`, briefing)},
        })
      }
      addRoute({
        path: `${base}search`,
        exact: true,
        component: component('SearchPage'),
        modules: {search: await json('search-page.json', {facets: searchPageFacets(corpus)})},
      })
      staticFiles.push(...(await timed('permanent addresses', () => permalinkFiles(corpus, siteUrl, base))))
      addRoute({
        path: `${base}feeds`,
        exact: true,
        component: component('FeedsPage'),
        modules: {feeds: await json('feeds.json', await timed('feed listing', () => feedListing(corpus)))},
      })
      addRoute({
        path: `${base}whats-new`,
        exact: true,
        component: component('WhatsNewPage'),
        modules: {news: await json('whats-new.json', await timed("what's new", () => whatsNewOf(corpus, site.histories)))},
      })
      addRoute({
        path: `${base}review`,
        exact: true,
        component: component('ReviewPage'),
        modules: {
          review: await json('review.json', reviewViewOf(corpus, {today: site.today, months: site.reviewMonths, histories: site.histories})),
          types: await json(
            'review-types.json',
            entryTypes().map((type) => ({folder: type.folder, plural: type.labels.plural})),
          ),
        },
      })
      addRoute({
        path: `${base}success-stories`,
        exact: true,
        component: component('SuccessStoriesPage'),
        modules: {stories: await json('stories.json', {stories, figures: keyFigures})},
      })
      const latest = browsers
        .flatMap(({browser}) => browser.cards)
        .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.title.localeCompare(b.title))
        .slice(0, 6)
      addRoute({
        path: base,
        exact: true,
        component: component('HomePage'),
        modules: {
          home: await json('home.json', {
            counts: {stories: stories.length, storyComposites: stories.filter((s) => s.composite).length, topics: topics.length},
            types: entryTypes().map((type) => ({
              folder: type.folder,
              noun: type.labels.noun,
              tagline: type.labels.tagline,
              count: entriesOf(corpus, type.name).length,
              composites: provenanceTally(entriesOf(corpus, type.name).map((e) => e.data)).composites,
            })),
            figures: keyFigures,
            latest,
            topics: topics.filter((t) => !t.slug.startsWith('recommendation-')).map((t) => ({slug: t.slug, title: t.title})),
            // The first type's browse page, filtered by phase (every type has phases).
            strip: facetValues('phase').map((phase) => ({to: `/${entryTypes()[0]!.folder}?phase=${phase.value}`, label: phase.label})),
          }),
          edition,
        },
      })
      // The search index and the open data export, last: everything else is done while the worker
      // builds them. The embedded search index: files fetched by the search client on first use,
      // the head's name in the global data (a few bytes on every page, nothing loaded until a
      // search). Stored in the content root's cache folder: a build whose entries did not change
      // reuses it.
      const waited = performance.now()
      const built = await staticJob
      perfLog('search index', built.timings.searchIndex)
      perfLog('open data export', built.timings.openData)
      perfLog('search index and open data export waited for', performance.now() - waited)
      staticFiles.push(...built.files)
      actions.setGlobalData({searchHead: built.searchHead})
      staticNames = staticFiles.map(([name]) => name)
      // Only what changed since the last build is written (a warm build rewrites almost nothing).
      const syncing = performance.now()
      staticWritten = syncTree(devStatic, staticFiles).then(({written, kept, removed}) =>
        perfLog(`static files written (${written} written, ${kept} unchanged, ${removed} removed)`, performance.now() - syncing),
      )
      // Not kept beyond their writing (a large corpus' export is tens of megabytes).
      staticFiles = []
      if (production) staticWritten.catch(() => undefined)
      else await staticWritten
      addRoute({
        path: `${base}data`,
        exact: true,
        component: component('DataPage'),
        modules: {data: await json('data-page.json', built.dataPage)},
      })
      perfLog('page data modules written', dataMs)
      // Bundling is next: the deferred rules run beside it.
      startDeferredRules()
    },
    getClientModules() {
      // Full addresses after links in print (src/components/print-links.ts).
      return [path.join(context.siteDir, 'src', 'components', 'print-links.ts')]
    },
    injectHtmlTags() {
      const notice = printNoticeCss(site.edition)
      return {
        headTags: [
          ...feedFiles.map((file) => ({
            tagName: 'link',
            attributes: {rel: 'alternate', type: file.mime, title: file.title, href: `${base}feeds/${file.name}`},
          })),
          ...(notice ? [{tagName: 'style', attributes: {'data-print-notice': 'edition'}, innerHTML: notice}] : []),
        ],
      }
    },
    async postBuild({outDir, siteConfig}) {
      // A production build bundles while the deferred rules run (setup.ts): nothing is published
      // unless every entry passed them too.
      try {
        startDeferredRules()
        await site.validated()
      } catch (error) {
        await withdraw(outDir)
        if (!(error instanceof LocatedError)) throw error
        // Docusaurus would wrap the report in an error of its own, printed with a stack trace: the
        // report is printed as it is, and the build ends here.
        console.error(`\n[ERROR] ${error.message}\n`)
        process.exit(1)
      }
      const feeds = await timed('feeds', () => feedsOf(corpus, siteConfig.url + base, {histories: site.histories}))
      await staticWritten
      await timed('static files linked', () => linkTree(devStatic, outDir, staticNames))
      await timed('feeds written', () =>
        writeTree(
          outDir,
          feeds.map(([name, text]) => [`feeds/${name}`, text] as const),
        ),
      )
      // `/data/` too, for static hosts that send a folder's address to its index.html.
      await copyFile(path.join(outDir, 'data.html'), path.join(outDir, 'data', 'index.html')).catch(() => undefined)
    },
  }
}
