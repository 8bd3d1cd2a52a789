/**
 * The Continuum Docusaurus plugin: landing pages with facets, topic pages, success stories, the
 * home page and feeds, all from the edition's corpus. Each page gets its own data file (no large
 * global data shipped with every page).
 */
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {LoadContext, Plugin} from '@docusaurus/types'
import {browserOf, keyFigures, searchPageFacets, storiesOf, topicsOf} from '../content/views.js'
import {searchDocuments} from '../search/documents.js'
import {buildEngine, serialise} from '../search/embedded-build.js'
import {synonymTable} from '../search/synonyms.js'
import {feedsOf, feedFiles} from './feeds.js'
import {siteOf} from './setup.js'

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
 * Takes no options on purpose: plugin options are serialised into the site configuration that
 * every page ships, so the corpus is fetched here, from the per-process cache of the setup.
 */
export default async function continuumPlugin(context: LoadContext): Promise<Plugin> {
  const site = await siteOf(context.siteDir)
  const {corpus} = site
  const base = context.baseUrl
  return {
    name: 'continuum-portal',
    async contentLoaded({actions}) {
      const {createData, addRoute} = actions
      const json = async (name: string, value: unknown) => generatedModule(context, await createData(name, JSON.stringify(value)))
      const topics = topicsOf(corpus)
      const stories = storiesOf(corpus)
      const practices = browserOf(corpus, 'practice')
      const cases = browserOf(corpus, 'case')
      const edition = await json('edition.json', {edition: site.edition})

      addRoute({path: `${base}practices`, exact: true, component: component('BrowsePage'), modules: {browser: await json('browse-practices.json', practices), edition}})
      addRoute({path: `${base}cases`, exact: true, component: component('BrowsePage'), modules: {browser: await json('browse-cases.json', cases), edition}})
      addRoute({
        path: `${base}topics`,
        exact: true,
        component: component('TopicsIndexPage'),
        modules: {topics: await json('topics-index.json', topics.map((t) => ({slug: t.slug, title: t.title, description: t.description, practices: t.sides.reduce((n, s) => n + s.practices.length, 0), cases: t.sides.reduce((n, s) => n + s.cases.length, 0)})))},
      })
      for (const topic of topics) {
        addRoute({path: `${base}topics/${topic.slug}`, exact: true, component: component('TopicPage'), modules: {topic: await json(`topic-${topic.slug}.json`, topic)}})
      }
      // The embedded search index: lazily imported by the search box (src/search/client.ts).
      await createData('search-index.json', serialise(buildEngine(searchDocuments(corpus), synonymTable())))
      addRoute({path: `${base}search`, exact: true, component: component('SearchPage'), modules: {search: await json('search-page.json', {facets: searchPageFacets(corpus)})}})
      addRoute({path: `${base}success-stories`, exact: true, component: component('SuccessStoriesPage'), modules: {stories: await json('stories.json', {stories, figures: keyFigures})}})
      const latest = [...practices.cards, ...cases.cards].sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.title.localeCompare(b.title)).slice(0, 6)
      addRoute({
        path: base,
        exact: true,
        component: component('HomePage'),
        modules: {
          home: await json('home.json', {
            counts: {practices: corpus.practices.length, cases: corpus.cases.length, stories: stories.length, topics: topics.length},
            figures: keyFigures,
            latest,
            topics: topics.filter((t) => !t.slug.startsWith('recommendation-')).map((t) => ({slug: t.slug, title: t.title})),
          }),
          edition,
        },
      })
    },
    injectHtmlTags() {
      return {
        headTags: feedFiles.map((file) => ({
          tagName: 'link',
          attributes: {rel: 'alternate', type: file.mime, title: file.title, href: `${base}feeds/${file.name}`},
        })),
      }
    },
    async postBuild({outDir, siteConfig}) {
      const dir = path.join(outDir, 'feeds')
      await mkdir(dir, {recursive: true})
      for (const [name, text] of feedsOf(corpus, siteConfig.url + base)) await writeFile(path.join(dir, name), text)
    },
  }
}
