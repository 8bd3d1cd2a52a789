/**
 * The open data export of an edition: `entries.json` (every entry with all its fields, sections as
 * Markdown and plain text, addresses and dates), `entries.ndjson` (the same records, one a line),
 * one CSV file per entry type (one row per entry, UTF-8 with a byte order mark) and a Frictionless
 * Data Package descriptor with a Table Schema per CSV file. It reads the corpus of the edition, so
 * nothing withheld from the edition can reach it. Used by the portal build and `continuum export`.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {stringify} from 'csv-stringify/sync'
import {parseMarkdown} from '../../validate/markdown.js'
import {normaliseTitle, sectionTexts} from '../../validate/mdast.js'
import {reviewDueOn, DEFAULT_REVIEW_MONTHS} from '../../model/review.js'
import {entryTypes, type EntryTypeDefinition} from '../../model/types/index.js'
import copy from '../editorial/open-data.en.json' with {type: 'json'}
import {entriesOf, idOf, type Corpus, type Published} from '../corpus.js'
import type {Histories} from '../history.js'
import {columnsOf, type Column} from './columns.js'
import {resolveLinks} from './links.js'

export {columnsOf, sectionColumn, type Column} from './columns.js'

export interface ExportOptions {
  /** Absolute address of the portal, base URL included, ending in `/`. */
  siteUrl: string
  /** Absolute page address of each entry of the edition by path (links between entries); built from the corpus when absent. */
  pages?: ReadonlyMap<string, string>
  /** Review interval in months (for `reviewDue`). */
  reviewMonths?: number
  /** Entry path → history from git, when known. */
  histories?: Histories
}

export interface SectionRecord {
  heading: string
  markdown: string
  text: string
}

/** One entry as the JSON export holds it. */
export type EntryRecord = Record<string, unknown> & {id: string; type: string; url: string; shortUrl: string; sections: SectionRecord[]}

export interface ExportFile {
  /** Name inside the data folder: `entries.json`, `practices.csv`. */
  name: string
  mediaType: string
  /** Bytes as written (CSV files start with a byte order mark). */
  bytes: Buffer
  /** Entry type of a CSV file. */
  type?: string
  /** Entries it holds. */
  rows: number
}

export type ExportFormat = 'json' | 'csv' | 'ndjson'
export const exportFormats: readonly ExportFormat[] = ['json', 'csv', 'ndjson']

const BOM = '\uFEFF'

/** The second-level sections of a body: heading, Markdown as written, plain text (parses the body: entries validated by a worker carry them already). */
export function sectionsOfBody(body: string): SectionRecord[] {
  return sectionTexts(parseMarkdown(body), body)
}

/** Absolute page address and short address of an entry. */
export function addressesOf(entry: Published, siteUrl: string): {url: string; shortUrl: string} {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  return {url: `${site}${entry.permalink.slice(1)}`, shortUrl: `${site}e/${encodeURIComponent(idOf(entry))}`}
}

/** The export record of one entry. */
export function recordOf(entry: Published, options: ExportOptions): EntryRecord {
  const {id: _id, type: _type, ...fields} = entry.data as unknown as Record<string, unknown>
  const history = options.histories?.get(entry.path)
  return {
    id: idOf(entry),
    type: entry.type.name,
    ...addressesOf(entry, options.siteUrl),
    ...fields,
    reviewDue: reviewDueOn(entry.data.lastReviewed, options.reviewMonths ?? DEFAULT_REVIEW_MONTHS),
    ...(history ? {firstPublished: history.firstPublished, lastChanged: history.lastChanged} : {}),
    // Links to other entries point at their pages; links to entries the edition leaves out become their words.
    sections: (entry.sections ?? sectionsOfBody(entry.body)).map((section) => ({
      ...section,
      markdown: resolveLinks(entry.path, section.markdown, {pages: options.pages ?? new Map()}),
    })),
  }
}

/** The value at a dotted path of a record. */
function valueAt(record: Record<string, unknown>, name: string): unknown {
  let value: unknown = record
  for (const key of name.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return value
}

/** The text of one CSV cell. */
export function cellOf(column: Column, record: EntryRecord): string {
  if (column.origin === 'section') {
    const wanted = normaliseTitle(column.heading!)
    return record.sections.find((section) => normaliseTitle(section.heading) === wanted)?.text ?? ''
  }
  const value = valueAt(record, column.name)
  if (value === undefined || value === null) return ''
  if (column.list && Array.isArray(value)) return value.map(String).join(';')
  if (column.type === 'array') return JSON.stringify(value)
  return String(value)
}

/** The CSV text of one entry type (without the byte order mark): a header row, then one row per entry. */
export function csvOf(type: EntryTypeDefinition, records: readonly EntryRecord[]): string {
  const columns = columnsOf(type)
  return stringify([columns.map((column) => column.name), ...records.map((record) => columns.map((column) => cellOf(column, record)))], {
    record_delimiter: 'windows',
  })
}

/** A Table Schema field of a column. */
function tableField(column: Column): Record<string, unknown> {
  const constraints: Record<string, unknown> = {}
  if (column.required) constraints.required = true
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  if (column.list) {
    // A `;`-joined list: every item one of the allowed values (or within the limits).
    const item = column.values
      ? `(?:${column.values.map((value) => escape(value.value)).join('|')})`
      : column.pattern
        ? column.pattern.replace(/^\^|\$$/g, '')
        : '[^;]+'
    constraints.pattern = `${item}(?:;${item})*`
  } else if (column.values) constraints.enum = column.values.map((value) => value.value)
  if (!column.list) {
    if (column.minimum !== undefined) constraints.minimum = column.minimum
    if (column.maximum !== undefined) constraints.maximum = column.maximum
    if (column.maxLength !== undefined) constraints.maxLength = column.maxLength
    if (column.pattern !== undefined) constraints.pattern = column.pattern.replace(/^\^|\$$/g, '')
  }
  return {
    name: column.name,
    type: column.type,
    ...(column.type === 'date' ? {format: 'default'} : {}),
    description: column.description,
    ...(column.list ? {'continuum:separator': ';'} : {}),
    ...(column.values ? {'continuum:labels': Object.fromEntries(column.values.map((value) => [value.value, value.label]))} : {}),
    ...(Object.keys(constraints).length > 0 ? {constraints} : {}),
  }
}

/** The Table Schema of a type's CSV file. */
export function tableSchemaOf(type: EntryTypeDefinition): Record<string, unknown> {
  return {fields: columnsOf(type).map(tableField), primaryKey: ['id'], missingValues: ['']}
}

export interface DataExport {
  edition: string
  records: EntryRecord[]
  files: ExportFile[]
}

/** The dataset's descriptive text (editorial data). */
export const datasetText = copy.dataset

const csvName = (type: EntryTypeDefinition) => `${type.folder}.csv`

/**
 * The open data files of a corpus. `formats` picks which (all by default); the Data Package
 * descriptor goes with the CSV files.
 */
export function exportCorpus(corpus: Corpus, options: ExportOptions, formats: readonly ExportFormat[] = exportFormats): DataExport {
  const pages = new Map(corpus.published.map((entry) => [entry.path, addressesOf(entry, options.siteUrl).url]))
  const byType = entryTypes().map((type) => ({type, records: entriesOf(corpus, type.name).map((entry) => recordOf(entry, {...options, pages}))}))
  const records = byType.flatMap(({records}) => records)
  const files: ExportFile[] = []
  if (formats.includes('json')) {
    const document = {
      name: copy.dataset.name,
      title: copy.dataset.title,
      edition: corpus.edition,
      licence: copy.dataset.licence,
      count: records.length,
      entries: records,
    }
    files.push({name: 'entries.json', mediaType: 'application/json', bytes: Buffer.from(`${JSON.stringify(document)}\n`), rows: records.length})
  }
  if (formats.includes('ndjson')) {
    files.push({
      name: 'entries.ndjson',
      mediaType: 'application/x-ndjson',
      bytes: Buffer.from(records.map((record) => `${JSON.stringify(record)}\n`).join('')),
      rows: records.length,
    })
  }
  if (formats.includes('csv')) {
    for (const {type, records: rows} of byType) {
      files.push({name: csvName(type), mediaType: 'text/csv', bytes: Buffer.from(BOM + csvOf(type, rows)), type: type.name, rows: rows.length})
    }
    files.push({
      name: 'datapackage.json',
      mediaType: 'application/json',
      bytes: Buffer.from(`${JSON.stringify(dataPackageOf(corpus.edition, options.siteUrl, files), null, 2)}\n`),
      rows: records.length,
    })
  }
  return {edition: corpus.edition, records, files}
}

/** The Frictionless Data Package descriptor of the export's files. */
export function dataPackageOf(edition: string, siteUrl: string, files: readonly ExportFile[]): Record<string, unknown> {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  const csv = files.filter((file) => file.type !== undefined)
  return {
    profile: 'tabular-data-package',
    name: `${copy.dataset.name}-${edition}`,
    title: copy.dataset.title,
    description: copy.dataset.description,
    homepage: `${site}data`,
    id: `${site}data/datapackage.json`,
    keywords: copy.dataset.keywords,
    licenses: [copy.dataset.licence],
    contributors: [{title: copy.dataset.publisher, role: 'publisher'}],
    resources: [
      ...csv.map((file) => {
        const type = entryTypes().find((known) => known.name === file.type)!
        return {
          name: type.folder,
          path: file.name,
          title: type.labels.plural,
          profile: 'tabular-data-resource',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8-sig',
          bytes: file.bytes.length,
          dialect: {delimiter: ',', quoteChar: '"', doubleQuote: true, header: true, lineTerminator: '\r\n'},
          schema: tableSchemaOf(type),
        }
      }),
      ...files
        .filter((file) => file.name === 'entries.json' || file.name === 'entries.ndjson')
        .map((file) => ({
          name: file.name.replace('.', '-'),
          path: file.name,
          format: file.name.split('.').pop(),
          mediatype: file.mediaType,
          bytes: file.bytes.length,
        })),
    ],
  }
}

/** Writes the export's files into a folder (created if missing). */
export async function writeExport(dir: string, data: DataExport): Promise<void> {
  await mkdir(dir, {recursive: true})
  for (const file of data.files) await writeFile(path.join(dir, file.name), file.bytes)
}
