/**
 * The portal as researchers use it, built once from a temporary git repository of the entries
 * (test/helpers/git-content.ts) with PORTAL_URL set, served on loopback and driven in Chromium:
 * the CSV files downloaded from /data hold every public entry; an entry page's citation_* tags,
 * BibTeX and CSL-JSON match the entry; /e/<id> reaches the entry after a change of title; history
 * and the due-for-review flag show where they should; every feed validates; every absolute URL of
 * the build uses PORTAL_URL. Also: a production build without PORTAL_URL warns, or fails when
 * PORTAL_REQUIRE_URL=1 asks it to.
 */
import {readFile, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {mkdtemp} from 'node:fs/promises'
import Papa from 'papaparse'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {validateXML} from 'xmllint-wasm'
import {entriesOf, idOf, loadCorpus, type Corpus} from '../src/content/corpus.js'
import {bibtexEscape} from '../src/content/citation.js'
import {DEFAULT_PORTAL_URL, portalUrlOf, productionUrlWarning} from '../src/content/portal-url.js'
import {entryTypes} from '../src/model/types/index.js'
import {NEWS_LIMIT} from '../src/content/views/whats-new.js'
import {gitContent, history} from './helpers/git-content.js'
import {buildPortal, type BuildRun, filesUnder, launchChromium, serve, type Served} from './helpers/portal.js'

const SITE = 'https://example.org'
const atomSchema = await readFile(path.join(import.meta.dirname, 'fixtures/atom.rng'), 'utf8')

let content: string
let work: string
let build: BuildRun
let site: Served
let browser: Browser
let corpus: Corpus

/** Runs a build with extra environment variables, restoring the environment after. */
async function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]))
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    return await run()
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

beforeAll(async () => {
  content = await gitContent()
  work = await mkdtemp(path.join(os.tmpdir(), 'continuum-open-data-'))
  corpus = await loadCorpus(content, 'public')
  build = await withEnv({PORTAL_URL: SITE, PORTAL_BASE_URL: undefined, CONTINUUM_CACHE: '0'}, () =>
    buildPortal({edition: 'public', content, outDir: path.join(work, 'site')}),
  )
  if (build.code !== 0) throw new Error(build.output)
  site = await serve(build.outDir)
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  for (const dir of [content, work]) if (dir) await rm(dir, {recursive: true, force: true})
})

async function open(pathname: string): Promise<Page> {
  const page = await browser.newPage({acceptDownloads: true})
  await page.goto(`${site.url}${pathname}`)
  await page.waitForLoadState('networkidle')
  return page
}

/** Clicks a link that downloads a file and returns the file's bytes. */
async function download(page: Page, selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)])
  return readFile(await file.path())
}

describe('/data', () => {
  it('offers CSV files that parse and hold every public entry, with the data dictionary and a DCAT-AP record', async () => {
    const page = await open('/data')
    for (const type of entryTypes()) {
      const bytes = await download(page, `a[data-file="${type.folder}.csv"]`)
      const text = bytes.toString('utf8')
      expect(text.startsWith('\uFEFF')).toBe(true)
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), {header: true, skipEmptyLines: true})
      expect(parsed.errors).toEqual([])
      const entries = entriesOf(corpus, type.name)
      expect(entries.length).toBeGreaterThan(0)
      expect(parsed.data.map((row) => row.id).sort()).toEqual(entries.map(idOf).sort())
      for (const entry of entries) {
        const row = parsed.data.find((r) => r.id === idOf(entry))!
        expect(row.title).toBe(entry.data.title)
        expect(row.url).toBe(`${SITE}${entry.permalink}`)
      }
      // The dictionary documents every column of the file.
      const documented = await page
        .locator(`table.cx-dictionary[data-type="${type.name}"] tbody tr`)
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-column')))
      expect(documented).toEqual(parsed.meta.fields)
    }
    const renamed = (await download(page, 'a[data-file="entries.json"]')).toString('utf8')
    expect((JSON.parse(renamed) as {count: number}).count).toBe(corpus.published.length)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as Record<string, unknown>
    expect(jsonLd['@type']).toBe('dcat:Dataset')
    expect(jsonLd['dcat:landingPage']).toEqual({'@id': `${SITE}/data`})
    await page.close()
  })

  it('holds no practitioners-only text in any data file', async () => {
    const practitioners = await loadCorpus(content, 'practitioners')
    const withheld = practitioners.published.filter((entry) => !corpus.published.some((p) => p.path === entry.path))
    expect(withheld.length).toBeGreaterThan(0)
    for (const file of await filesUnder(path.join(build.outDir, 'data'))) {
      const text = await readFile(file, 'utf8')
      for (const entry of withheld) {
        expect(text, path.basename(file)).not.toContain(entry.data.title)
        expect(text, path.basename(file)).not.toContain(idOf(entry))
      }
    }
  })
})

describe('citations and permanent links', () => {
  const renamed = history.renamed

  it('puts citation_* tags matching the entry in the page head, and BibTeX and CSL-JSON that say the same', async () => {
    const entry = corpus.published.find((e) => e.path === renamed.to)!
    const page = await open(entry.permalink)
    const meta = Object.fromEntries(
      await page.locator('meta[name^="citation_"]').evaluateAll((tags) => tags.map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')])),
    ) as Record<string, string>
    expect(meta).toMatchObject({
      citation_title: renamed.title,
      citation_author: 'Continuum contributors',
      citation_publication_date: entry.data.lastReviewed.replaceAll('-', '/'),
      citation_public_url: `${SITE}/e/${renamed.id}`,
      citation_abstract_html_url: `${SITE}${entry.permalink}`,
    })
    const apa = await page.locator('[data-citation="apa"]').textContent()
    expect(apa).toContain(renamed.title)
    expect(apa).toContain(`${SITE}/e/${renamed.id}`)
    const bibtex = (await download(page, '[data-citation="bibtex"]')).toString('utf8')
    expect(bibtex).toMatch(new RegExp(`^@misc\\{continuum-${renamed.id},`))
    expect(bibtex).toContain(`title        = {{${renamed.title}}},`)
    expect(bibtex).toContain(`url          = {${SITE}/e/${renamed.id}},`)
    expect(bibtex).toContain(`year         = {${entry.data.lastReviewed.slice(0, 4)}},`)
    expect(bibtex).toContain('author       = {{Continuum contributors}},')
    const csl = JSON.parse((await download(page, '[data-citation="csl"]')).toString('utf8')) as Array<Record<string, unknown>>
    expect(csl[0]).toMatchObject({
      id: renamed.id,
      type: 'webpage',
      title: renamed.title,
      URL: `${SITE}/e/${renamed.id}`,
      author: [{literal: 'Continuum contributors'}],
    })
    expect(csl[0]!.issued).toEqual({'date-parts': [entry.data.lastReviewed.split('-').map(Number)]})
    await page.close()
  })

  it('escapes what TeX would read as commands in BibTeX', () => {
    const escaped = bibtexEscape('50% of A & B_{x} #1 \\ ~ ^ $5\nnext')
    expect(escaped).toBe('50\\% of A \\& B\\_\\{x\\} \\#1 \\textbackslash{} \\textasciitilde{} \\textasciicircum{} \\$5 next')
    let depth = 0
    for (const [index, char] of [...escaped].entries()) {
      if (escaped[index - 1] === '\\') continue
      if (char === '{') depth++
      if (char === '}') depth--
      expect(depth).toBeGreaterThanOrEqual(0)
    }
    expect(depth).toBe(0)
  })

  it('sends /e/<id> to the entry under its new title and file name, also from the id under the title', async () => {
    const page = await open(`/e/${renamed.id}`)
    await page.waitForURL('**/practices/mentoring-by-people-who-left-extremism')
    expect(new URL(page.url()).pathname).toBe('/practices/mentoring-by-people-who-left-extremism')
    expect(await page.locator('h1').textContent()).toBe(renamed.title)
    await page.goto(`${site.url}/cases`)
    const other = corpus.published.find((e) => e.type.name === 'case')!
    await page.goto(`${site.url}${other.permalink}`)
    await page.click('a[data-permalink]')
    await page.waitForURL(`**${other.permalink}`)
    expect(new URL(page.url()).pathname).toBe(other.permalink)
    await page.close()
  })
})

describe('history and review dates on the portal', () => {
  it('shows first publication, last change and the change history from git', async () => {
    const page = await open('/practices/mentoring-by-people-who-left-extremism')
    const items = await page.locator('[data-history] li').allTextContents()
    expect(items).toEqual(['2025-09-03 Rename the mentoring practice', '2025-01-15 Add the launch entries'])
    const fields = await page.locator('.cx-field').allTextContents()
    expect(fields).toContain('First published2025-01-15')
    expect(fields).toContain('Last changed2025-09-03')
    await page.close()
  })

  it('shows "Updated" for a change whose subject names a practitioners-only review, and that title nowhere', async () => {
    const page = await open('/practices/information-sharing-with-consent')
    expect((await page.locator('[data-history] li').allTextContents())[0]).toBe('2026-02-10 Updated')
    await page.close()
    for (const file of await filesUnder(build.outDir)) {
      if (!/\.(html|json|xml|csv|ndjson|js|bib)$/.test(file)) continue
      expect(await readFile(file, 'utf8'), path.relative(build.outDir, file)).not.toContain(history.redacted.withheldTitle)
    }
  })

  it('marks the entry due for review on its page, its card, the browse filter and the review page', async () => {
    const due = corpus.published.find((e) => e.path === history.due.path)!
    const page = await open(due.permalink)
    await expect.poll(() => page.locator('[data-review-due]').count()).toBe(1)
    await page.goto(`${site.url}/practices/mentoring-by-people-who-left-extremism`)
    expect(await page.locator('[data-review-due]').count()).toBe(0)
    await page.goto(`${site.url}/practices?review=due`)
    await expect
      .poll(() => page.locator('[data-entry-id]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-entry-id'))))
      .toEqual([history.due.id])
    expect(await page.locator('[data-entry-id] .cx-badge--due').count()).toBe(1)
    await page.goto(`${site.url}/review`)
    expect(await page.locator('[data-review="due"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')))).toEqual([history.due.id])
    await page.close()
  })
})

describe('feeds', () => {
  it('validates every Atom feed of the build against RFC 4287', async () => {
    const atoms = (await filesUnder(path.join(build.outDir, 'feeds'))).filter((file) => file.endsWith('.atom.xml'))
    expect(atoms.length).toBeGreaterThan(10)
    for (const file of atoms) {
      const result = await validateXML({
        xml: {fileName: path.basename(file), contents: await readFile(file, 'utf8')},
        schema: {fileName: 'atom.rng', contents: atomSchema},
        extension: 'relaxng',
      })
      expect(
        result.errors.map((e) => e.rawMessage),
        file,
      ).toEqual([])
    }
  })

  it('lists topic, phase and country feeds on /feeds, links a topic and a filtered view to theirs, and has a What’s new page', async () => {
    const page = await open('/feeds')
    for (const kind of ['topic', 'phase', 'country']) expect(await page.locator(`[data-feeds="${kind}"] a`).count(), kind).toBeGreaterThan(0)
    const hrefs = await page.locator('[data-feeds] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    for (const href of hrefs) expect((await page.request.get(`${site.url}${href}`)).status(), href).toBe(200)
    await page.goto(`${site.url}/topics/ngo-cooperation`)
    const topicFeed = await page.locator('a[data-feed="topics/ngo-cooperation"]').getAttribute('href')
    expect(topicFeed).toBe('/feeds/topics/ngo-cooperation.atom.xml')
    // Announced in the server-rendered head, where feed readers look.
    const topicHtml = await readFile(path.join(build.outDir, 'topics/ngo-cooperation.html'), 'utf8')
    expect(topicHtml).toMatch(
      /<link[^>]*rel=["']?alternate["']?[^>]*type=["']?application\/atom\+xml["']?[^>]*href=["']?\/feeds\/topics\/ngo-cooperation\.atom\.xml/,
    )
    await page.goto(`${site.url}/cases?phase=probation`)
    await expect.poll(() => page.locator('a[data-feed="phases/probation"]').getAttribute('href')).toBe('/feeds/phases/probation.atom.xml')
    await page.goto(`${site.url}/whats-new`)
    const news = await page.locator('[data-news] > li').evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-id'),
        kind: item.getAttribute('data-kind'),
        date: item.querySelector('time')?.getAttribute('datetime') ?? '',
      })),
    )
    expect(news).toHaveLength(Math.min(corpus.published.length, NEWS_LIMIT))
    expect(news.map((item) => item.date)).toEqual(
      news
        .map((item) => item.date)
        .sort()
        .reverse(),
    )
    // An entry whose last change (2026-03-01) is later than its last review is "updated" on that date;
    // when the page's latest entries are all newer, it is left out.
    const due = news.find((item) => item.id === history.due.id)
    if (due) expect(due).toEqual({id: history.due.id, kind: 'updated', date: '2026-03-01'})
    else expect(news.at(-1)!.date >= '2026-03-01').toBe(true)
    await page.close()
  })
})

describe('production URLs', () => {
  it('uses PORTAL_URL for every absolute URL of the build, and never the local default', async () => {
    // No file of the build holds the local default; every kind of file that carries addresses carries PORTAL_URL's.
    const checked = new Set<string>()
    for (const file of await filesUnder(build.outDir)) {
      if (!/\.(html|xml|json|csv|ndjson|bib|js)$/.test(file)) continue
      const text = await readFile(file, 'utf8')
      expect(text, path.relative(build.outDir, file)).not.toMatch(/localhost|127\.0\.0\.1/)
      if (text.includes(`${SITE}/`)) checked.add(path.extname(file))
    }
    const html = await readFile(path.join(build.outDir, 'practices/information-sharing-with-consent.html'), 'utf8')
    expect(html).toMatch(/<link[^>]*rel=["']?canonical["']?[^>]*href=["']?https:\/\/example\.org\/practices\/information-sharing-with-consent/)
    expect(html).toMatch(/property=["']?og:url["']?[^>]*content=["']?https:\/\/example\.org\/practices\/information-sharing-with-consent/)
    const sitemap = await readFile(path.join(build.outDir, 'sitemap.xml'), 'utf8')
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    expect(locs.length).toBeGreaterThan(20)
    for (const loc of locs) expect(loc.startsWith(`${SITE}/`), loc).toBe(true)
    const feed = await readFile(path.join(build.outDir, 'feeds/all.atom.xml'), 'utf8')
    for (const href of [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)) expect(href.startsWith(`${SITE}/`), href).toBe(true)
    const json = JSON.parse(await readFile(path.join(build.outDir, 'data/entries.json'), 'utf8')) as {entries: Array<{url: string; shortUrl: string}>}
    for (const entry of json.entries) {
      expect(entry.url.startsWith(`${SITE}/`)).toBe(true)
      expect(entry.shortUrl.startsWith(`${SITE}/e/`)).toBe(true)
    }
    const pkg = JSON.parse(await readFile(path.join(build.outDir, 'data/datapackage.json'), 'utf8')) as {homepage: string}
    expect(pkg.homepage).toBe(`${SITE}/data`)
    expect([...checked].sort()).toEqual(expect.arrayContaining(['.bib', '.csv', '.html', '.json', '.xml']))
  })

  it('reads PORTAL_URL and PORTAL_BASE_URL in one place, checked', () => {
    expect(portalUrlOf({})).toEqual({url: DEFAULT_PORTAL_URL, baseUrl: '/', absolute: `${DEFAULT_PORTAL_URL}/`, defaulted: true})
    expect(portalUrlOf({PORTAL_URL: 'https://example.org/', PORTAL_BASE_URL: 'continuum'})).toMatchObject({
      url: 'https://example.org',
      baseUrl: '/continuum/',
      absolute: 'https://example.org/continuum/',
    })
    expect(portalUrlOf({PORTAL_URL: 'https://example.org/portal'})).toMatchObject({baseUrl: '/portal/', absolute: 'https://example.org/portal/'})
    expect(() => portalUrlOf({PORTAL_URL: 'example.org'})).toThrow(/PORTAL_URL/)
    expect(() => portalUrlOf({PORTAL_URL: 'ftp://example.org'})).toThrow(/http or https/)
    expect(productionUrlWarning({}, false)).toBeUndefined()
    expect(productionUrlWarning({PORTAL_URL: SITE}, true)).toBeUndefined()
    expect(productionUrlWarning({}, true)).toMatch(/PORTAL_URL is not set/)
    expect(() => productionUrlWarning({PORTAL_REQUIRE_URL: '1'}, true)).toThrow(/PORTAL_URL is not set and PORTAL_REQUIRE_URL=1/)
  })

  it('warns loudly in a production build without PORTAL_URL, and fails with PORTAL_REQUIRE_URL=1', async () => {
    const refused = await withEnv({PORTAL_URL: undefined, PORTAL_REQUIRE_URL: '1'}, () =>
      buildPortal({edition: 'public', content, outDir: path.join(work, 'refused')}),
    )
    expect(refused.code).not.toBe(0)
    expect(refused.output).toContain('PORTAL_URL is not set and PORTAL_REQUIRE_URL=1')
    expect(build.output).not.toContain('PORTAL_URL is not set')
  }, 120_000)
})
