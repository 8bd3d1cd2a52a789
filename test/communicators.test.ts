/**
 * What communicators and practitioners meet, in a real build driven with Chromium: composites
 * labelled wherever they appear and "cleared for quotation" only where it is true, print that
 * works (light, full addresses, the edition's notice on every page), facets that discriminate, the
 * phone layout, the skip link and the 404 page. The repo's content plus one documented, quotable
 * success story planted here (the launch content has none), built for both editions once.
 */
import {mkdir, mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {getDocument, OPS} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadCorpus} from '../src/content/corpus.js'
import {storiesOf, topicsOf} from '../src/content/views.js'
import {storyAsText} from '../src/content/quote.js'
import {casesOf, practicesOf} from './helpers/corpus.js'
import {axeViolations, buildPortal, type BuildRun, contentWith, launchChromium, root, serve, type Served} from './helpers/portal.js'

/** The public address the builds are made for: printed links must name it, not the test server. */
const SITE_URL = 'https://continuum.example.org'
const NOTICE = 'Do not share outside your organisation.'
const DOCUMENTED_ID = 'cr-docum001'

const documentedCase = `---
type: case
id: ${DOCUMENTED_ID}
title: An inspected resettlement scheme kept people in work
language: en
outcome: success
managementModel: dispersion
phases:
  - probation
  - community
profile:
  gender: undisclosed
  ageBand: undisclosed
  ideology: undisclosed
  legalStatus: undisclosed
country: undisclosed
period:
  from: 2018
  to: 2021
successCriteria:
  - employment
consentBasis: legal-basis
visibility: public
publicSummary: An inspection of a resettlement scheme found that people released after terrorist offences who were placed in work before release kept their jobs and their conditions.
relatedPractices:
  - pr-1028smsz
lessons:
  - kind: worked
    text: Work arranged before release was kept after it.
  - kind: condition
    text: Employers needed a named contact in the probation service.
provenance: documented
quotable: true
sources:
  - title: Test fixture inspection report on resettlement
    publisher: Test inspectorate
    year: 2022
    url: https://example.org/inspection-report
lastReviewed: 2026-11-20
---

## Context

A documented review planted by the communicators tests.

## Interventions

Work placements arranged before release.

## What worked

Most kept their work.

## What did not work

Employers were unsure whom to call.

## Lessons learned

Arrange work early and name a contact.
`

const content = await contentWith({'cases/documented-fixture.md': documentedCase})
const publicCorpus = await loadCorpus(content, 'public')
let work: string
let publicBuild: BuildRun
let practitionerBuild: BuildRun
let served: Served
let practitioners: Served
let browser: Browser
const shots = path.join(root, 'scratch', 'communicators')

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'continuum-communicators-'))
  await mkdir(shots, {recursive: true})
  const before = process.env.PORTAL_URL
  process.env.PORTAL_URL = SITE_URL
  try {
    publicBuild = await buildPortal({edition: 'public', content, outDir: path.join(work, 'public')})
    practitionerBuild = await buildPortal({edition: 'practitioners', content, outDir: path.join(work, 'practitioners')})
  } finally {
    if (before === undefined) delete process.env.PORTAL_URL
    else process.env.PORTAL_URL = before
  }
  for (const run of [publicBuild, practitionerBuild]) if (run.code !== 0) throw new Error(`build failed:\n${run.output}`)
  served = await serve(publicBuild.outDir)
  practitioners = await serve(practitionerBuild.outDir)
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await served?.close()
  await practitioners?.close()
  if (work) await rm(work, {recursive: true, force: true})
  await rm(content, {recursive: true, force: true})
})

interface OpenOptions {
  dark?: boolean
  site?: Served
  width?: number
  height?: number
}

/** Opens a page once hydrated, failing on any page error. */
async function open(url: string, options: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    colorScheme: options.dark ? 'dark' : 'light',
    viewport: {width: options.width ?? 1280, height: options.height ?? 900},
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto((options.site ?? served).url + url, {waitUntil: 'networkidle'})
  await page.waitForSelector('html[data-has-hydrated="true"]')
  expect(errors, `page errors on ${url}`).toEqual([])
  return page
}

/** The text of each page of a PDF. */
async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({data: pdf, isEvalSupported: false}).promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const text = await (await doc.getPage(n)).getTextContent()
    pages.push(text.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  await doc.destroy()
  return pages
}

/** The fill and stroke colours a PDF paints with, as #rrggbb, with how often each is set. */
async function pdfColours(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await getDocument({data: pdf, isEvalSupported: false}).promise
  const colours = new Map<string, number>()
  for (let n = 1; n <= doc.numPages; n++) {
    const list = await (await doc.getPage(n)).getOperatorList()
    list.fnArray.forEach((fn, i) => {
      if (fn !== OPS.setFillRGBColor && fn !== OPS.setStrokeRGBColor) return
      const colour = String((list.argsArray[i] as unknown[])[0])
      colours.set(colour, (colours.get(colour) ?? 0) + 1)
    })
  }
  await doc.destroy()
  return colours
}

/** Relative luminance of a CSS rgb() colour (0 black … 1 white). */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number]
  const channel = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

const composites = casesOf(publicCorpus).filter((c) => c.data.provenance === 'composite')

describe('honest provenance', () => {
  it('the content has composites and the planted documented story (so the checks below can fail)', () => {
    expect(composites.length).toBeGreaterThan(5)
    const stories = storiesOf(publicCorpus)
    expect(stories.filter((s) => s.quotable).map((s) => s.id)).toEqual([DOCUMENTED_ID])
    // Every story is a composite or documented; only the planted one is quotable.
    const documented = new Set(publicCorpus.published.filter((e) => e.data.provenance === 'documented').map((e) => e.data.id))
    expect(stories.filter((s) => s.composite).length).toBe(stories.filter((s) => !documented.has(s.id)).length)
    expect(stories.filter((s) => s.composite).length).toBeGreaterThan(0)
  })

  it('every composite card on /cases carries the label, and no documented card does', async () => {
    const page = await open('/cases')
    // Every card, not only the first page.
    while (await page.locator('.cx-browse__more button').count()) {
      await page.locator('.cx-browse__more button').click()
      await page.waitForTimeout(100)
    }
    const cards = await page
      .locator('.cx-card')
      .evaluateAll((nodes) =>
        nodes.map((node) => [node.getAttribute('data-entry-id'), node.querySelector('.cx-badge--provenance-composite')?.textContent ?? null]),
      )
    expect(cards.length).toBe(casesOf(publicCorpus).length)
    for (const [id, label] of cards) {
      const composite = composites.some((c) => c.data.id === id)
      expect(label, id!).toBe(composite ? 'Illustrative composite' : null)
    }
    await page.context().close()
  })

  it('search results label composites too', async () => {
    const page = await open('/search?type=case')
    await page.waitForSelector('.cx-search-hit')
    const hits = await page
      .locator('.cx-search-hit')
      .evaluateAll((nodes) =>
        nodes.map((node) => [node.getAttribute('data-entry-id'), node.querySelector('.cx-badge--provenance-composite')?.textContent ?? null]),
      )
    expect(hits.length).toBeGreaterThan(3)
    for (const [id, label] of hits) expect(label, id!).toBe(composites.some((c) => c.data.id === id) ? 'Illustrative composite' : null)
    expect(hits.some(([id]) => id === DOCUMENTED_ID)).toBe(true)
    await page.context().close()
  })

  it('a composite case page says it is invented before its summary; a documented one says it is cleared for quotation', async () => {
    const composite = composites.find((c) => c.data.publicSummary)!
    const page = await open(composite.permalink)
    const notice = page.locator('.cx-composite-notice')
    await expect.poll(() => notice.textContent()).toContain('this case is invented')
    expect(await page.locator('.cx-entry-header .cx-badge--provenance-composite').textContent()).toBe('Illustrative composite')
    const order = await page.evaluate(() => {
      const n = document.querySelector('.cx-composite-notice')!
      const lead = document.querySelector('.cx-entry-header .cx-lead')!
      return n.compareDocumentPosition(lead) & Node.DOCUMENT_POSITION_FOLLOWING
    })
    expect(order).toBeTruthy()
    expect(await page.locator('.cx-quotable-notice').count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()

    const documented = await open('/cases/documented-fixture')
    expect(await documented.locator('.cx-composite-notice').count()).toBe(0)
    expect(await documented.locator('.cx-quotable-notice').textContent()).toContain('Cleared for quotation')
    await documented.context().close()
  })

  it('/success-stories labels every composite story and calls only the documented, quotable one cleared for quotation', async () => {
    const page = await open('/success-stories')
    const stories = await page.locator('.cx-story').evaluateAll((nodes) =>
      nodes.map((node) => ({
        id: node.getAttribute('data-story-id'),
        provenance: node.getAttribute('data-provenance'),
        notice: node.querySelector('.cx-composite-notice')?.textContent ?? null,
        quote: node.querySelector('blockquote')?.textContent ?? '',
        text: node.textContent ?? '',
      })),
    )
    const expected = storiesOf(publicCorpus)
    expect(stories.map((s) => s.id)).toEqual(expected.map((s) => s.id))
    for (const story of stories) {
      const composite = story.provenance === 'composite'
      expect(story.notice !== null, story.id!).toBe(composite)
      // The quote box itself says so: a quotation lifted from it carries the label.
      if (composite) expect(story.quote, story.id!).toContain('Illustrative composite')
      // A documented story that is not quotable says "Not cleared for quotation"; only the planted one is cleared.
      expect(/(?<!not )cleared for quotation/i.test(story.text), story.id!).toBe(story.id === DOCUMENTED_ID)
    }
    const tally = page.locator('.cx-stories-page .cx-tally')
    expect(await tally.getAttribute('data-composites')).toBe(String(expected.filter((s) => s.composite).length))
    expect(await tally.textContent()).toContain(`of these ${expected.length} stories are illustrative composites`)
    // No page-level claim that everything is cleared.
    const description = await page.locator('meta[name=description]').getAttribute('content')
    expect(description).not.toMatch(/cleared/i)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('the copied text of a composite story says it is an invented case; a documented story keeps its plain source line', () => {
    const stories = storiesOf(publicCorpus)
    const composite = storyAsText(stories.find((s) => s.composite)!, SITE_URL)
    expect(composite.split('\n')[0]).toMatch(/\[Illustrative composite\]$/)
    expect(composite).toContain('Do not quote it as a real case.')
    expect(composite).toMatch(/Source: Continuum, illustrative composite \(an invented case, not a real one\)/)
    const documented = storyAsText(stories.find((s) => s.quotable)!, SITE_URL)
    expect(documented).not.toContain('composite')
  })

  it('every topic tally says how many of its cases are composites, and every composite row is labelled', async () => {
    const topic = topicsOf(publicCorpus).find((t) => t.slug === 'concentration-vs-dispersion')!
    const page = await open(`/topics/${topic.slug}`)
    const tallies = await page.locator('.cx-tally').evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-composites'), node.textContent]))
    expect(tallies.length).toBe(topic.sides.filter((s) => s.cases.length > 0).length)
    for (const [i, side] of topic.sides.filter((s) => s.cases.length > 0).entries()) {
      const count = side.cases.filter((c) => composites.some((x) => x.data.id === c.id)).length
      expect(count).toBeGreaterThan(0)
      expect(tallies[i]![0]).toBe(String(count))
      expect(tallies[i]![1]).toContain(`${count} of these ${side.cases.length} case reviews`)
    }
    const rows = await page
      .locator('.cx-rows li')
      .evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('data-entry-id'), node.querySelector('.cx-badge--provenance-composite') !== null]))
    for (const [id, labelled] of rows) expect(labelled, String(id)).toBe(composites.some((c) => c.data.id === id))
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('tallies elsewhere', () => {
  it('the home page and the topics list say how many of the cases and stories counted are composites', async () => {
    const home = await open('/')
    const tallies = await home.locator('.cx-entry-point .cx-tally').allTextContents()
    expect(tallies).toContain(`${composites.length} illustrative composites`)
    expect(tallies).toContain(`${storiesOf(publicCorpus).filter((s) => s.composite).length} illustrative composites`)
    await home.context().close()
    const topics = await open('/topics')
    const text = await topics.locator('main').textContent()
    const first = topicsOf(publicCorpus)[0]!
    const count = first.sides.reduce((n, side) => n + side.composites, 0)
    expect(count).toBeGreaterThan(0)
    expect(text).toContain(`(${count} illustrative composites)`)
    await topics.context().close()
  })
})

describe('print', () => {
  const printed = async (url: string, site: Served) => {
    const page = await open(url, {dark: true, site})
    await page.emulateMedia({media: 'print', colorScheme: 'dark'})
    const pdf = await page.pdf({format: 'A4', printBackground: true})
    return {page, pages: await pdfPages(new Uint8Array(pdf))}
  }

  it('is light even in dark mode: the page, the summaries and the notices', async () => {
    const {page} = await printed('/success-stories', practitioners)
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark')
    const colours = await page.evaluate(() =>
      ['body', '.cx-story__summary', '.cx-composite-notice', '.cx-story h3 a', 'main p'].map((selector) => {
        const node = document.querySelector(selector)!
        const style = getComputedStyle(node)
        let back = 'rgb(255, 255, 255)'
        for (let at: Element | null = node; at; at = at.parentElement) {
          const colour = getComputedStyle(at).backgroundColor
          if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
            back = colour
            break
          }
        }
        return {selector, colour: style.color, back}
      }),
    )
    for (const {selector, colour, back} of colours) {
      expect(luminance(back), `${selector} background ${back}`).toBeGreaterThan(0.6)
      expect(luminance(colour), `${selector} text ${colour}`).toBeLessThan(0.2)
    }
    await page.context().close()
  })

  it('prints the same colours in dark mode as in light mode, none of the dark palette', async () => {
    const colours = async (dark: boolean) => {
      const page = await open('/success-stories', {dark, site: practitioners})
      await page.emulateMedia({media: 'print', colorScheme: dark ? 'dark' : 'light'})
      const pdf = new Uint8Array(await page.pdf({format: 'A4', printBackground: true}))
      await page.context().close()
      return pdfColours(pdf)
    }
    const [light, dark] = [await colours(false), await colours(true)]
    expect(light.size).toBeGreaterThan(2)
    expect([...dark.keys()].sort()).toEqual([...light.keys()].sort())
    // Infima's dark background and text, and the portal's dark surfaces, are never painted.
    for (const colour of ['#1b1b1d', '#242526', '#e3e3e3', '#23272f', '#b9c0cb', '#4a3510', '#ffe1a6']) expect(dark.has(colour), colour).toBe(false)
  })

  it("prints full addresses after links and the practitioner edition's notice on every page", async () => {
    const {page, pages} = await printed('/success-stories', practitioners)
    expect(pages.length).toBeGreaterThan(1)
    for (const [n, text] of pages.entries()) expect(text, `page ${n + 1}`).toContain(NOTICE)
    const all = pages.join('').replace(/\s+/g, '')
    const story = storiesOf(publicCorpus)[0]!
    expect(all).toContain(`<${SITE_URL}${story.permalink}>`)
    await page.context().close()
  })

  it('prints a long case review with its notice on every page in the practitioner edition, and none in the public one', async () => {
    const url = composites[0]!.permalink
    const restricted = await printed(url, practitioners)
    for (const [n, text] of restricted.pages.entries()) expect(text, `page ${n + 1}`).toContain(NOTICE)
    expect(restricted.pages.join('').replace(/\s+/g, '')).toContain(`<${SITE_URL}/practices/`)
    await restricted.page.context().close()
    const open = await printed(url, served)
    expect(open.pages.join('\n')).not.toContain(NOTICE)
    await open.page.context().close()
  })
})

describe('facets, phone layout, skip link, 404', () => {
  it('facets show counts sorted most first, hide empty values and leave out a facet that cannot narrow', async () => {
    const page = await open('/practices')
    const facets = await page.locator('.cx-facet').evaluateAll((nodes) =>
      nodes.map((node) => ({
        name: node.querySelector('input')?.getAttribute('name'),
        counts: [...node.querySelectorAll('.cx-facet__count')].map((c) => Number(c.textContent.replace(/\D/g, ''))),
      })),
    )
    const practices = practicesOf(publicCorpus)
    // Evidence levels differ across practices (the documented programmes): the facet narrows and is shown...
    expect(new Set(practices.map((p) => p.data.evidence.level)).size).toBeGreaterThan(1)
    expect(facets.map((f) => f.name)).toContain('evidence')
    // ...while no practice is due for review on the tests' date: that facet would narrow nothing and is left out.
    expect(facets.map((f) => f.name)).not.toContain('review')
    expect(facets.length).toBeGreaterThan(3)
    for (const facet of facets) {
      expect(
        facet.counts.every((c) => c > 0),
        facet.name!,
      ).toBe(true)
      expect(facet.counts, facet.name!).toEqual([...facet.counts].sort((a, b) => b - a))
    }
    // A card names a country only where the source gives one.
    const countries = await page.locator('.cx-card__country').allTextContents()
    expect(countries).not.toContain('Several countries')
    expect(countries).toContain('Netherlands')
    await page.context().close()
  })

  it('on a phone the first result is above the fold, the filters behind a "Filters (n)" button', async () => {
    const page = await open('/practices?phase=prison', {width: 390, height: 844})
    await expect.poll(() => page.locator('.cx-browse__status').getAttribute('data-state')).toBe('complete')
    const card = await page.locator('.cx-card').first().boundingBox()
    expect(card!.y).toBeLessThan(844 - 100)
    expect(await page.locator('#cx-filters').isVisible()).toBe(false)
    const toggle = page.locator('.cx-filters-toggle')
    expect(await toggle.textContent()).toBe('Filters (1)')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await page.screenshot({path: path.join(shots, 'phone-practices.png')})
    expect(await axeViolations(page)).toEqual([])
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator('#cx-filters').isVisible()).toBe(true)
    expect(await page.locator('input[name=phase][value=prison]').isChecked()).toBe(true)
    await page.screenshot({path: path.join(shots, 'phone-practices-filters.png'), fullPage: true})
    await page.context().close()
  })

  it('on a desktop the filters sit beside the results, with no toggle', async () => {
    const page = await open('/cases')
    expect(await page.locator('#cx-filters').isVisible()).toBe(true)
    expect(await page.locator('.cx-filters-toggle').isVisible()).toBe(false)
    const card = await page.locator('.cx-card').first().boundingBox()
    expect(card!.y).toBeLessThan(900)
    await page.screenshot({path: path.join(shots, 'desktop-cases.png')})
    await page.context().close()
  })

  for (const width of [390, 1280, 1600]) {
    it(`the skip link is visible at ${width} px and reaches the results in one tab`, async () => {
      const page = await open('/practices', {width})
      const skip = page.locator('.cx-skip-results')
      expect(await skip.isVisible()).toBe(true)
      // The first tab stops of the page: the skip link is among the first few, before any filter.
      const stops: string[] = []
      for (let n = 0; n < 12; n++) {
        await page.keyboard.press('Tab')
        stops.push(await page.evaluate(() => document.activeElement?.className ?? ''))
        if (stops.at(-1)!.includes('cx-skip-results')) break
      }
      expect(stops.at(-1)).toContain('cx-skip-results')
      await page.keyboard.press('Enter')
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cx-results-heading')
      await page.context().close()
    })
  }

  it('an unknown address shows the portal 404 with a search that leads to the search page', async () => {
    const page = await open('/no-such-page-here')
    expect(await page.locator('h1').textContent()).toBe('Page not found')
    await page.locator('#cx-not-found-q').fill('mentoring')
    await Promise.all([page.waitForURL(/\/search\?q=mentoring/), page.locator('.cx-not-found button[type=submit]').click()])
    await page.waitForSelector('.cx-search-hit')
    await page.context().close()
    for (const dark of [false, true]) {
      const again = await open('/no-such-page-here', {dark})
      expect(await axeViolations(again)).toEqual([])
      await again.context().close()
    }
  })
})

describe('thematic briefings', () => {
  const topics = topicsOf(publicCorpus)
  const cases = new Map(casesOf(publicCorpus).map((c) => [c.data.id!, c]))

  it('/briefings lists a briefing per topic, with its counts', async () => {
    const page = await open('/briefings')
    const listed = await page.locator('.cx-briefing-list li').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-briefing')))
    expect(listed).toEqual(topics.map((t) => t.slug))
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it("each topic's briefing lists every lesson of the topic's case reviews, linked back to its review, and prints on two A4 pages", async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}})
    const page = await context.newPage()
    for (const topic of topics) {
      await page.goto(`${served.url}/briefings/${topic.slug}`, {waitUntil: 'networkidle'})
      await page.waitForSelector('html[data-has-hydrated="true"]')
      const reviews = [...new Set(topic.sides.flatMap((side) => side.cases.map((c) => c.id)))].map((id) => cases.get(id)!)
      const expected = reviews.flatMap((c) => c.data.lessons.map((l) => `${c.data.id}|${l.kind}|${l.text}`)).sort()
      const shown = await page.locator('.cx-briefing__lesson').evaluateAll((nodes) =>
        nodes.map((node) => ({
          id: node.getAttribute('data-case-id'),
          kind: node.closest('[data-kind]')!.getAttribute('data-kind'),
          text: node.firstChild!.textContent!.trim(),
          href: node.querySelector('a')!.getAttribute('href'),
        })),
      )
      expect(shown.map((l) => `${l.id}|${l.kind}|${l.text}`).sort(), topic.slug).toEqual(expected)
      for (const lesson of shown) expect(lesson.href, topic.slug).toBe(cases.get(lesson.id!)!.permalink)
      const counts = page.locator('.cx-briefing__counts')
      expect(await counts.getAttribute('data-lessons'), topic.slug).toBe(String(expected.length))
      const composite = reviews.filter((c) => c.data.provenance === 'composite').length
      expect(await counts.getAttribute('data-composites'), topic.slug).toBe(String(composite))
      if (composite > 0) expect(await counts.textContent(), topic.slug).toMatch(/illustrative composites?: (its|their) lessons restate/)
      // Every practice of the topic is listed.
      const practices = await page.locator('.cx-briefing__practices li').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry-id')))
      expect(practices.sort(), topic.slug).toEqual([...new Set(topic.sides.flatMap((s) => s.practices.map((p) => p.id)))].sort())
      await page.emulateMedia({media: 'print'})
      const pages = await pdfPages(new Uint8Array(await page.pdf({format: 'A4', printBackground: true})))
      expect(pages.length, `${topic.slug} printed pages`).toBeLessThanOrEqual(2)
      await page.emulateMedia({media: 'screen'})
    }
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('the practices page links to the briefing of its filters, which holds the lessons of the related reviews', async () => {
    const page = await open('/practices?approach=ngo-cooperation')
    const link = page.locator('.cx-browse__briefing a')
    await expect.poll(() => link.getAttribute('href')).toBe('/briefings/selection?approach=ngo-cooperation')
    await Promise.all([page.waitForURL(/\/briefings\/selection\?approach=ngo-cooperation$/), link.click()])
    await page.waitForSelector('.cx-briefing__counts')
    const practices = practicesOf(publicCorpus).filter((p) => p.data.approaches.includes('ngo-cooperation'))
    const ids = new Set(practices.map((p) => p.data.id!))
    const related = casesOf(publicCorpus).filter((c) => c.data.relatedPractices.some((id) => ids.has(id)))
    expect(related.length).toBeGreaterThan(0)
    const shown = await page.locator('.cx-briefing__lesson').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-case-id')))
    expect(shown.length).toBe(related.reduce((n, c) => n + c.data.lessons.length, 0))
    expect(new Set(shown)).toEqual(new Set(related.map((c) => c.data.id)))
    expect(await page.locator('h1').textContent()).toContain('NGO')
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})

describe('the briefing of a filter', () => {
  it('is assembled after load from a fetched file: the HTML says it needs JavaScript, a failure is said and can be retried', async () => {
    const html = await (await fetch(`${served.url}/briefings/selection`)).text()
    expect(html).toContain('needs JavaScript')
    expect(html).not.toContain('cx-briefing__counts')
    const context = await browser.newContext()
    const page = await context.newPage()
    let blocked = true
    await page.route(/\/assets\/data\/briefing-selection\.[0-9a-f]{12}\.json$/, (route) => (blocked ? route.abort() : route.continue()))
    await page.goto(`${served.url}/briefings/selection?approach=ngo-cooperation`)
    await expect.poll(() => page.locator('main [role="alert"]').textContent()).toContain('could not be loaded')
    blocked = false
    await page.getByRole('button', {name: 'Try again'}).click()
    await page.waitForSelector('.cx-briefing__counts')
    const practices = practicesOf(publicCorpus).filter((p) => p.data.approaches.includes('ngo-cooperation'))
    const shown = await page.locator('.cx-briefing__practices [data-entry-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry-id')))
    expect(new Set(shown)).toEqual(new Set(practices.map((p) => p.data.id)))
    await context.close()
  })
})

describe('compare', () => {
  const concentration = () => practicesOf(publicCorpus).find((p) => p.slug === 'concentration-in-specialised-units')!
  const dispersion = () => practicesOf(publicCorpus).find((p) => p.slug === 'dispersion-among-general-population')!

  it('ticking two practices on /practices leads to a comparison whose URL round-trips', async () => {
    const page = await open('/practices')
    const [a, b] = [concentration(), dispersion()]
    for (const p of [a, b]) await page.locator(`.cx-card[data-entry-id="${p.data.id}"] .cx-card__compare input`).check()
    const link = page.locator('.cx-compare-bar a')
    expect(await link.getAttribute('href')).toBe(`/compare/practice?ids=${a.data.id},${b.data.id}`)
    await Promise.all([page.waitForURL(/\/compare\/practice\?ids=/), link.click()])
    await page.waitForSelector('.cx-compare__table')
    const url = new URL(page.url())
    const columns = async (p: Page) =>
      p.locator('.cx-compare__table thead th[data-entry-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-entry-id')))
    expect(await columns(page)).toEqual([a.data.id, b.data.id])
    // The same URL opened afresh shows the same comparison.
    const again = await open(`${url.pathname}${url.search}`)
    expect(await columns(again)).toEqual([a.data.id, b.data.id])
    const rows = await again.locator('.cx-compare__table tbody tr').evaluateAll((nodes) =>
      nodes.map((n) => ({
        row: n.getAttribute('data-row'),
        differs: n.classList.contains('cx-compare__row--differs'),
        flag: n.querySelector('.cx-compare__flag')?.textContent ?? null,
      })),
    )
    const byRow = new Map(rows.map((r) => [r.row, r]))
    // The two differ in their summaries and approaches; they share their organisation type.
    expect(byRow.get('summary')?.flag).toBe('Differs')
    expect(byRow.get('approaches')?.differs).toBe(true)
    expect(a.data.organisationType).toBe(b.data.organisationType)
    expect(byRow.get('organisation')?.differs).toBe(false)
    // Values held by one only are highlighted; shared ones are not.
    const marked = await again.locator('tr[data-row="approaches"] mark').allTextContents()
    expect(marked).toContain('Concentration')
    expect(marked).toContain('Dispersion')
    await again.locator('.cx-compare__only input').check()
    const differing = await again.locator('.cx-compare__table tbody tr').count()
    expect(differing).toBe(rows.filter((r) => r.differs).length)
    expect(await axeViolations(again)).toEqual([])
    for (const p of [page, again]) await p.context().close()
  })

  it('a third entry can be added, a fourth cannot, and unknown ids are named', async () => {
    const ids = practicesOf(publicCorpus)
      .slice(0, 4)
      .map((p) => p.data.id!)
    const page = await open(`/compare/practice?ids=${ids.join(',')},pr-zzzzzzzz`)
    expect(await page.locator('.cx-compare__table thead th[data-entry-id]').count()).toBe(3)
    const few = await open(`/compare/practice?ids=${ids[0]},pr-zzzzzzzz`)
    expect(await few.locator('.cx-compare__table').count()).toBe(0)
    expect(await few.locator('main').textContent()).toContain('Not in this edition: pr-zzzzzzzz')
    for (const p of [page, few]) await p.context().close()
  })

  it('fetches the rows once the URL names entries, says so when it cannot, tries again, and fetches no more while browsing', async () => {
    const [a, b] = [concentration(), dispersion()]
    const html = await (await fetch(`${served.url}/compare/practice`)).text()
    expect(html).toContain('<noscript><p>Comparing entries needs JavaScript.</p></noscript>')
    expect(html).not.toContain(a.data.title)
    const context = await browser.newContext()
    const page = await context.newPage()
    const fetched: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/assets/data/compare-')) fetched.push(new URL(request.url()).pathname)
    })
    let blocked = true
    await page.route(/\/assets\/data\/compare-practices\./, (route) => (blocked ? route.abort() : route.continue()))
    await page.goto(`${served.url}/compare/practice?ids=${a.data.id},${b.data.id}`)
    await expect.poll(() => page.locator('.cx-compare-page [role="alert"]').textContent()).toContain('could not be loaded')
    blocked = false
    await page.getByRole('button', {name: 'Try again'}).click()
    await page.waitForSelector('.cx-compare__table')
    const columns = () => page.locator('.cx-compare__table thead th[data-entry-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-entry-id')))
    expect(await columns()).toEqual([a.data.id, b.data.id])
    // Back to the list and to another comparison, within the page: the rows are not fetched again.
    await Promise.all([page.waitForURL(/\/practices$/), page.getByRole('link', {name: 'Back to the list of practices'}).click()])
    const [c, d] = practicesOf(publicCorpus).filter((p) => p !== a && p !== b)
    for (const p of [c!, d!]) await page.locator(`.cx-card[data-entry-id="${p.data.id}"] .cx-card__compare input`).check()
    await Promise.all([page.waitForURL(/\/compare\/practice\?ids=/), page.locator('.cx-compare-bar a').click()])
    await expect.poll(columns).toEqual([c!.data.id, d!.data.id])
    expect(fetched).toHaveLength(2)
    for (const file of fetched) expect(file).toMatch(/^\/assets\/data\/compare-practices\.[0-9a-f]{12}\.json$/)
    await context.close()
  })

  it('a topic page lets two of its practices be compared', async () => {
    const page = await open('/topics/concentration-vs-dispersion')
    const [a, b] = [concentration(), dispersion()]
    for (const p of [a, b]) await page.locator(`.cx-rows li[data-entry-id="${p.data.id}"] .cx-rows__compare input`).check()
    const link = page.locator('.cx-compare-bar a')
    await Promise.all([page.waitForURL(/\/compare\/practice\?ids=/), link.click()])
    await page.waitForSelector('.cx-compare__table')
    expect(new URL(page.url()).searchParams.get('ids')!.split(',').sort()).toEqual([a.data.id, b.data.id].sort())
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})
