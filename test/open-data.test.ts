/**
 * The open data export: the CSV files parse with a real CSV parser (papaparse) and conform to the
 * Table Schemas of the Data Package; counts equal the edition's entries; every field of the model
 * has a column and a description; contributors' text survives a round trip whatever characters it
 * holds; the public export holds nothing of a practitioners-only review; `continuum export` writes
 * the same files from a checkout.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import Papa from 'papaparse'
import {parse} from 'yaml'
import {afterAll, describe, expect, it} from 'vitest'
import {type Corpus, entriesOf, idOf, loadCorpus, type Published} from '../src/content/corpus.js'
import {columnsOf, datasetText, exportCorpus, sectionsOfBody} from '../src/content/open-data/export.js'
import {dataPageOf} from '../src/content/open-data/page.js'
import {entryTypes} from '../src/model/types/index.js'
import {casesOf, practicesOf} from './helpers/corpus.js'
import {contentWith, root} from './helpers/portal.js'
import {checkTable, type TableSchema} from './helpers/table-schema.js'

const run = promisify(execFile)
const SITE = 'https://data.example.org/portal/'
const CANARY = 'quetzalcanary'

const publicCorpus = await loadCorpus(root, 'public')
const practitionerCorpus = await loadCorpus(root, 'practitioners')

/** Parses a CSV file as a spreadsheet would: BOM first, then header and rows. */
function parseCsv(bytes: Buffer): {bom: boolean; header: string[]; rows: string[][]} {
  const text = bytes.toString('utf8')
  const bom = text.startsWith('\uFEFF')
  const parsed = Papa.parse<string[]>(bom ? text.slice(1) : text, {skipEmptyLines: true})
  expect(parsed.errors).toEqual([])
  const [header = [], ...rows] = parsed.data
  return {bom, header, rows}
}

const fileOf = (data: ReturnType<typeof exportCorpus>, name: string) => {
  const file = data.files.find((f) => f.name === name)
  if (!file) throw new Error(`no ${name} in the export`)
  return file
}

describe('the open data export of the public edition', () => {
  const data = exportCorpus(publicCorpus, {siteUrl: SITE})
  const pkg = JSON.parse(fileOf(data, 'datapackage.json').bytes.toString('utf8')) as {
    resources: Array<{name: string; path: string; schema?: TableSchema; encoding?: string; bytes: number}>
    licenses: Array<{name: string; path: string}>
    profile: string
  }

  it('writes entries.json, entries.ndjson, a CSV per entry type and the Data Package descriptor', () => {
    expect(data.files.map((f) => f.name).sort()).toEqual(['cases.csv', 'datapackage.json', 'entries.json', 'entries.ndjson', 'practices.csv'])
    expect(pkg.profile).toBe('tabular-data-package')
    expect(pkg.licenses[0]?.name).toBeTruthy()
    expect(pkg.licenses[0]?.path).toMatch(/^https:\/\//)
  })

  it.each(entryTypes().map((type) => [type.folder, type] as const))(
    '%s.csv parses, starts with a BOM, validates against its Table Schema and holds every entry',
    (folder, type) => {
      const file = fileOf(data, `${folder}.csv`)
      const {bom, header, rows} = parseCsv(file.bytes)
      expect(bom).toBe(true)
      const resource = pkg.resources.find((r) => r.path === `${folder}.csv`)!
      expect(resource.encoding).toBe('utf-8-sig')
      expect(resource.bytes).toBe(file.bytes.length)
      expect(checkTable(header, rows, resource.schema!)).toEqual([])
      const entries = entriesOf(publicCorpus, type.name)
      expect(rows).toHaveLength(entries.length)
      expect(rows.map((row) => row[header.indexOf('id')]).sort()).toEqual(entries.map(idOf).sort())
      // Every row's address is the entry's page under the site's address.
      for (const entry of entries) {
        const row = rows.find((r) => r[header.indexOf('id')] === idOf(entry))!
        expect(row[header.indexOf('url')]).toBe(`${SITE}${entry.permalink.slice(1)}`)
        expect(row[header.indexOf('shortUrl')]).toBe(`${SITE}e/${idOf(entry)}`)
        expect(row[header.indexOf('title')]).toBe(entry.data.title)
      }
    },
  )

  it('counts equal the edition in JSON and NDJSON', () => {
    const json = JSON.parse(fileOf(data, 'entries.json').bytes.toString('utf8')) as {count: number; edition: string; entries: Array<{id: string}>}
    expect(json.edition).toBe('public')
    expect(json.count).toBe(publicCorpus.published.length)
    expect(json.entries.map((e) => e.id).sort()).toEqual(publicCorpus.published.map(idOf).sort())
    const lines = fileOf(data, 'entries.ndjson').bytes.toString('utf8').trimEnd().split('\n')
    expect(lines.map((line) => (JSON.parse(line) as {id: string}).id)).toEqual(json.entries.map((e) => e.id))
  })

  it('gives every entry all its structured fields and its sections as Markdown and plain text', () => {
    const json = JSON.parse(fileOf(data, 'entries.json').bytes.toString('utf8')) as {entries: Array<Record<string, unknown>>}
    for (const entry of publicCorpus.published) {
      const record = json.entries.find((e) => e.id === idOf(entry))!
      const {id: _id, ...fields} = entry.data as unknown as Record<string, unknown>
      expect(record).toMatchObject(JSON.parse(JSON.stringify(fields)) as Record<string, unknown>)
      const sections = record.sections as Array<{heading: string; markdown: string; text: string}>
      expect(sections.map((s) => s.heading)).toEqual(entry.type.sections.map((s) => s.heading))
      for (const section of sections) {
        expect(section.text.length).toBeGreaterThan(0)
        // Links to other entries point at their pages on the site; the rest is the Markdown as written.
        expect(section.markdown).not.toMatch(/\]\((?!<?https?:)[^)]*\.md/)
        if (!section.markdown.includes(`](<${SITE}`)) expect(entry.body).toContain(section.markdown)
        // Plain text carries no Markdown link syntax.
        expect(section.text).not.toMatch(/\]\((?:\.\.\/|https?:)/)
      }
    }
  })

  it('takes the sections the validator parsed, equal to parsing the body again', () => {
    for (const entry of publicCorpus.published) {
      expect(entry.sections, entry.path).toBeDefined()
      expect(entry.sections).toEqual(sectionsOfBody(entry.body))
    }
  })

  it('has a column with a description for every field of the model, with labelled allowed values', () => {
    for (const type of entryTypes()) {
      const columns = columnsOf(type)
      const names = columns.map((c) => c.name)
      for (const key of Object.keys(type.object.shape)) {
        if (key === 'id') continue
        expect(
          names.some((name) => name === key || name.startsWith(`${key}.`)),
          `${type.name}.${key}`,
        ).toBe(true)
      }
      for (const column of columns) expect(column.description.length, column.name).toBeGreaterThan(10)
      const phases = columns.find((c) => c.name === 'phases')!
      expect(phases.list).toBe(true)
      expect(phases.values?.find((v) => v.value === 'pre-release')?.label).toBe('Pre-release')
    }
    const country = columnsOf(entryTypes().find((t) => t.name === 'case')!).find((c) => c.name === 'country')!
    expect(country.values?.find((v) => v.value === 'undisclosed')?.label).toBe('Undisclosed')
    expect(country.values?.find((v) => v.value === 'NL')?.label).toBe('Netherlands')
  })

  it('gives the /data page a dictionary of every column and a DCAT-AP record of every file', () => {
    const page = dataPageOf(data, SITE, '/portal/', '2026')
    expect(page.dictionary.map((t) => t.file)).toEqual(entryTypes().map((t) => `${t.folder}.csv`))
    const dcat = JSON.parse(page.jsonLd) as {'@type': string; 'dcat:distribution': Array<{'dcat:downloadURL': {'@id': string}}>; 'dct:license': {'@id': string}}
    expect(dcat['@type']).toBe('dcat:Dataset')
    expect(dcat['dcat:distribution'].map((d) => d['dcat:downloadURL']['@id']).sort()).toEqual(data.files.map((f) => `${SITE}data/${f.name}`).sort())
    expect(page.files.every((f) => f.path.startsWith('/portal/data/'))).toBe(true)
  })
})

describe('the public export holds no practitioners-only text', () => {
  let content: string
  afterAll(async () => {
    if (content) await rm(content, {recursive: true, force: true})
  })

  it('leaves out every practitioners-only review of the repository and a planted canary', async () => {
    const canary = (await readFile(path.join(root, 'cases/information-shared-without-consent-broke-trust.md'), 'utf8'))
      .replace(/^id: .*$/m, 'id: cr-quetzal1')
      .replace(/^title: .*$/m, `title: The ${CANARY} review`)
      .replace(/^## Context\n/m, `## Context\n\nThe ${CANARY} context.\n`)
    // A public practice links to it, marked: the public edition keeps the words and drops the link.
    const linking = (await readFile(path.join(root, 'practices/mentoring-by-formers.md'), 'utf8')).replace(
      /^## Aims\n/m,
      '## Aims\n\nSee [a related review](../cases/quetzal-canary.md "practitioners") and [the family practice](family-and-close-circle-counselling.md).\n',
    )
    content = await contentWith({'cases/quetzal-canary.md': canary, 'practices/mentoring-by-formers.md': linking})
    const publicOne = await loadCorpus(content, 'public')
    const practitioners = await loadCorpus(content, 'practitioners')
    const withheld = practitioners.published.filter((entry) => !publicOne.published.some((p) => p.path === entry.path))
    expect(withheld.length).toBeGreaterThanOrEqual(5)
    const all = exportCorpus(publicOne, {siteUrl: SITE})
    const text = all.files.map((f) => f.bytes.toString('utf8')).join('\n')
    expect(text).not.toContain(CANARY)
    expect(text).not.toContain('quetzal')
    const mentoring = all.records.find((record) => record.url.endsWith('/practices/mentoring-by-formers'))!
    const aims = mentoring.sections.find((section) => section.heading === 'Aims')!
    expect(aims.markdown).toContain(`See a related review and [the family practice](<${SITE}practices/family-and-close-circle-counselling>).`)
    expect(aims.text).toContain('See a related review and the family practice.')
    for (const entry of withheld) {
      expect(text).not.toContain(entry.data.title)
      expect(text).not.toContain(idOf(entry))
      expect(text).not.toContain(entry.slug)
    }
    // The practitioner edition's export holds them.
    const theirs = exportCorpus(practitioners, {siteUrl: SITE}, ['json']).files[0]!.bytes.toString('utf8')
    expect(theirs).toContain(CANARY)
    for (const entry of withheld) expect(theirs).toContain(idOf(entry))
    expect(theirs).toContain(`[a related review](<${SITE}cases/quetzal-canary>)`)
  })
})

/** Strings a CSV or JSON reader must give back unchanged. */
const hostile = [
  'Comma, "double quotes", \'single\' and a ; semicolon',
  'A line\nbreak and a CR\r\nLF and a tab\there',
  '=HYPERLINK("http://example.invalid") +1 -1 @SUM(A1)',
  'Ünïcödé — “typographic” quotes, emoji 🎉, right-to-left עברית',
  '<script>alert(1)</script> &amp; ]]>',
]

describe('contributors’ text survives the export exactly', () => {
  let n = 0
  const next = () => hostile[n++ % hostile.length]!
  const corpus: Corpus = {
    ...publicCorpus,
    published: [
      ...practicesOf(publicCorpus).map((p) => ({...p, data: {...p.data, title: next(), summary: next()}})),
      ...casesOf(publicCorpus).map((c) => ({...c, data: {...c.data, title: next(), lessons: [next(), next()]}})),
    ] as Published[],
  }
  const data = exportCorpus(corpus, {siteUrl: SITE})

  it('in CSV (parsed by papaparse) and in JSON', () => {
    for (const type of entryTypes()) {
      const {header, rows} = parseCsv(fileOf(data, `${type.folder}.csv`).bytes)
      for (const entry of entriesOf(corpus, type.name)) {
        const row = rows.find((r) => r[header.indexOf('id')] === idOf(entry))!
        expect(row[header.indexOf('title')]).toBe(entry.data.title)
        const lessons = (entry.data as unknown as {lessons?: string[]}).lessons
        if (lessons) expect(JSON.parse(row[header.indexOf('lessons')]!)).toEqual(lessons)
      }
    }
    const json = JSON.parse(fileOf(data, 'entries.json').bytes.toString('utf8')) as {entries: Array<{id: string; title: string}>}
    for (const entry of corpus.published) expect(json.entries.find((e) => e.id === idOf(entry))?.title).toBe(entry.data.title)
  })

  it('splits a body into sections without being fooled by a heading inside a code block', () => {
    const sections = sectionsOfBody('## One\n\nText with a [link](https://example.org).\n\n```\n## not a heading\n```\n\n## Two\n\n- a\n- b\n')
    expect(sections.map((s) => s.heading)).toEqual(['One', 'Two'])
    expect(sections[0]!.markdown).toContain('## not a heading')
    expect(sections[0]!.text).toContain('Text with a link.')
    expect(sections[1]!.text).toBe('- a\n- b')
  })
})

describe('continuum export', () => {
  let out: string
  afterAll(async () => {
    if (out) await rm(out, {recursive: true, force: true})
  })

  it('writes the same files from the checkout, and one format to standard output', async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'continuum-export-'))
    const cli = path.join(root, 'cli/bin/run.js')
    const env = {...process.env, PORTAL_URL: 'https://data.example.org', PORTAL_BASE_URL: '/portal/', NO_COLOR: '1'}
    const written = await run(process.execPath, [cli, 'export', '--out', out], {cwd: root, env})
    expect(written.stdout).toContain(`${publicCorpus.published.length} entries of the public edition exported.`)
    expect((await readdir(out)).sort()).toEqual(['cases.csv', 'datapackage.json', 'entries.json', 'entries.ndjson', 'practices.csv'])
    const library = exportCorpus(publicCorpus, {siteUrl: SITE})
    for (const name of ['practices.csv', 'cases.csv']) {
      const theirs = parseCsv(await readFile(path.join(out, name)))
      const ours = parseCsv(fileOf(library, name).bytes)
      // Dates of first publication and last change come from git in the checkout: compare the rest.
      const keep = (table: typeof ours) => table.rows.map((row) => row.filter((_, i) => !['firstPublished', 'lastChanged'].includes(table.header[i]!)))
      expect(keep(theirs)).toEqual(keep(ours))
    }
    const ndjson = await run(process.execPath, [cli, 'export', '--format', 'ndjson', '--out', '-'], {cwd: root, env})
    expect(ndjson.stdout.trimEnd().split('\n')).toHaveLength(publicCorpus.published.length)
    const practitioners = await run(process.execPath, [cli, 'export', '--format', 'json', '--edition', 'practitioners', '--out', '-'], {cwd: root, env})
    expect((JSON.parse(practitioners.stdout) as {count: number}).count).toBe(practitionerCorpus.published.length)
    await expect(run(process.execPath, [cli, 'export', '--format', 'csv', '--out', '-'], {cwd: root, env})).rejects.toMatchObject({code: 2})
  }, 120_000)
})

describe('CITATION.cff', () => {
  it('is valid Citation File Format 1.2 for the dataset, with the title and licence the export carries', async () => {
    const cff = parse(await readFile(path.join(root, 'CITATION.cff'), 'utf8')) as Record<string, unknown>
    expect(cff['cff-version']).toBe('1.2.0')
    expect(cff.type).toBe('dataset')
    expect(typeof cff.message).toBe('string')
    expect(cff.authors).toEqual([{name: datasetText.publisher}])
    expect(cff.title).toBe(datasetText.title)
    expect(cff.license).toBe(datasetText.licence.name)
    expect(cff.keywords).toEqual(datasetText.keywords)
  })
})
