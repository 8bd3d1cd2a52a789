/**
 * The portal, built for real: the public and practitioner editions of the repo's content plus a
 * planted practitioners-only canary (and a few review dates moved apart, so that a sort by date
 * shows), served on loopback and driven with Debian's Chromium.
 */
import {casesOf, practicesOf} from './helpers/corpus.js'
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {promisify} from 'node:util'
import {existsSync, readFileSync, realpathSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {idOf, loadCorpus} from '../src/content/corpus.js'
import {applyState, type BrowseState, emptyState} from '../src/content/browse.js'
import {FIRST_PAGE, PAGE_STEP} from '../src/content/browse-data.js'
import {browserOf, storiesOf} from '../src/content/views.js'
import {searchDocuments} from '../src/search/documents.js'
import {search, type SearchIndex, type SearchQuery} from '../src/search/engine.js'
import {SEARCH_PAGE} from '../src/content/search-state.js'
import {indexEdition} from '../src/search/meili.js'
import {synonymTable} from '../src/search/synonyms.js'
import {fakeMeili, type FakeMeili} from './helpers/fake-meili.js'
import {axeViolations, buildPortal, type BuildRun, contentWith, filesUnder, launchChromium, root, serve, type Served} from './helpers/portal.js'
import {relevanceTable} from './helpers/relevance.js'
import {builtIndex, rankingOf} from './helpers/search-index.js'

const CANARY = 'xylophonecanary'
const canaryCase = `---
type: case
id: cr-canary01
title: The ${CANARY} review for practitioners only
language: en
outcome: mixed
managementModel: not-applicable
phases:
  - probation
profile:
  gender: undisclosed
  ageBand: undisclosed
  ideology: undisclosed
  legalStatus: undisclosed
country: undisclosed
period:
  from: 2020
  to: 2022
successCriteria:
  - engagement
consentBasis: illustrative-composite
visibility: practitioners
relatedPractices:
  - pr-3dx2s7b7
lessons:
  - kind: did-not-work
    text: The ${CANARY} lesson must never reach a public page.
provenance: composite
sources:
  - title: Test fixture
lastReviewed: 2026-11-26
---

## Context

An illustrative composite planted by the portal tests: ${CANARY} context.

## Interventions

The ${CANARY} intervention.

## What worked

Nothing in the public edition may show ${CANARY}. It built on [information sharing with consent](../practices/information-sharing-with-consent.md), linked across folders.

## What did not work

Not applicable.

## Lessons learned

The ${CANARY} lesson.
`

/** A public practice of the fixture that links, marked, to the practitioners-only canary. */
const LINKING_PRACTICE = 'practices/information-sharing-with-consent.md'
const RESTRICTED_LINK_TEXT = 'a restricted review of consent'

/**
 * Review dates moved apart in the built content (the launch content was reviewed on one day): the
 * newest and the oldest practice, both about prison.
 */
const NEWEST = {file: 'practices/mentoring-by-formers.md', date: '2026-11-28'}
const OLDEST = {file: 'practices/dispersion-among-general-population.md', date: '2025-01-10'}
const redated = (file: string, date: string) => {
  const text = readFileSync(path.join(root, file), 'utf8')
  if (!/^lastReviewed: \S+$/m.test(text)) throw new Error(`${file} has no lastReviewed line`)
  return text.replace(/^lastReviewed: \S+$/m, `lastReviewed: ${date}`)
}

const linking =
  readFileSync(path.join(root, LINKING_PRACTICE), 'utf8') +
  `\nA related review is [${RESTRICTED_LINK_TEXT}](../cases/canary-practitioners-only.md "practitioners").\n`
/** The content the portal is built from here; the tests' expectations read the same content. */
const content = await contentWith({
  'cases/canary-practitioners-only.md': canaryCase,
  [LINKING_PRACTICE]: linking,
  [NEWEST.file]: redated(NEWEST.file, NEWEST.date),
  [OLDEST.file]: redated(OLDEST.file, OLDEST.date),
})
let work: string
let publicBuild: BuildRun
let practitionerBuild: BuildRun
let served: Served
let browser: Browser
const publicCorpus = await loadCorpus(content, 'public')
const practitionerCorpus = await loadCorpus(content, 'practitioners')

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'continuum-portal-'))
  publicBuild = await buildPortal({edition: 'public', content, outDir: path.join(work, 'public')})
  practitionerBuild = await buildPortal({edition: 'practitioners', content, outDir: path.join(work, 'practitioners')})
  for (const run of [publicBuild, practitionerBuild]) if (run.code !== 0) throw new Error(`build failed:\n${run.output}`)
  console.log(`portal builds: public ${(publicBuild.ms / 1000).toFixed(1)} s, practitioners ${(practitionerBuild.ms / 1000).toFixed(1)} s`)
  served = await serve(publicBuild.outDir)
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await served?.close()
  await rm(work, {recursive: true, force: true})
  await rm(content, {recursive: true, force: true})
})

/** Opens a page of a build (the public one unless told) once hydrated; `setup` runs before it loads. */
async function open(
  url: string,
  options: {dark?: boolean; setup?: (page: Page) => unknown; waitUntil?: 'load' | 'networkidle'; site?: Served} = {},
): Promise<Page> {
  const context = await browser.newContext({colorScheme: options.dark ? 'dark' : 'light', viewport: {width: 1280, height: 900}})
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await options.setup?.(page)
  await page.goto((options.site ?? served).url + url, {waitUntil: options.waitUntil ?? 'networkidle'})
  await page.waitForSelector('html[data-has-hydrated="true"]')
  expect(errors, `page errors on ${url}`).toEqual([])
  return page
}

async function textOfBuild(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  for (const file of await filesUnder(dir)) texts.set(path.relative(dir, file), await readFile(file, 'latin1'))
  return texts
}

/**
 * `file: path` for every absolute path of the build machine found in a build: the site folder, the
 * content folder, the temporary folder, the home folder (each as an absolute path: not preceded by
 * a name character or a dot, as in a relative `../../tmp/…` path).
 */
async function machinePathsIn(dir: string, contentRoot: string): Promise<string[]> {
  const folders = [...new Set([root, contentRoot, os.tmpdir(), os.homedir()].flatMap((folder) => [folder, realpathSync(folder)]))]
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const patterns = folders.map((folder) => [folder, new RegExp(`(?<![\\w.])${escape(folder)}(?![\\w.-])`)] as const)
  const found: string[] = []
  for (const [file, text] of await textOfBuild(dir)) {
    for (const [folder, pattern] of patterns) if (pattern.test(text)) found.push(`${file}: ${folder}`)
  }
  return found
}

describe('editions', () => {
  it('the public build holds nothing practitioner-only: no page, data file, feed, sitemap or script', async () => {
    const texts = await textOfBuild(publicBuild.outDir)
    expect(texts.size).toBeGreaterThan(50)
    for (const c of casesOf(publicCorpus)) expect(texts.get('sitemap.xml'), c.slug).toContain(`/cases/${c.slug}`)
    const secrets = [
      CANARY,
      'cr-canary01',
      ...casesOf(practitionerCorpus)
        .filter((c) => c.data.visibility === 'practitioners')
        .flatMap((c) => [c.data.title, c.data.id!, c.slug]),
    ]
    const leaks = [...texts].flatMap(([file, text]) => secrets.filter((secret) => text.includes(secret)).map((secret) => `${file}: ${secret}`))
    expect(leaks).toEqual([])
  })

  it('the practitioner build of the same content does hold them (so the check above can fail)', async () => {
    const texts = await textOfBuild(practitionerBuild.outDir)
    const holding = (needle: string) => [...texts].filter(([, text]) => text.includes(needle)).map(([file]) => file)
    expect(holding(CANARY)).toEqual(
      expect.arrayContaining([
        'cases/canary-practitioners-only.html',
        expect.stringMatching(/^assets\/data\/browse-cases\.[0-9a-f]{12}\.json$/),
        'feeds/all.atom.xml',
        'feeds/all.json',
      ]),
    )
    expect(texts.get('index.html')).toContain('Practitioner edition')
    // The practitioner edition asks not to be indexed: its sitemap is empty and pages say noindex.
    expect(texts.get('cases/canary-practitioners-only.html')).toMatch(/name=robots content=["']?noindex/)
    expect(texts.get('feeds/success-stories.json')).not.toContain(CANARY)
  })

  it('resolves links between entries as the validator does: across folders, and marked links to withheld entries as text', async () => {
    const publicPage = await readFile(path.join(publicBuild.outDir, 'practices/information-sharing-with-consent.html'), 'utf8')
    expect(publicPage).toContain(RESTRICTED_LINK_TEXT)
    expect(publicPage).not.toMatch(/href="[^"]*canary/)
    const practitionerPage = await readFile(path.join(practitionerBuild.outDir, 'practices/information-sharing-with-consent.html'), 'utf8')
    expect(practitionerPage).toMatch(new RegExp(`<a [^>]*href="?/cases/canary-practitioners-only"?[ >][^>]*>?${RESTRICTED_LINK_TEXT}</a>`))
    const canaryPage = await readFile(path.join(practitionerBuild.outDir, 'cases/canary-practitioners-only.html'), 'utf8')
    expect(canaryPage).toMatch(/<a [^>]*href="?\/practices\/information-sharing-with-consent"?[ >][^>]*>?information sharing with consent<\/a>/)
  })

  it('no built file holds an absolute path of the build machine (site, content, temporary or home folder)', async () => {
    for (const run of [publicBuild, practitionerBuild]) expect(await machinePathsIn(run.outDir, content)).toEqual([])
  })
})

describe('server-rendered pages (before JavaScript)', () => {
  it('holds the first page of practices and case reviews in the HTML of /practices and /cases, and every one in the table it points at', async () => {
    const html = async (file: string) =>
      (await readFile(path.join(publicBuild.outDir, file), 'utf8'))
        .replaceAll('&#x27;', "'")
        .replaceAll('&quot;', '"')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&')
    for (const type of ['practice', 'case'] as const) {
      const page = await html(type === 'practice' ? 'practices.html' : 'cases.html')
      const ordered = applyState(browserOf(publicCorpus, type).cards, emptyState)
      expect(ordered.length).toBeGreaterThan(FIRST_PAGE / 2)
      for (const card of ordered.slice(0, FIRST_PAGE)) expect(page, card.title).toContain(`>${card.title}</a>`)
      for (const card of ordered.slice(FIRST_PAGE)) expect(page, card.title).not.toContain(`>${card.title}</a>`)
      const table = (await filesUnder(path.join(publicBuild.outDir, 'assets/data'))).find((file) =>
        path.basename(file).startsWith(`browse-${type === 'practice' ? 'practices' : 'cases'}.`),
      )!
      const text = await readFile(table, 'utf8')
      for (const card of ordered) expect(text, card.id).toContain(`"${card.id}"`)
    }
  })

  it('publishes Atom, RSS and JSON feeds of all entries and of success stories', async () => {
    const feed = (name: string) => readFile(path.join(publicBuild.outDir, 'feeds', name), 'utf8')
    const all = JSON.parse(await feed('all.json')) as {items: Array<{id: string}>}
    // The latest 50 public entries (the feed's length), each once.
    const publicIds = new Set([...practicesOf(publicCorpus), ...casesOf(publicCorpus)].map((e) => `urn:continuum:${e.data.id}`))
    const ids = all.items.map((item) => item.id)
    expect(ids).toHaveLength(Math.min(50, publicIds.size))
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(publicIds.has(id), id).toBe(true)
    const stories = JSON.parse(await feed('success-stories.json')) as {items: Array<{id: string}>}
    expect(stories.items.map((item) => item.id).sort()).toEqual(
      storiesOf(publicCorpus)
        .map((s) => `urn:continuum:${s.id}`)
        .sort(),
    )
    expect((await feed('all.atom.xml')).match(/<entry>/g)).toHaveLength(all.items.length)
    expect((await feed('success-stories.rss.xml')).match(/<item>/g)).toHaveLength(stories.items.length)
    const home = await readFile(path.join(publicBuild.outDir, 'index.html'), 'utf8')
    expect(home).toMatch(/<link[^>]+rel=alternate[^>]+type=application\/atom\+xml/)
  })
})

describe('the build refuses what the validator refuses', () => {
  it('fails with the located message and writes no site', async () => {
    const bad = await contentWith({
      'cases/named-person.md': canaryCase
        .replace('id: cr-canary01', 'id: cr-named001')
        .replace('planted by the portal tests', 'about John Miller, planted by the portal tests'),
    })
    const outDir = path.join(work, 'refused')
    try {
      const run = await buildPortal({edition: 'public', content: bad, outDir})
      expect(run.code).not.toBe(0)
      expect(run.output).toMatch(/cases\/named-person\.md:\d+:\d+\s+error\s+Unexpected person name `John`/)
      expect(run.output).toContain('anon/person-name')
      expect(run.output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
      expect(existsSync(outDir)).toBe(false)
    } finally {
      await rm(bad, {recursive: true, force: true})
    }
  })
})

describe('browsing with facets', () => {
  it('filters by a facet, shows counts, and keeps the state in a URL that round-trips', async () => {
    const page = await open('/practices')
    const total = practicesOf(publicCorpus).length
    await expect.poll(() => page.locator('.cx-card').count()).toBe(Math.min(total, FIRST_PAGE))
    await expect.poll(() => page.locator('.cx-browse__status').textContent()).toBe(`All ${total} practices`)
    const concentration = practicesOf(publicCorpus).filter((p) => p.data.approaches.includes('concentration'))
    const box = page.getByRole('checkbox', {name: /^Concentration/})
    expect(await box.getAttribute('value')).toBe('concentration')
    await box.check()
    await expect.poll(() => page.url()).toContain('approach=concentration')
    await expect.poll(() => page.locator('.cx-card').count()).toBe(concentration.length)
    await expect.poll(() => page.locator('.cx-browse__status').textContent()).toBe(`Showing ${concentration.length} of ${total} practices`)
    // A second facet narrows (AND across facets); its counts reflect the first.
    const url = new URL(page.url())
    const shared = await open(`${url.pathname}${url.search}&phase=probation`)
    const both = concentration.filter((p) => p.data.phases.includes('probation'))
    await expect.poll(() => shared.locator('.cx-card').count()).toBe(both.length)
    expect(await shared.getByRole('checkbox', {name: /^Concentration/}).isChecked()).toBe(true)
    expect(await shared.getByRole('checkbox', {name: /^Probation/}).isChecked()).toBe(true)
    await shared.context().close()
    // Text filter and sort go into the URL too.
    await page.getByLabel('Filter by words').fill('women')
    await expect.poll(() => page.url()).toContain('q=women')
    await page.getByLabel('Sort by').selectOption('reviewed')
    await expect.poll(() => page.url()).toContain('sort=reviewed')
    await page.getByRole('button', {name: 'Clear all filters'}).click()
    await expect.poll(() => page.locator('.cx-card').count()).toBe(Math.min(total, FIRST_PAGE))
    await expect.poll(() => page.locator('.cx-browse__status').textContent()).toBe(`All ${total} practices`)
    expect(page.url()).not.toContain('approach=')
    await page.context().close()
  })

  it('filters case reviews by outcome and management model', async () => {
    const page = await open('/cases?managementModel=dispersion&outcome=success')
    const expected = casesOf(publicCorpus).filter((c) => c.data.managementModel === 'dispersion' && c.data.outcome === 'success')
    await expect.poll(() => page.locator('.cx-card').count()).toBe(expected.length)
    expect(expected.length).toBeGreaterThan(0)
    const label = await page
      .getByRole('checkbox', {name: /^Failure/})
      .locator('xpath=..')
      .textContent()
    const failures = casesOf(publicCorpus).filter((c) => c.data.managementModel === 'dispersion' && c.data.outcome === 'failure').length
    expect(label).toMatch(new RegExp(`${failures}$`))
    await page.context().close()
  })

  it('works with the keyboard only', async () => {
    const page = await open('/practices')
    await page.getByLabel('Filter by words').focus()
    await page.keyboard.press('Tab') // sort select
    await page.keyboard.press('Tab') // first phase checkbox: Prison
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)
    expect(focused).toBe('prison')
    await page.keyboard.press('Space')
    await expect.poll(() => page.url()).toContain('phase=prison')
    const prison = practicesOf(publicCorpus).filter((p) => p.data.phases.includes('prison')).length
    await expect.poll(() => page.locator('.cx-browse__status').textContent()).toBe(`Showing ${prison} of ${practicesOf(publicCorpus).length} practices`)
    expect(await page.locator('.cx-card').count()).toBe(Math.min(prison, FIRST_PAGE))
    await page.keyboard.press('Space')
    await expect.poll(() => page.url()).not.toContain('phase=prison')
    await page.context().close()
  })
})

/** The index the public build published, as the browser reads it. */
let publishedIndex: Promise<SearchIndex> | undefined
const publicIndex = () => (publishedIndex ??= builtIndex(publicBuild.outDir))

describe('lean first load of the landing pages', () => {
  const practiceCards = browserOf(publicCorpus, 'practice').cards
  const total = practiceCards.length
  /** What the full list of cards gives for a state: its words are what the published index finds among practices. */
  const expected = async (state: Partial<BrowseState>, type = 'practice') => {
    const full = {...emptyState, ...state}
    const ranking = full.q.trim() ? await rankingOf(await publicIndex(), type, full.q) : undefined
    const cards = type === 'practice' ? practiceCards : browserOf(publicCorpus, type).cards
    return applyState(cards, full, ranking).map((card) => card.id)
  }
  const shownIds = (page: Page) => page.locator('.cx-card').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry-id')))
  const status = (page: Page) => page.locator('.cx-browse__status').textContent()
  /** Every request for a deferred table, from now on. */
  const tableRequests = (page: Page) => {
    const urls: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/assets/data/')) urls.push(request.url())
    })
    return urls
  }

  it('a direct load of /practices shows the first cards in title order and fetches nothing more until used', async () => {
    expect(total).toBeGreaterThan(FIRST_PAGE)
    let requests: string[] = []
    const page = await open('/practices', {setup: (p) => (requests = tableRequests(p))})
    expect(await shownIds(page)).toEqual((await expected({})).slice(0, FIRST_PAGE))
    expect(await status(page)).toBe(`All ${total} practices`)
    expect(await page.locator('.cx-browse__shown').textContent()).toBe(`${FIRST_PAGE} of ${total} practices shown, by title.`)
    expect(await page.getByRole('button', {name: `Show ${Math.min(PAGE_STEP, total - FIRST_PAGE)} more`}).isVisible()).toBe(true)
    await page.waitForTimeout(300)
    expect(requests).toEqual([])
    await page.context().close()
  })

  it('filters, matches words, sorts and shows more exactly as the full list did, with the table requested once', async () => {
    let requests: string[] = []
    const page = await open('/practices', {setup: (p) => (requests = tableRequests(p))})
    await page.locator('input[name=phase][value=prison]').check()
    const prison = await expected({selected: {phase: ['prison']}})
    await expect.poll(() => status(page)).toBe(`Showing ${prison.length} of ${total} practices`)
    expect(await shownIds(page)).toEqual(prison.slice(0, FIRST_PAGE))
    await page.getByLabel('Filter by words').fill('women')
    const women = await expected({q: 'women', selected: {phase: ['prison']}})
    await expect.poll(() => shownIds(page)).toEqual(women.slice(0, FIRST_PAGE))
    expect(await status(page)).toBe(`Showing ${women.length} of ${total} practices`)
    // The last word also matches as a prefix, as it is typed.
    await page.getByLabel('Filter by words').fill('rehabilit')
    const piece = await expected({q: 'rehabilit', selected: {phase: ['prison']}})
    expect(piece.length).toBeGreaterThan(0)
    await expect.poll(() => shownIds(page)).toEqual(piece.slice(0, FIRST_PAGE))
    expect(await status(page)).toBe(`Showing ${piece.length} of ${total} practices`)
    await page.getByLabel('Filter by words').fill('')
    await page.getByLabel('Sort by').selectOption('reviewed')
    const reviewed = await expected({sort: 'reviewed', selected: {phase: ['prison']}})
    await expect.poll(() => shownIds(page)).toEqual(reviewed.slice(0, FIRST_PAGE))
    // Counts come from the whole table: each phase as if chosen with the other filters.
    const counts = await page
      .locator('.cx-facet__value:has(input[name=approach])')
      .evaluateAll((nodes) =>
        nodes.map((node) => [node.querySelector('input')!.value, node.querySelector('.cx-facet__count')?.textContent?.replace(/\D/g, '')]),
      )
    expect(counts.length).toBeGreaterThan(3)
    for (const [value, count] of counts) expect(count, value).toBe(String((await expected({selected: {phase: ['prison'], approach: [value!]}})).length))
    await page.getByRole('button', {name: 'Clear all filters'}).click()
    const all = await expected({sort: 'reviewed'})
    await expect.poll(() => status(page)).toBe(`All ${total} practices`)
    await page.getByRole('button', {name: `Show ${Math.min(PAGE_STEP, total - FIRST_PAGE)} more`}).click()
    await expect.poll(() => shownIds(page)).toEqual(all.slice(0, FIRST_PAGE + PAGE_STEP))
    // Focus moves to the first card added; no more button once all are shown.
    expect(await page.evaluate(() => document.activeElement?.closest('.cx-card')?.getAttribute('data-entry-id'))).toBe(all[FIRST_PAGE])
    for (let shown = FIRST_PAGE + PAGE_STEP; shown < total; shown += PAGE_STEP) {
      await page.getByRole('button', {name: `Show ${Math.min(PAGE_STEP, total - shown)} more`}).click()
      await expect.poll(() => shownIds(page)).toEqual(all.slice(0, shown + PAGE_STEP))
    }
    expect(await page.getByRole('button', {name: /^Show \d+ more$/}).count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    expect(requests).toHaveLength(1)
    expect(new URL(requests[0]!).pathname).toMatch(/^\/assets\/data\/browse-practices\.[0-9a-f]{12}\.json$/)
    await page.context().close()
  })

  it('honours a URL with facets, words and a sort on direct load, saying it is loading until the table arrives', async () => {
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let requests: string[] = []
    const page = await open('/practices?phase=probation&approach=multi-agency&q=family&sort=reviewed', {
      waitUntil: 'load',
      setup: async (p) => {
        requests = tableRequests(p)
        await p.route('**/assets/data/**', async (route) => {
          await held
          await route.continue()
        })
      },
    })
    await expect.poll(() => status(page)).toBe(`Loading the list of all ${total} practices to apply the filters…`)
    expect(await page.locator('.cx-browse__results').getAttribute('aria-busy')).toBe('true')
    expect(await page.locator('.cx-card').count()).toBe(0)
    expect(await page.getByRole('checkbox', {name: /^Probation/}).isChecked()).toBe(true)
    expect(await page.getByLabel('Filter by words').inputValue()).toBe('family')
    expect(await axeViolations(page)).toEqual([])
    release()
    const want = await expected({q: 'family', sort: 'reviewed', selected: {phase: ['probation'], approach: ['multi-agency']}})
    expect(want.length).toBeGreaterThan(0)
    await expect.poll(() => status(page)).toBe(`Showing ${want.length} of ${total} practices`)
    expect(await shownIds(page)).toEqual(want.slice(0, FIRST_PAGE))
    expect(await page.getByLabel('Sort by').inputValue()).toBe('reviewed')
    expect(await page.locator('.cx-browse__results').getAttribute('aria-busy')).toBe('false')
    expect(await page.getByRole('checkbox', {name: /^Multi-agency/}).isChecked()).toBe(true)
    expect(requests).toHaveLength(1)
    await page.context().close()
  })

  it('moving between /practices and /cases in the page, each fetches its own table once', async () => {
    let requests: string[] = []
    const page = await open('/practices', {setup: (p) => (requests = tableRequests(p))})
    const nav = page.getByRole('navigation', {name: 'Main'})
    await page.getByLabel('Filter by words').fill('women')
    const women = await expected({q: 'women'})
    await expect.poll(() => status(page)).toBe(`Showing ${women.length} of ${total} practices`)
    await nav.getByRole('link', {name: 'Case reviews'}).click()
    await page.waitForURL(/\/cases$/)
    await page.getByLabel('Filter by words').fill('women')
    const cases = await expected({q: 'women'}, 'case')
    await expect.poll(() => shownIds(page)).toEqual(cases.slice(0, FIRST_PAGE))
    expect(await status(page)).toBe(`Showing ${cases.length} of ${casesOf(publicCorpus).length} case reviews`)
    await nav.getByRole('link', {name: 'Practices'}).click()
    await page.waitForURL(/\/practices$/)
    await page.getByLabel('Filter by words').fill('prison')
    const prison = await expected({q: 'prison'})
    await expect.poll(() => shownIds(page)).toEqual(prison.slice(0, FIRST_PAGE))
    expect(requests.map((url) => new URL(url).pathname.replace(/\.[0-9a-f]{12}\.json$/, ''))).toEqual([
      '/assets/data/browse-practices',
      '/assets/data/browse-cases',
    ])
    await page.context().close()
  })

  it('says so, and offers to try again, when the table cannot be fetched', async () => {
    let fail = true
    const page = await open('/cases?outcome=success', {
      waitUntil: 'load',
      setup: (p) => p.route('**/assets/data/**', (route) => (fail ? route.fulfill({status: 503, body: 'unavailable'}) : route.continue())),
    })
    await expect.poll(() => page.locator('.cx-browse__status').textContent()).toMatch(/could not be loaded/)
    fail = false
    await page.getByRole('button', {name: 'Try again'}).click()
    const cases = casesOf(publicCorpus).filter((c) => c.data.outcome === 'success').length
    await expect.poll(() => page.locator('.cx-browse__status').textContent()).toBe(`Showing ${cases} of ${casesOf(publicCorpus).length} case reviews`)
    await page.context().close()
  })

  it('without JavaScript, the HTML shows the first page of cards and says the rest needs JavaScript', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    const response = await page.goto(`${served.url}/practices`)
    expect(await shownIds(page)).toEqual((await expected({})).slice(0, FIRST_PAGE))
    expect(await page.locator('.cx-browse__shown').textContent()).toBe(`${FIRST_PAGE} of ${total} practices shown, by title.`)
    expect(await page.getByRole('button', {name: /^Show \d+ more$/}).count()).toBe(0)
    expect(await response!.text()).toContain('<noscript><p>Filters and the rest of the list need JavaScript.</p></noscript>')
    await context.close()
  })

  it('each edition browses its own table: the practitioners-only review is found in the practitioner edition only', async () => {
    const practitionerSite = await serve(practitionerBuild.outDir)
    try {
      const inside = await open(`/cases?q=${CANARY}`, {site: practitionerSite})
      await expect.poll(() => shownIds(inside)).toEqual(['cr-canary01'])
      await inside.context().close()
      const outside = await open(`/cases?q=${CANARY}`)
      await expect.poll(() => outside.locator('.cx-browse__status').textContent()).toBe(`Showing 0 of ${casesOf(publicCorpus).length} case reviews`)
      await outside.context().close()
    } finally {
      await practitionerSite.close()
    }
  })
})

describe('a portal built under a base URL', () => {
  let site: Served
  let build: BuildRun
  beforeAll(async () => {
    // Built into a folder named as the base URL, served from its parent: /continuum/… as a host would.
    build = await runWithEnv({PORTAL_BASE_URL: '/continuum/'}, () => buildPortal({edition: 'public', content, outDir: path.join(work, 'based', 'continuum')}))
    if (build.code !== 0) throw new Error(build.output)
    site = await serve(path.join(work, 'based'))
  }, 180_000)
  afterAll(async () => {
    await site?.close()
  })

  it('fetches the table under the base URL and browses with it', async () => {
    const urls: string[] = []
    const page = await open('/continuum/practices?approach=concentration', {
      site,
      setup: (p) => p.on('request', (request) => void (request.url().includes('/assets/data/') && urls.push(new URL(request.url()).pathname))),
    })
    const concentration = practicesOf(publicCorpus).filter((p) => p.data.approaches.includes('concentration'))
    await expect.poll(() => page.locator('.cx-card').count()).toBe(concentration.length)
    expect(urls).toHaveLength(1)
    expect(urls[0]).toMatch(/^\/continuum\/assets\/data\/browse-practices\.[0-9a-f]{12}\.json$/)
    expect(await page.locator('.cx-card a').first().getAttribute('href')).toMatch(/^\/continuum\/practices\//)
    await page.context().close()
  })

  it('searches under the base URL: the index, the links of results and of the navbar and home page', async () => {
    const urls: string[] = []
    const page = await open('/continuum/', {
      site,
      setup: (p) => p.on('request', (request) => void (request.url().includes('/assets/search/') && urls.push(new URL(request.url()).pathname))),
    })
    expect(await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Search', exact: true}).getAttribute('href')).toBe('/continuum/search')
    await page.getByLabel('Find a practice or a case review').fill('counseling')
    await page.getByRole('button', {name: 'Search', exact: true}).click()
    await page.waitForURL(/\/continuum\/search\?q=counseling$/)
    await expect.poll(() => page.locator('.cx-search-hit').count()).toBeGreaterThan(0)
    expect(await page.locator('.cx-search-hit h3 a').first().getAttribute('href')).toMatch(/^\/continuum\/practices\//)
    expect(urls.length).toBeGreaterThan(1)
    for (const url of urls) expect(url).toMatch(/^\/continuum\/assets\/search\//)
    // The navbar box: Enter opens the search page, or the highlighted entry, under the base URL.
    const box = page.locator('.cx-searchbar__input')
    await box.fill('mentor')
    await expect.poll(() => page.locator('[role=option]').count()).toBeGreaterThan(0)
    await box.press('Enter')
    await page.waitForURL(/\/continuum\/search\?q=mentor$/)
    await box.fill('mentring formrs')
    await expect.poll(() => page.locator('[role=option]').first().textContent()).toMatch(/^Mentoring by former extremists/)
    await box.press('ArrowDown')
    await box.press('Enter')
    await page.waitForURL(/\/continuum\/practices\/mentoring-by-formers$/)
    await page.context().close()
  })
})

describe('entry pages', () => {
  it('a practice shows its structured header, lit phases, recommendations and the case reviews citing it', async () => {
    const page = await open('/practices/concentration-in-specialised-units')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Concentrating VETOs in a limited number of prison facilities')
    expect(await page.locator('.cx-strip__phase--lit').allTextContents()).toEqual(['Prison (covered)', 'Pre-release (covered)'])
    expect(await page.locator('#cx-recommendations + ul li').allTextContents()).toContain('1. Diversify opportunities within the prison context')
    expect(await page.locator('#cx-cited-by + ul').textContent()).toContain('A specialised unit opened the way to education and a job')
    expect(await page.locator('.cx-provenance').textContent()).toContain('Source paper')
    expect(await page.content()).not.toContain('type: practice')
    await page.context().close()
  })

  it("an entry's script carries its header once (the page's front matter), not again in the docs metadata", async () => {
    const entry = publicCorpus.published.find((e) => e.path === 'practices/concentration-in-specialised-units.md')!
    // The citation file's address is in the header's record only.
    const needle = `/cite/${idOf(entry)}.bib`
    const scripts = (await filesUnder(path.join(publicBuild.outDir, 'assets', 'js'))).filter((file) => file.endsWith('.js'))
    const found: string[] = []
    for (const file of scripts) {
      const count = (await readFile(file, 'utf8')).split(needle).length - 1
      if (count > 0) found.push(`${path.basename(file)}: ${count}`)
    }
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/: 1$/)
    const page = await open('/practices/concentration-in-specialised-units')
    expect(await page.locator(`a[href$="${needle}"]`).count()).toBe(1)
    await page.context().close()
  })

  it('a case review shows outcome, model, banded profile, lessons and related practices', async () => {
    const page = await open('/cases/specialised-unit-opened-the-way-to-education')
    expect(await page.locator('.cx-badge--outcome').first().textContent()).toBe('Outcome: Success')
    expect(await page.locator('.cx-badge--model').textContent()).toBe('Prison management: Concentration')
    expect(await page.locator('.cx-fields').textContent()).toContain('Age band18-24')
    expect(await page.locator('.cx-lessons li').count()).toBe(2)
    expect(await page.locator('#cx-practices + ul').textContent()).toContain('Concentrating VETOs in a limited number of prison facilities')
    expect(await page.locator('.cx-provenance').textContent()).toContain('Illustrative composite')
    await page.context().close()
  })
})

describe('topics and success stories', () => {
  it('concentration vs dispersion puts both models side by side with outcome counts', async () => {
    const page = await open('/topics/concentration-vs-dispersion')
    const counts = await page.locator('.cx-outcomes').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-outcomes')))
    const of = (model: string) => {
      const cs = casesOf(publicCorpus).filter((c) => c.data.managementModel === model)
      return ['success', 'mixed', 'failure'].map((o) => cs.filter((c) => c.data.outcome === o).length).join('/')
    }
    expect(counts).toEqual([of('concentration'), of('dispersion')])
    await page.context().close()
  })

  it('success stories can be copied as text and print without navigation', async () => {
    const page = await open('/success-stories')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: served.url})
    const stories = storiesOf(publicCorpus)
    expect(await page.locator('.cx-story').count()).toBe(stories.length)
    expect(await page.locator('.cx-figure').first().textContent()).toContain('Over 1,400')
    await page
      .locator('.cx-story')
      .first()
      .getByRole('button', {name: /Copy as text/})
      .click()
    await expect.poll(() => page.locator('.cx-story__status').first().textContent()).toBe('Copied as text.')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const first = stories.find((s) => copied.startsWith(s.title))!
    expect(copied).toContain(first.summary)
    expect(copied).toContain(first.permalink)
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('.navbar').isVisible()).toBe(false)
    expect(await page.locator('.cx-story__actions').first().isVisible()).toBe(false)
    await page.context().close()
  })
})

describe('search in the portal (embedded index)', () => {
  it('finds the right entry for a query with a typo, typed in the navbar box, and opens it with Enter', async () => {
    const page = await open('/')
    const loaded: string[] = []
    page.on('request', (request) => loaded.push(request.url()))
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
    await page.keyboard.type('mentring formrs')
    // The index was not part of the page load: it came with the first use of the box.
    await expect.poll(() => loaded.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(0)
    await expect.poll(() => page.locator('[role=option]').first().textContent()).toMatch(/^Mentoring by former extremists/)
    expect(await page.locator('[role=option]').first().textContent()).toContain('Practice · Several countries')
    await page.keyboard.press('ArrowDown')
    expect(await page.getAttribute('[role=combobox]', 'aria-activedescendant')).toMatch(/-0$/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/practices\/mentoring-by-formers$/)
    await page.context().close()
  })

  it('gives the same first hit as `continuum search` for every text row of the relevance table', async () => {
    const page = await open('/practices')
    const box = page.locator('.cx-searchbar__input')
    const misses: string[] = []
    for (const row of relevanceTable.filter((r) => r.query.q && !r.query.filters)) {
      await box.fill(row.query.q)
      const expected = [...practicesOf(publicCorpus), ...casesOf(publicCorpus)].find((e) => e.data.id === row.first)!.data.title
      await expect
        .poll(
          async () =>
            (await page.locator('[role=option]').first().textContent({timeout: 5000}))?.startsWith(expected)
              ? 'ok'
              : await page.locator('[role=option]').first().textContent(),
          {timeout: 5000},
        )
        .toBe('ok')
        .catch(() => misses.push(row.query.q))
    }
    expect(misses).toEqual([])
    // Ctrl+K focuses the box from anywhere.
    await page.locator('h1').click()
    await page.keyboard.press('Control+k')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
    await page.context().close()
  })

  it('the search page combines text and facets from the URL', async () => {
    const page = await open('/search?q=mentor&type=case&outcome=success')
    await expect.poll(() => page.locator('.cx-search-results h3').first().textContent()).toBe('An NGO mentor trusted where authorities were not')
    expect(await page.getByRole('checkbox', {name: /^Case review\b/}).isChecked()).toBe(true)
    await page.getByRole('checkbox', {name: /^Success\b/}).uncheck()
    await expect.poll(() => page.url()).not.toContain('outcome=success')
    await page.context().close()
  })
})

describe('one search everywhere: the search page, the ways to it, and the browse pages', () => {
  /** The published index's answer to a query: what the search page must show (its first page unless told). */
  const engine = async (query: SearchQuery) => search(await publicIndex(), {limit: SEARCH_PAGE, ...query})
  const ids = (result: {hits: Array<{id: string}>}) => result.hits.map((hit) => hit.id)
  const hitIds = (page: Page) => page.locator('.cx-search-hit').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry-id')))
  const cardIds = (page: Page) => page.locator('.cx-card').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry-id')))
  const status = (page: Page) => page.locator('.cx-browse__status').textContent()

  it('`continuum search` in the checkout and the search page in the browser return the same results, in the same order', async () => {
    const queries = [
      'mentring formers',
      'how do probation officers build trust with a client',
      'counseling',
      'Belgium prison',
      'dutch women',
      'tehrapy after release',
      'family',
    ]
    for (const q of queries) {
      const {stdout} = await promisify(execFile)(process.execPath, [path.join(root, 'cli/bin/run.js'), 'search', q, '--format', 'json', '--limit', '10'], {
        cwd: content,
        env: {...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI'))), NO_COLOR: '1'},
        maxBuffer: 64 * 1024 * 1024,
      })
      const cli = (JSON.parse(stdout) as {engine: string; hits: Array<{id: string}>}).hits.map((hit) => hit.id)
      expect(cli.length, q).toBeGreaterThan(0)
      const page = await open(`/search?q=${encodeURIComponent(q)}`)
      await expect.poll(async () => (await hitIds(page)).length, {timeout: 10_000}).toBeGreaterThan(0)
      expect((await hitIds(page)).slice(0, 10), q).toEqual(cli)
      await page.context().close()
    }
  }, 120_000)
  const notes = (page: Page) => page.locator('.cx-search-note').allTextContents()
  /** Presses "Show N more" until every result is shown. */
  const showAll = async (page: Page) => {
    const more = page.getByRole('button', {name: /^Show \d+ more$/})
    for (let shown = -1; await more.isVisible(); ) {
      const before = (await page.locator('.cx-card').count()) + (await page.locator('.cx-search-hit').count())
      if (before === shown) throw new Error('Show more added nothing')
      shown = before
      await more.click()
      await expect.poll(async () => (await page.locator('.cx-card').count()) + (await page.locator('.cx-search-hit').count())).toBeGreaterThan(before)
    }
  }

  it('/search?q=… shows every result with its summary, type, country, phases, outcome and last review, the count and the facet counts', async () => {
    const page = await open('/search?q=mentor')
    const want = await engine({q: 'mentor'})
    expect(want.total).toBeGreaterThan(3)
    expect(want.hits.some((hit) => hit.outcome) && want.hits.some((hit) => !hit.outcome)).toBe(true)
    await expect.poll(() => hitIds(page)).toEqual(ids(want))
    expect(await status(page)).toBe(`${want.total} entries`)
    expect(await notes(page)).toEqual([])
    for (const [i, hit] of want.hits.entries()) {
      const card = page.locator('.cx-search-hit').nth(i)
      expect(await card.locator('h3 a').textContent()).toBe(hit.title)
      expect(await card.locator('h3 a').getAttribute('href')).toBe(hit.url)
      expect(await card.locator('.cx-card__summary').textContent()).toBe(hit.summary)
      expect(await card.locator('.cx-card__type').textContent()).toBe(hit.typeLabel)
      expect(await card.locator('.cx-card__meta').textContent()).toContain(hit.country)
      expect(await card.locator('.cx-badge--outcome').allTextContents()).toEqual(hit.outcome ? [hit.outcome] : [])
      expect(await card.locator('.cx-search-hit__phases').textContent()).toBe(hit.phases.join(' → '))
      expect(await card.locator('.cx-search-hit__reviewed').textContent()).toBe(`Last reviewed ${hit.lastReviewed}`)
      expect(await card.locator('time').getAttribute('datetime')).toBe(hit.lastReviewed)
    }
    // Facet counts are the result's: each value as if chosen; a value that would show nothing is disabled.
    const facets = await page.locator('.cx-facet__value').evaluateAll((nodes) =>
      nodes.map((node) => {
        const input = node.querySelector('input')!
        return {facet: input.name, value: input.value, count: node.querySelector('.cx-facet__count')?.textContent?.replace(/\D/g, ''), disabled: input.disabled}
      }),
    )
    expect(facets.length).toBeGreaterThan(10)
    for (const {facet, value, count, disabled} of facets) {
      const expected = want.counts[facet]?.[value] ?? 0
      expect(count, `${facet}=${value}`).toBe(String(expected))
      expect(disabled, `${facet}=${value}`).toBe(expected === 0)
    }
    expect(facets.some((f) => f.disabled)).toBe(true)
    // Accessible with its results, counts and disabled values shown.
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('restores words, facets and sort from the URL on load, and on back and forward', async () => {
    const page = await open('/search?q=prison&phase=probation&sort=date')
    expect(await page.getByLabel('Words').inputValue()).toBe('prison')
    expect(await page.getByLabel('Sort by').inputValue()).toBe('date')
    expect(await page.locator('input[name=phase][value=probation]').isChecked()).toBe(true)
    const first = await engine({q: 'prison', filters: {phase: ['probation']}, sort: 'date'})
    await expect.poll(() => hitIds(page)).toEqual(ids(first))
    await page.locator('input[name=type][value=case]').check()
    await expect.poll(() => page.url()).toBe(`${served.url}/search?q=prison&type=case&phase=probation&sort=date`)
    const cases = await engine({q: 'prison', filters: {type: ['case'], phase: ['probation']}, sort: 'date'})
    expect(ids(cases)).not.toEqual(ids(first))
    await expect.poll(() => hitIds(page)).toEqual(ids(cases))
    expect(await status(page)).toBe(`${cases.total} entries`)
    await page.goBack()
    await expect.poll(() => hitIds(page)).toEqual(ids(first))
    await expect.poll(() => page.locator('input[name=type][value=case]').isChecked()).toBe(false)
    await page.goForward()
    await expect.poll(() => hitIds(page)).toEqual(ids(cases))
    await expect.poll(() => page.locator('input[name=type][value=case]').isChecked()).toBe(true)
    // Typing replaces the page's entry in the history (no entry per letter); the words keep their spaces.
    await page.getByLabel('Words').focus()
    await page.keyboard.press('End')
    await page.keyboard.type(' women')
    await expect.poll(() => page.url()).toContain('q=prison+women&')
    expect(await page.getByLabel('Words').inputValue()).toBe('prison women')
    await page.goBack()
    await expect.poll(() => page.url()).toBe(`${served.url}/search?q=prison&phase=probation&sort=date`)
    await expect.poll(() => page.getByLabel('Words').inputValue()).toBe('prison')
    await expect.poll(() => hitIds(page)).toEqual(ids(first))
    // Clearing the search leaves the prompt.
    await page.getByRole('button', {name: 'Clear search'}).click()
    await expect.poll(() => status(page)).toBe('Type words or choose filters to search practices and case reviews.')
    expect(await hitIds(page)).toEqual([])
    await page.context().close()
  })

  it('the sort select reorders by date of last review, newest first; "Show more" adds the next results', async () => {
    const page = await open('/search?q=prison&type=practice')
    const relevance = await engine({q: 'prison', filters: {type: ['practice']}})
    const byDate = await engine({q: 'prison', filters: {type: ['practice']}, sort: 'date'})
    expect(ids(byDate)).not.toEqual(ids(relevance))
    await expect.poll(() => hitIds(page)).toEqual(ids(relevance))
    expect(await page.getByLabel('Sort by').inputValue()).toBe('relevance')
    await page.getByLabel('Sort by').selectOption('date')
    await expect.poll(() => page.url()).toContain('sort=date')
    await expect.poll(() => hitIds(page)).toEqual(ids(byDate))
    const dates = await page.locator('.cx-search-hit time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!))
    expect(dates).toEqual([...dates].sort().reverse())
    // The newest first; the oldest (redated to OLDEST) comes last of all the results, after this first page.
    expect(dates[0]).toBe(NEWEST.date)
    expect(dates.at(-1)! >= OLDEST.date).toBe(true)
    // More results than a page: the first page, then the rest with "Show more", focus on the first added.
    await page.goto(`${served.url}/search?q=prison`)
    const all = await engine({q: 'prison', limit: 100})
    expect(all.total).toBeGreaterThan(SEARCH_PAGE)
    await expect.poll(() => hitIds(page)).toEqual(ids(all).slice(0, SEARCH_PAGE))
    expect(await page.locator('.cx-browse__shown').textContent()).toBe(`${SEARCH_PAGE} of ${all.total} shown.`)
    await page.getByRole('button', {name: `Show ${Math.min(SEARCH_PAGE, all.total - SEARCH_PAGE)} more`}).click()
    await expect.poll(() => hitIds(page)).toEqual(ids(all).slice(0, 2 * SEARCH_PAGE))
    expect(await page.evaluate(() => document.activeElement?.closest('.cx-search-hit')?.getAttribute('data-entry-id'))).toBe(all.hits[SEARCH_PAGE]!.id)
    await page.context().close()
  })

  it('says which word it left out ("Portugal prison": no entry is Portuguese) and shows results for the others', async () => {
    expect(searchDocuments(publicCorpus).filter((d) => /portug/i.test(`${d.countryLabel} ${d.title} ${d.body}`))).toEqual([])
    const page = await open('/search?q=Portugal%20prison')
    const want = await engine({q: 'Portugal prison'})
    expect(want.dropped).toEqual(['portugal'])
    await expect.poll(() => notes(page)).toEqual(['No results for "portugal"; showing results for the other words.'])
    await expect.poll(() => hitIds(page)).toEqual(ids(want))
    expect(want.total).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    // Nothing but unknown words: nothing relevant, said so.
    await page.getByLabel('Words').fill('Portugal Luxembourg')
    await expect.poll(() => notes(page)).toEqual(['No entry is about "Portugal Luxembourg".'])
    expect(await hitIds(page)).toEqual([])
    expect(await status(page)).toBe('0 entries')
    await page.context().close()
  })

  it('offers "Did you mean" for a typo, as a link that searches the corrected words', async () => {
    const page = await open('/search?q=tehrapy')
    const want = await engine({q: 'tehrapy'})
    expect(want.suggestion).toBe('therapy')
    await expect.poll(() => notes(page)).toEqual(['Did you mean therapy?'])
    await expect.poll(() => hitIds(page)).toEqual(ids(want))
    await page.getByRole('link', {name: 'therapy', exact: true}).click()
    await page.waitForURL(/\/search\?q=therapy$/)
    await expect.poll(() => page.getByLabel('Words').inputValue()).toBe('therapy')
    await expect.poll(async () => hitIds(page)).toEqual(ids(await engine({q: 'therapy'})))
    expect(await notes(page)).toEqual([])
    await page.goBack()
    await expect.poll(() => page.getByLabel('Words').inputValue()).toBe('tehrapy')
    await page.context().close()
  })

  it('the navbar link and the home page form reach /search; the navbar box opens it with Enter and links to all results', async () => {
    const page = await open('/')
    await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Search', exact: true}).click()
    await page.waitForURL(/\/search$/)
    expect(await status(page)).toBe('Type words or choose filters to search practices and case reviews.')
    await page.goBack()
    await page.waitForURL(/\/$/)
    // The home page's form, a plain GET form to the search page (so it works without JavaScript too).
    const form = page.locator('form.cx-home-search')
    expect([await form.getAttribute('action'), await form.getAttribute('method')]).toEqual(['/search', 'get'])
    await page.getByLabel('Find a practice or a case review').fill('mentor')
    await page.getByRole('button', {name: 'Search', exact: true}).click()
    await page.waitForURL(/\/search\?q=mentor$/)
    await expect.poll(async () => hitIds(page)).toEqual(ids(await engine({q: 'mentor'})))
    // The navbar box: short notes, a suggestion that searches, "See all N results".
    const box = page.locator('.cx-searchbar__input')
    await box.fill('tehrapy')
    await expect.poll(() => page.locator('.cx-searchbar__note').textContent()).toBe('Did you mean therapy?')
    await page.locator('.cx-searchbar__suggestion').click()
    await expect.poll(() => box.inputValue()).toBe('therapy')
    await box.fill('Portugal prison')
    const portugal = await engine({q: 'Portugal prison'})
    await expect.poll(() => page.locator('.cx-searchbar__note').textContent()).toBe('Not found: "portugal"')
    await page.getByRole('link', {name: `See all ${portugal.total} results`}).click()
    await page.waitForURL(/\/search\?q=Portugal\+prison$/)
    await expect.poll(() => hitIds(page)).toEqual(ids(portugal))
    await expect.poll(() => box.inputValue()).toBe('')
    // Enter with no highlighted hit opens the search page with the words.
    await box.fill('counseling')
    await expect.poll(() => page.locator('[role=option]').count()).toBeGreaterThan(0)
    await box.press('Enter')
    await page.waitForURL(/\/search\?q=counseling$/)
    await expect.poll(async () => hitIds(page)).toEqual(ids(await engine({q: 'counseling'})))
    await page.context().close()
  })

  it("the practices page's word filter shows what /search?q=…&type=practice shows: same entries, same order", async () => {
    const page = await open('/practices')
    const box = page.getByLabel('Filter by words')
    const total = practicesOf(publicCorpus).length
    for (const q of ['women', 'tehrapy', 'counseling', 'prison mentor']) {
      const want = ids(await engine({q, filters: {type: ['practice']}, limit: total}))
      expect(want.length, q).toBeGreaterThan(0)
      await box.fill(q)
      await expect.poll(() => status(page), {message: q}).toBe(`Showing ${want.length} of ${total} practices`)
      expect(await page.getByLabel('Sort by').inputValue(), q).toBe('relevance')
      await showAll(page)
      expect(await cardIds(page), q).toEqual(want)
      const searchPage = await open(`/search?q=${encodeURIComponent(q)}&type=practice`)
      await expect.poll(() => status(searchPage), {message: q}).toBe(`${want.length} ${want.length === 1 ? 'entry' : 'entries'}`)
      await showAll(searchPage)
      expect(await hitIds(searchPage), q).toEqual(want)
      await searchPage.context().close()
    }
    // The same notes as the search page.
    await box.fill('tehrapy')
    await expect.poll(() => notes(page)).toEqual(['Did you mean therapy?'])
    // Another sort chosen stays while words change; the facets combine with the words.
    await box.fill('prison mentor')
    await page.getByLabel('Sort by').selectOption('title')
    await expect.poll(() => page.url()).toContain('sort=title')
    await box.fill('women')
    await page.locator('input[name=phase][value=community]').check()
    const women = ids(await engine({q: 'women', filters: {type: ['practice']}, limit: total}))
    const community = new Set(
      practicesOf(publicCorpus)
        .filter((p) => p.data.phases.includes('community'))
        .map((p) => p.data.id!),
    )
    const byTitle = browserOf(publicCorpus, 'practice')
      .cards.filter((card) => women.includes(card.id) && community.has(card.id))
      .sort((a, b) => a.title.localeCompare(b.title, 'en'))
      .map((card) => card.id)
    await expect.poll(() => cardIds(page)).toEqual(byTitle.slice(0, FIRST_PAGE))
    expect(await page.getByLabel('Sort by').inputValue()).toBe('title')
    await page.context().close()
  })

  it('a page that never searches downloads no file of the search index (the home page, an entry page, a list); the first use of the box does', async () => {
    for (const url of ['/', '/practices/mentoring-by-formers', '/cases']) {
      const requests: string[] = []
      const page = await open(url, {setup: (p) => p.on('request', (request) => requests.push(new URL(request.url()).pathname))})
      await page.waitForTimeout(300)
      expect(requests.length, url).toBeGreaterThan(3)
      expect(
        requests.filter((request) => request.includes('/assets/search/')),
        url,
      ).toEqual([])
      if (url === '/cases') {
        await page.locator('.cx-searchbar__input').fill('mentor')
        await expect.poll(() => requests.filter((request) => request.includes('/assets/search/head.')).length).toBe(1)
      }
      await page.context().close()
    }
  })
})

describe('a portal built for Meilisearch', () => {
  let meili: FakeMeili
  let build: BuildRun
  let site: Served
  const keys = {admin: 'admin-key-canary-7f3a', search: 'search-only-key-51c2'}
  beforeAll(async () => {
    meili = await fakeMeili(keys)
    await indexEdition({host: meili.url, apiKey: keys.admin, uid: 'continuum-public', documents: searchDocuments(publicCorpus), synonyms: synonymTable()})
    build = await runWithEnv(
      {MEILISEARCH_HOST: meili.url, MEILISEARCH_SEARCH_KEY: keys.search, MEILISEARCH_ADMIN_KEY: keys.admin, MEILISEARCH_MASTER_KEY: keys.admin},
      () => buildPortal({edition: 'public', outDir: path.join(work, 'meili')}),
    )
    if (build.code !== 0) throw new Error(build.output)
    site = await serve(build.outDir)
  }, 120_000)
  afterAll(async () => {
    await site?.close()
    await meili?.close()
  })

  it('ships the search-only key and never the admin key', async () => {
    const texts = await textOfBuild(build.outDir)
    expect([...texts].filter(([, text]) => text.includes(keys.admin)).map(([file]) => file)).toEqual([])
    expect([...texts].some(([, text]) => text.includes(keys.search))).toBe(true)
  })

  it("a build of the repo's own content holds no path of the build machine either", async () => {
    expect(await machinePathsIn(build.outDir, root)).toEqual([])
  })

  it('queries Meilisearch from the same search box, with the search key', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${site.url}/`, {waitUntil: 'networkidle'})
    await page.waitForSelector('html[data-has-hydrated="true"]')
    const before = meili.requests.length
    await page.locator('.cx-searchbar__input').fill('mentor')
    await expect.poll(() => page.locator('[role=option]').count()).toBeGreaterThan(0)
    const request = meili.requests.slice(before).find((r) => r.method === 'POST' && r.path === '/indexes/continuum-public/search')!
    expect(request.authorization).toBe(`Bearer ${keys.search}`)
    expect(request.body).toMatchObject({q: 'mentor', matchingStrategy: 'frequency'})
    await context.close()
  })

  it('refuses to build when the search key is the admin key', async () => {
    const run = await runWithEnv({MEILISEARCH_HOST: meili.url, MEILISEARCH_SEARCH_KEY: keys.admin, MEILISEARCH_ADMIN_KEY: keys.admin}, () =>
      buildPortal({edition: 'public', outDir: path.join(work, 'meili-refused')}),
    )
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(/search-only key/)
    expect(existsSync(path.join(work, 'meili-refused'))).toBe(false)
  })
})

async function runWithEnv<T>(env: Record<string, string>, action: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  Object.assign(process.env, env)
  try {
    return await action()
  } finally {
    for (const [k, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[k]
      else process.env[k] = value
    }
  }
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const pages = [
    '/',
    '/practices',
    '/cases',
    '/practices/dutch-high-security-wing-for-women',
    '/cases/community-support-withdrawn-after-unrelated-attack',
    '/topics/concentration-vs-dispersion',
    '/success-stories',
    '/search?q=women',
    '/search',
    '/search?q=Portugal%20prison',
    '/search?q=tehrapy',
    '/practices?q=counseling',
  ]
  for (const dark of [false, true]) {
    for (const url of pages) {
      it(`${url} in ${dark ? 'dark' : 'light'} mode has no violation`, async () => {
        const page = await open(url, {dark})
        expect(await page.getAttribute('html', 'data-theme')).toBe(dark ? 'dark' : 'light')
        expect(await axeViolations(page)).toEqual([])
        await page.context().close()
      })
    }
  }
})
