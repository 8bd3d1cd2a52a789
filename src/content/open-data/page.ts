/**
 * What the `/data` page shows: the files of the export with their sizes, the data dictionary
 * generated from the model's columns, a DCAT-AP record (JSON-LD) for open-data portals to harvest,
 * and how to cite the dataset.
 */
import {entryTypes} from '../../model/types/index.js'
import copy from '../editorial/open-data.en.json' with {type: 'json'}
import type {Labelled} from '../../model/types/index.js'
import {columnsOf} from './columns.js'
import type {DataExport} from './export.js'

export interface DictionaryColumn {
  name: string
  type: string
  list: boolean
  required: boolean
  description: string
  values: Labelled[]
  limits: string
}

export interface DataPageView {
  text: typeof copy.page
  dataset: {title: string; description: string; licence: {name: string; title: string; path: string}; attribution: string; publisher: string}
  citation: string
  files: Array<{name: string; path: string; mediaType: string; rows: number; bytes: number}>
  dictionary: Array<{type: string; title: string; file: string; columns: DictionaryColumn[]}>
  /** The DCAT-AP record, as JSON text for a `<script type="application/ld+json">`. */
  jsonLd: string
}

/** The latest date the export knows of (last change or last review), for `dct:modified`. */
function modifiedOf(data: DataExport): string | undefined {
  let latest: string | undefined
  for (const record of data.records) {
    for (const key of ['lastChanged', 'lastReviewed']) {
      const value = record[key]
      if (typeof value === 'string' && (!latest || value > latest)) latest = value
    }
  }
  return latest
}

const ianaMedia = (mediaType: string) => `https://www.iana.org/assignments/media-types/${mediaType}`
const euFormat = (name: string) =>
  `http://publications.europa.eu/resource/authority/file-type/${name.endsWith('.csv') ? 'CSV' : name.endsWith('.ndjson') ? 'JSON' : 'JSON'}`

/** The DCAT-AP dataset record of the export. */
export function dcatOf(data: DataExport, siteUrl: string): Record<string, unknown> {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  const modified = modifiedOf(data)
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${site}data`,
    '@type': 'dcat:Dataset',
    'dct:identifier': `${site}data/datapackage.json`,
    'dct:title': copy.dataset.title,
    'dct:description': copy.dataset.description,
    'dcat:keyword': copy.dataset.keywords,
    'dcat:theme': {'@id': copy.dataset.theme},
    'dct:language': {'@id': 'http://publications.europa.eu/resource/authority/language/ENG'},
    'dct:publisher': {'@type': 'foaf:Agent', 'foaf:name': copy.dataset.publisher},
    'dct:license': {'@id': copy.dataset.licence.path},
    'dcat:landingPage': {'@id': `${site}data`},
    ...(modified ? {'dct:modified': {'@type': 'xsd:date', '@value': modified}} : {}),
    'dcat:distribution': data.files.map((file) => ({
      '@type': 'dcat:Distribution',
      'dct:title': file.name,
      'dcat:accessURL': {'@id': `${site}data`},
      'dcat:downloadURL': {'@id': `${site}data/${file.name}`},
      'dcat:mediaType': {'@id': ianaMedia(file.mediaType)},
      'dct:format': {'@id': euFormat(file.name)},
      'dcat:byteSize': {'@type': 'xsd:nonNegativeInteger', '@value': String(file.bytes.length)},
      'dct:license': {'@id': copy.dataset.licence.path},
    })),
  }
}

const limitsOf = (column: {minimum?: number; maximum?: number; maxLength?: number; pattern?: string}) =>
  [
    column.minimum !== undefined && column.maximum !== undefined ? `${column.minimum}–${column.maximum}` : '',
    column.maxLength !== undefined ? `≤ ${column.maxLength} characters` : '',
  ]
    .filter(Boolean)
    .join(', ')

/** The `/data` page of an export. `base` is the site's base URL (`/`), `siteUrl` its absolute address. */
export function dataPageOf(data: DataExport, siteUrl: string, base: string, year: string): DataPageView {
  return {
    text: copy.page,
    dataset: {
      title: copy.dataset.title,
      description: copy.dataset.description,
      licence: copy.dataset.licence,
      attribution: copy.dataset.attribution,
      publisher: copy.dataset.publisher,
    },
    citation: `${copy.dataset.publisher}. (${year}). ${copy.dataset.title} [Data set]. ${siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`}data`,
    files: data.files.map((file) => ({
      name: file.name,
      path: `${base}data/${file.name}`,
      mediaType: file.mediaType,
      rows: file.rows,
      bytes: file.bytes.length,
    })),
    dictionary: entryTypes().map((type) => ({
      type: type.name,
      title: type.labels.plural,
      file: `${type.folder}.csv`,
      columns: columnsOf(type).map((column) => ({
        name: column.name,
        type: column.type,
        list: column.list,
        required: column.required,
        description: column.description,
        values: column.values ?? [],
        limits: limitsOf(column),
      })),
    })),
    // `<` escaped so that no text can close the script element.
    jsonLd: JSON.stringify(dcatOf(data, siteUrl)).replace(/</g, '\\u003c'),
  }
}
