/**
 * `npm run bench:relevance`: does search find what practitioners type (issue 13)? Our engine
 * (bench/relevance/ours.ts, the only file that knows it) against Pagefind over the same built
 * portal, side by side in one run: recall@5 and MRR per category of the hand-judged queries of
 * bench/relevance/queries.json, how often an off-topic query returns nothing, and the bytes a
 * browser downloads for its first query. See bench/relevance/README.md.
 *
 *   npx tsx bench/relevance.ts                                  the repository's entries (launch corpus)
 *   npx tsx bench/relevance.ts --corpus generated --size 2000   generated entries: bytes per first query only
 *   options: --edition public|practitioners (default public) · --out FILE (also write the report there)
 *            --bytes-queries N (launch: how many of the queries measure bytes, default 20)
 */
import {existsSync} from 'node:fs'
import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {gzipSync} from 'node:zlib'
import matter from 'gray-matter'
import * as pagefind from 'pagefind'
import {type Browser, chromium, type Page} from 'playwright-core'
import handler from 'serve-handler'
import {generate} from './generate.js'
import {kb, log, median, sample} from './measure.js'
import {ourSearcher, type Searcher, type ServedSite} from './relevance/ours.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const {values: flags} = parseArgs({
  options: {
    corpus: {type: 'string', default: 'launch'},
    size: {type: 'string', default: '2000'},
    edition: {type: 'string', default: 'public'},
    out: {type: 'string'},
    queries: {type: 'string', default: path.join(root, 'bench/relevance/queries.json')},
    'bytes-queries': {type: 'string', default: '20'},
  },
})
if (flags.corpus !== 'launch' && flags.corpus !== 'generated') throw new Error(`--corpus: launch or generated, not ${flags.corpus}`)
if (flags.edition !== 'public' && flags.edition !== 'practitioners') throw new Error(`--edition: public or practitioners, not ${flags.edition}`)
const edition = flags.edition
const size = Number(flags.size)
if (flags.corpus === 'generated' && !(size > 0 && size % 2 === 0)) throw new Error(`--size: an even number of entries, not ${flags.size}`)
const bytesQueries = Math.max(1, Number(flags['bytes-queries']) || 20)

const categories = ['phrase', 'question', 'variant', 'typo', 'country', 'multi', 'nomatch'] as const
type Category = (typeof categories)[number]
interface Query {
  q: string
  category: Category
  relevant: string[]
  note?: string
}

/** An entry as the harness knows it: from its front matter and file name, never from an engine. */
interface Entry {
  id: string
  /** Page address: `/practices/<file-slug>`. */
  url: string
  title: string
  body: string
}

/** Every entry file under a content root (the folders the portal publishes). */
async function entriesUnder(content: string): Promise<Entry[]> {
  const entries: Entry[] = []
  for (const folder of ['practices', 'cases']) {
    const dir = path.join(content, folder)
    if (!existsSync(dir)) continue
    for (const name of (await readdir(dir)).sort()) {
      if (!name.endsWith('.md') || name.startsWith('_') || name === 'README.md') continue
      const slug = name.slice(0, -3)
      const {data, content: body} = matter(await readFile(path.join(dir, name), 'utf8'))
      const front = data as {id?: string; title?: string}
      entries.push({id: front.id ?? slug, url: `/${folder}/${slug}`, title: front.title ?? slug, body})
    }
  }
  return entries
}

/** Gzip size of a served file (level 9), or its size when it is gzip already (Pagefind's index files). */
const gzipBytes = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body, {level: 9}).length)

/** What a server sent: each response's path and body. */
interface Sent {
  path: string
  body: Buffer
}

/**
 * A static server of a build on 127.0.0.1, as the portal is served (clean URLs). It records what
 * it sends: byte counts are taken here rather than in the browser, where requests made by a web
 * worker (Pagefind searches in one) are not reported to the page.
 */
async function serve(dir: string): Promise<ServedSite & {sent: Sent[]; close(): Promise<void>}> {
  const sent: Sent[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
    }
    const write = response.write.bind(response) as (...args: unknown[]) => boolean
    const end = response.end.bind(response) as (...args: unknown[]) => http.ServerResponse
    Object.assign(response, {
      write: (...args: unknown[]) => (keep(args[0]), write(...args)),
      end: (...args: unknown[]) => (keep(args[0]), end(...args)),
    })
    response.on('finish', () => sent.push({path: new URL(request.url ?? '/', 'http://x').pathname, body: Buffer.concat(chunks)}))
    void handler(request, response, {public: dir, cleanUrls: true, trailingSlash: false})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    dir,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Builds the portal from a content root into `out`. */
async function buildPortal(content: string, out: string) {
  const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs')
  const started = performance.now()
  const built = await sample(process.execPath, [docusaurus, 'build', '--out-dir', out], {
    env: {CONTINUUM_CONTENT: content, PORTAL_EDITION: edition},
    capture: true,
  })
  if (built.code !== 0) throw new Error(`the portal did not build (exit ${built.code}); is the portal library built (npm run build)?\n${built.stderr ?? ''}`)
  log(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`)
}

/**
 * The build as a site using Pagefind would ship it: each entry page's article (title, header,
 * body) marked `data-pagefind-body`, so that only entry content is indexed (navigation, footers
 * and listing pages are not), then Pagefind run over the copy.
 */
async function withPagefind(site: string, published: Entry[], dir: string): Promise<void> {
  await cp(site, dir, {recursive: true})
  for (const entry of published) {
    const file = path.join(dir, `${entry.url.slice(1)}.html`)
    const html = await readFile(file, 'utf8')
    const articles = html.match(/<article[\s>]/g)?.length ?? 0
    if (articles !== 1) throw new Error(`${entry.url}: expected one <article> in the built page, found ${articles}`)
    await writeFile(file, html.replace(/<article(?=[\s>])/, '<article data-pagefind-body'))
  }
  const created = await pagefind.createIndex({})
  if (!created.index) throw new Error(`Pagefind: ${created.errors.join('; ')}`)
  const added = await created.index.addDirectory({path: dir})
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
  const written = await created.index.writeFiles({outputPath: path.join(dir, 'pagefind')})
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  await pagefind.close()
  // It reads every page and indexes those with a marked body.
  const entry = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {languages: Record<string, {page_count: number}>}
  const pages = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0)
  if (pages !== published.length) throw new Error(`Pagefind indexed ${pages} pages, expected the ${published.length} entry pages`)
}

/** Pagefind in a page of the served build: its top results' URLs and how many results it had. */
const pagefindScript = (q: string, top: number) => `(async () => {
  const pf = await import('/pagefind/pagefind.js')
  await pf.init()
  const r = await pf.search(${JSON.stringify(q)})
  const data = await Promise.all(r.results.slice(0, ${top}).map((x) => x.data()))
  return {urls: data.map((d) => d.url), total: r.results.length}
})()`

async function pagefindSearch(page: Page, q: string): Promise<{urls: string[]; total: number}> {
  return await page.evaluate<{urls: string[]; total: number}>(pagefindScript(q, 10))
}

interface Download {
  bytes: number
  files: number
  /** What was sent, for the log. */
  paths: string[]
}
type Served = Awaited<ReturnType<typeof serve>>

/** Gzip bytes the server sends while `act` runs (until the network is idle), of the paths `keep` accepts. */
async function downloads(page: Page, site: Served, keep: (path: string, body: Buffer) => boolean, act: () => Promise<unknown>): Promise<Download> {
  const from = site.sent.length
  await act()
  await page.waitForLoadState('networkidle')
  const sent = site.sent.slice(from).filter((s) => keep(s.path, s.body))
  const sizes = sent.map((s) => gzipBytes(s.body))
  return {bytes: sizes.reduce((n, b) => n + b, 0), files: sizes.length, paths: sent.map((s) => s.path)}
}

/** Pagefind's first query on a fresh page (fresh context: nothing cached): init, search, data() of the top 5. */
async function pagefindBytes(browser: Browser, site: Served, q: string): Promise<Download> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${site.url}/`, {waitUntil: 'networkidle'})
    return await downloads(
      page,
      site,
      (path) => path.startsWith('/pagefind/'),
      () => page.evaluate(pagefindScript(q, 5)),
    )
  } finally {
    await context.close()
  }
}

/**
 * The portal's first query on a fresh page: the home page loaded and hydrated, then the query put
 * into the navbar search box at once (as pasted; Pagefind is likewise asked once); the search's files
 * sent from the focus until the box shows its answer and the network is idle (the engine's code and
 * the index files the query reads). Typed letter by letter, each prefix is a query of its own.
 */
async function searchBoxBytes(browser: Browser, site: Served, q: string): Promise<Download> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${site.url}/`, {waitUntil: 'networkidle'})
    await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 30_000})
    const box = page.locator('[role=search] input').first()
    return await downloads(
      page,
      site,
      // The search's own files: the engine's code (the chunk that knows the index format) and the
      // index files. Route chunks the page prefetches meanwhile (links coming into view) are not search.
      (file, body) => file.startsWith('/assets/search/') || (file.endsWith('.js') && body.includes('continuum-search/')),
      async () => {
        await box.click()
        await box.fill(q)
        await page.waitForLoadState('networkidle')
        // The box's status line says it is searching until the engine has answered.
        await page.waitForFunction(`!(document.querySelector('[role=search] [role=status]')?.textContent ?? '').includes('Searching')`, undefined, {
          timeout: 30_000,
        })
      },
    )
  } finally {
    await context.close()
  }
}

/** The Chromium to drive: CHROMIUM_PATH, or the first Chromium or Chrome on the PATH. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean))
    for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'])
      if (existsSync(path.join(dir, name))) return path.join(dir, name)
  throw new Error('No Chromium found: install one, or set CHROMIUM_PATH to its executable.')
}

// Metrics -------------------------------------------------------------------------------------

interface Ranked {
  /** Entry ids, best first (at most 10); an unmapped Pagefind URL shows as itself. */
  ids: string[]
  /** Results in all (Pagefind reports more than it returns; ours returns at most 10). */
  total: number
}
interface Judged extends Query {
  ours: Ranked
  theirs: Ranked
}

type Metric = (ids: string[], relevant: string[]) => number
const hitAt5: Metric = (ids: string[], relevant: string[]) => (ids.slice(0, 5).some((id) => relevant.includes(id)) ? 1 : 0)
const foundAt5: Metric = (ids: string[], relevant: string[]) => ids.slice(0, 5).filter((id) => relevant.includes(id)).length / relevant.length
const reciprocalRank: Metric = (ids: string[], relevant: string[]) => {
  const rank = ids.slice(0, 10).findIndex((id) => relevant.includes(id))
  return rank < 0 ? 0 : 1 / (rank + 1)
}
const mean = (values: number[]) => (values.length ? values.reduce((n, v) => n + v, 0) / values.length : 0)
const pct = (value: number) => `${Math.round(value * 100)} %`
const fixed = (value: number) => value.toFixed(2)

function relevanceTable(judged: Judged[], oursName: string): string {
  const row = (label: string, set: Judged[]) => {
    const o = (f: Metric) => mean(set.map((j) => f(j.ours.ids, j.relevant)))
    const t = (f: Metric) => mean(set.map((j) => f(j.theirs.ids, j.relevant)))
    return `| ${label} | ${set.length} | ${pct(o(hitAt5))} | ${pct(t(hitAt5))} | ${pct(o(foundAt5))} | ${pct(t(foundAt5))} | ${fixed(o(reciprocalRank))} | ${fixed(t(reciprocalRank))} |`
  }
  const withRelevant = judged.filter((j) => j.category !== 'nomatch')
  const nomatch = judged.filter((j) => j.category === 'nomatch')
  return [
    `| category | queries | recall@5, ours | recall@5, Pagefind | relevant found@5, ours | relevant found@5, Pagefind | MRR, ours | MRR, Pagefind |`,
    '|---|---|---|---|---|---|---|---|',
    ...categories
      .filter((c) => c !== 'nomatch')
      .map((c) =>
        row(
          c,
          withRelevant.filter((j) => j.category === c),
        ),
      ),
    row('**overall** (nomatch excluded)', withRelevant),
    '',
    `| off-topic queries (nomatch) | queries | return nothing, ours | return nothing, Pagefind | results (median), ours | results (median), Pagefind |`,
    '|---|---|---|---|---|---|',
    `| nomatch | ${nomatch.length} | ${pct(mean(nomatch.map((j) => (j.ours.total === 0 ? 1 : 0))))} | ${pct(mean(nomatch.map((j) => (j.theirs.total === 0 ? 1 : 0))))} | ${median(nomatch.map((j) => j.ours.total))} | ${median(nomatch.map((j) => j.theirs.total))} |`,
    '',
    `"Ours" is ${oursName}. recall@5: share of queries with a relevant entry in the top 5. Relevant found@5: share of a query's relevant entries in the top 5, averaged. MRR: mean of 1 / rank of the first relevant entry (0 when none in the top 10). Ours returns at most 10 results, so its "results" column is capped at 10.`,
  ].join('\n')
}

function differences(judged: Judged[]): string {
  const rank = (ids: string[], relevant: string[]) => ids.findIndex((id) => relevant.includes(id)) + 1
  const line = (j: Judged, ranked: Ranked) =>
    `- "${j.q}" (${j.category}): rank ${rank(ranked.ids, j.relevant)}, ${ranked.ids[rank(ranked.ids, j.relevant) - 1]}`
  const scored = judged.filter((j) => j.category !== 'nomatch')
  const theirsOnly = scored.filter((j) => hitAt5(j.theirs.ids, j.relevant) && !hitAt5(j.ours.ids, j.relevant))
  const oursOnly = scored.filter((j) => hitAt5(j.ours.ids, j.relevant) && !hitAt5(j.theirs.ids, j.relevant))
  const neither = scored.filter((j) => !hitAt5(j.ours.ids, j.relevant) && !hitAt5(j.theirs.ids, j.relevant))
  return [
    `### Pagefind finds, ours misses (a relevant entry in Pagefind's top 5, none in ours): ${theirsOnly.length}`,
    '',
    ...(theirsOnly.length ? theirsOnly.map((j) => line(j, j.theirs)) : ['none']),
    '',
    `### Ours finds, Pagefind misses: ${oursOnly.length}`,
    '',
    ...(oursOnly.length ? oursOnly.map((j) => line(j, j.ours)) : ['none']),
    '',
    `### Neither finds: ${neither.length}`,
    '',
    neither.length ? neither.map((j) => `"${j.q}" (${j.category})`).join(' · ') : 'none',
  ].join('\n')
}

function perQuery(judged: Judged[]): string {
  const show = (ids: string[], relevant: string[]) =>
    ids
      .slice(0, 3)
      .map((id) => (relevant.includes(id) ? `**${id}**` : id))
      .join(', ') || '—'
  const mark = (j: Judged, ranked: Ranked) =>
    j.category === 'nomatch' ? (ranked.total === 0 ? 'nothing' : `${ranked.total} results`) : hitAt5(ranked.ids, j.relevant) ? 'hit' : 'miss'
  return [
    '<details><summary>Every query: the top 3 of each engine (relevant entries in bold), hit or miss in the top 5</summary>',
    '',
    '| query | category | ours, top 3 | Pagefind, top 3 | ours | Pagefind |',
    '|---|---|---|---|---|---|',
    ...judged.map(
      (j) =>
        `| ${j.q.replaceAll('|', '\\|')} | ${j.category} | ${show(j.ours.ids, j.relevant)} | ${show(j.theirs.ids, j.relevant)} | ${mark(j, j.ours)} | ${mark(j, j.theirs)} |`,
    ),
    '',
    '</details>',
  ].join('\n')
}

function bytesTable(rows: Array<{engine: string; samples: Download[]}>, count: number): string {
  return [
    `| engine | median | max | min | files (median) | queries |`,
    '|---|---|---|---|---|---|',
    ...rows.map(({engine, samples}) => {
      const bytes = samples.map((s) => s.bytes)
      return `| ${engine} | ${kb(median(bytes))} | ${kb(Math.max(...bytes))} | ${kb(Math.min(...bytes))} | ${median(samples.map((s) => s.files))} | ${count} |`
    }),
  ].join('\n')
}

/** `count` queries spread evenly over a list (the same ones every run). */
const spread = <T>(items: readonly T[], count: number): T[] =>
  Array.from({length: Math.min(count, items.length)}, (_, i) => items[Math.floor((i * items.length) / Math.min(count, items.length))]!)

const STOP = new Set(
  'about after again also and any are because been before being between both but can could does each for from had has have her here his how into its more most not only other our over same she should some such than that the their them then there these they this those through under until very was were what when where which while who will with within without would your'.split(
    ' ',
  ),
)

/** Queries of 1–3 words from generated entries: one from the title, the rest from the body (seeded). */
function generatedQueries(entries: Entry[], count: number): string[] {
  let seed = 20_261_125
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const words = (text: string) => [
    ...new Set(
      text
        .replace(/<[^>]*>|\[[^\]]*\]\([^)]*\)/g, ' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 4 && !STOP.has(w)),
    ),
  ]
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]
  return spread(entries, count).map((entry, i) => {
    const fromBody = words(entry.body)
    const picked = [pick(words(entry.title)), ...Array.from({length: i % 3}, () => pick(fromBody))].filter((w): w is string => !!w)
    return [...new Set(picked)].join(' ')
  })
}

// Run ------------------------------------------------------------------------------------------

const work = await mkdtemp(path.join(os.tmpdir(), 'continuum-relevance-'))
const servers: Served[] = []
let browser: Browser | undefined
let report: string
try {
  const content = flags.corpus === 'launch' ? root : path.join(work, 'content')
  if (flags.corpus === 'generated') {
    log(`generating ${size} entries`)
    await generate({out: content, perType: size / 2, seed: 11})
  }
  const entries = await entriesUnder(content)
  const site = path.join(work, 'site')
  log(`building the portal (${edition} edition) from ${flags.corpus === 'launch' ? 'the repository' : `${size} generated entries`}`)
  await buildPortal(content, site)
  // An entry is in the edition when the build has its page.
  const published = entries.filter((entry) => existsSync(path.join(site, `${entry.url.slice(1)}.html`)))
  const idOfUrl = new Map(published.map((entry) => [entry.url, entry.id]))
  log(`indexing ${published.length} entry pages with Pagefind`)
  await withPagefind(site, published, path.join(work, 'pagefind-site'))
  const oursSite = await serve(site)
  const theirsSite = await serve(path.join(work, 'pagefind-site'))
  servers.push(oursSite, theirsSite)
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  log('loading our engine')
  const ours: Searcher = await ourSearcher(content, {edition})
  const pagefindVersion = (JSON.parse(await readFile(path.join(root, 'node_modules/pagefind/package.json'), 'utf8')) as {version: string}).version
  const oursBytes = (q: string) =>
    ours.bytes ? ours.bytes(q, oursSite).then((bytes) => ({bytes, files: 0, paths: []})) : searchBoxBytes(browser!, oursSite, q)
  const measureBytes = async (queries: string[]) => {
    const samples = {ours: [] as Download[], theirs: [] as Download[]}
    for (const [i, q] of queries.entries()) {
      samples.ours.push(await oursBytes(q))
      samples.theirs.push(await pagefindBytes(browser!, theirsSite, q))
      const [o, t] = [samples.ours.at(-1)!, samples.theirs.at(-1)!]
      log(`bytes ${i + 1}/${queries.length} "${q}": ours ${kb(o.bytes)} (${o.paths.join(' ')}), Pagefind ${kb(t.bytes)} (${t.paths.length} files)`)
    }
    return samples
  }
  const header = `Run on ${new Date().toISOString().slice(0, 10)} (${os.availableParallelism()} cores, Node ${process.version}, Chromium ${browser.version()}, Pagefind ${pagefindVersion}): the portal built from ${flags.corpus === 'launch' ? 'the repository' : `${size} generated entries (bench/generate.ts, seed 11)`}, ${edition} edition, ${published.length} of ${entries.length} entries published; Pagefind over the same build, entry pages only.`

  if (flags.corpus === 'launch') {
    const queries = JSON.parse(await readFile(flags.queries, 'utf8')) as Query[]
    const known = new Set(entries.map((entry) => entry.id))
    for (const query of queries) {
      if (!categories.includes(query.category)) throw new Error(`"${query.q}": unknown category ${query.category}`)
      for (const id of query.relevant) if (!known.has(id)) throw new Error(`"${query.q}": no entry has the id ${id}`)
      if (query.category === 'nomatch' && query.relevant.length) throw new Error(`"${query.q}": a nomatch query lists relevant entries`)
    }
    // Judgements count only the entries of the edition; a query whose relevant entries are all left out of it is not scored.
    const inEdition = new Set(published.map((entry) => entry.id))
    const scored = queries.map((query) => ({...query, relevant: query.relevant.filter((id) => inEdition.has(id))}))
    const skipped = scored.filter((query) => query.category !== 'nomatch' && query.relevant.length === 0)
    const page = await browser.newPage()
    await page.goto(`${theirsSite.url}/`, {waitUntil: 'networkidle'})
    const judged: Judged[] = []
    for (const query of scored) {
      if (skipped.includes(query)) continue
      const ids = await ours.search(query.q)
      const theirs = await pagefindSearch(page, query.q)
      judged.push({
        ...query,
        ours: {ids: ids.slice(0, 10), total: ids.length},
        theirs: {ids: theirs.urls.map((url) => idOfUrl.get(url.replace(/\.html$|\/$/, '')) ?? url), total: theirs.total},
      })
    }
    await page.close()
    log(`${judged.length} queries judged; measuring bytes per first query`)
    const sampled = spread(judged, bytesQueries).map((j) => j.q)
    const bytes = await measureBytes(sampled)
    const counts = categories.map((c) => `${judged.filter((j) => j.category === c).length} ${c}`).join(', ')
    report = [
      '# Relevance: our search against Pagefind (launch corpus)',
      '',
      header,
      `${judged.length} queries (${counts}) from bench/relevance/queries.json${skipped.length ? `; ${skipped.length} not scored in this edition, their relevant entries being left out of it: ${skipped.map((s) => `"${s.q}"`).join(', ')}` : ''}.`,
      '',
      '## Relevance',
      '',
      relevanceTable(judged, ours.name),
      '',
      '## Bytes per first query (gzip)',
      '',
      bytesTable(
        [
          {engine: `ours (${ours.bytes ? "the adapter's own measure" : 'typed into the navbar search box'})`, samples: bytes.ours},
          {engine: 'Pagefind (init, search, data() of the top 5)', samples: bytes.theirs},
        ],
        sampled.length,
      ),
      '',
      `A fresh browser context per query (nothing cached); each file counted at its gzip size (level 9), Pagefind's already-compressed index files as they are. ${sampled.length} queries spread over the set.`,
      '',
      '## Where the engines differ',
      '',
      differences(judged),
      '',
      perQuery(judged),
      '',
    ].join('\n')
  } else {
    const queries = generatedQueries(published, 20)
    log(`measuring bytes per first query (${queries.length} queries)`)
    const bytes = await measureBytes(queries)
    report = [
      `# Bytes per first query: our search against Pagefind (${size} generated entries)`,
      '',
      header,
      '',
      bytesTable(
        [
          {engine: `ours (${ours.bytes ? "the adapter's own measure" : 'typed into the navbar search box'})`, samples: bytes.ours},
          {engine: 'Pagefind (init, search, data() of the top 5)', samples: bytes.theirs},
        ],
        queries.length,
      ),
      '',
      `Queries of 1–3 words taken from the generated entries' titles and bodies (the same every run). A fresh browser context per query (nothing cached); each file counted at its gzip size (level 9), Pagefind's already-compressed index files as they are.`,
      '',
      '<details><summary>Every query</summary>',
      '',
      '| query | ours | Pagefind |',
      '|---|---|---|',
      ...queries.map(
        (q, i) => `| ${q} | ${kb(bytes.ours[i]!.bytes)} (${bytes.ours[i]!.files} files) | ${kb(bytes.theirs[i]!.bytes)} (${bytes.theirs[i]!.files} files) |`,
      ),
      '',
      '</details>',
      '',
    ].join('\n')
  }
} finally {
  await browser?.close()
  for (const server of servers) await server.close()
  await rm(work, {recursive: true, force: true})
}
console.log(report)
if (flags.out) {
  await writeFile(path.resolve(flags.out), report)
  log(`wrote ${path.relative(process.cwd(), path.resolve(flags.out))}`)
}
