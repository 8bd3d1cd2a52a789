/**
 * How to cite an entry: a formatted reference (APA style), BibTeX, CSL-JSON and the Highwire Press
 * `citation_*` meta tags reference managers read (Zotero, Mendeley). The author is the
 * contributing organisation as the model knows it: the portal's contributors (the model names no
 * organisation, only its type). Citations point at the entry's permanent short address `/e/<id>`,
 * which survives a change of title.
 */
import copy from './editorial/open-data.en.json' with {type: 'json'}
import {idOf, type Published} from './corpus.js'

/** The site's name in references (the container of every entry). */
export const SITE_NAME = 'Continuum'

export interface Citation {
  id: string
  /** Key of the BibTeX record: `continuum-pr-1a2b3c4d`. */
  key: string
  author: string
  title: string
  /** The entry's date for citation: its last review (YYYY-MM-DD). */
  date: string
  /** Permanent absolute address `/e/<id>`. */
  url: string
  /** "Practice", "Case review". */
  genre: string
  apa: string
  bibtex: string
  csl: Record<string, unknown>
  /** Highwire Press and Dublin Core meta tags, in order. */
  meta: Array<{name: string; content: string}>
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * Text as a BibTeX field value: the characters TeX treats as commands or groups escaped, control
 * characters dropped, line breaks as spaces. Every brace in the result is balanced.
 */
export function bibtexEscape(text: string): string {
  const map: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '%': '\\%',
    $: '\\$',
    '&': '\\&',
    '#': '\\#',
    _: '\\_',
    '^': '\\textasciicircum{}',
    '~': '\\textasciitilde{}',
  }
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%$&#_^~]/g, (c) => map[c]!)
}

/** The citation of an entry published at `siteUrl` (absolute, ending in `/`). */
export function citationOf(entry: Published, siteUrl: string): Citation {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  const id = idOf(entry)
  const url = `${site}e/${encodeURIComponent(id)}`
  const author = copy.dataset.publisher
  const title = entry.data.title
  const date = entry.data.lastReviewed
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const genre = entry.type.labels.singular
  // APA 7, a page on a website with a group author: Author. (Year, Month Day). Title [Description]. Site. URL
  const apa = `${author}. (${year}, ${MONTHS[month - 1]} ${day}). ${title} [${genre} ${id}]. ${SITE_NAME}. ${url}`
  const key = `continuum-${id}`.replace(/[^A-Za-z0-9_:-]/g, '-')
  const bibtex = [
    `@misc{${key},`,
    // Double braces: a group author, never split into first and last names.
    `  author       = {{${bibtexEscape(author)}}},`,
    `  title        = {{${bibtexEscape(title)}}},`,
    `  howpublished = {${bibtexEscape(`${SITE_NAME}, ${genre.toLowerCase()} ${id}`)}},`,
    `  year         = {${year}},`,
    `  month        = ${BIBTEX_MONTHS[month - 1]},`,
    `  date         = {${date}},`,
    `  url          = {${url}},`,
    `  note         = {${bibtexEscape(`Last reviewed ${date}`)}},`,
    '}',
    '',
  ].join('\n')
  const csl = {
    id,
    type: 'webpage',
    title,
    author: [{literal: author}],
    issued: {'date-parts': [[year, month, day]]},
    'container-title': SITE_NAME,
    genre,
    number: id,
    URL: url,
    language: entry.data.language,
    publisher: author,
  }
  const meta = [
    {name: 'citation_title', content: title},
    {name: 'citation_author', content: author},
    {name: 'citation_publication_date', content: date.replaceAll('-', '/')},
    {name: 'citation_date', content: date.replaceAll('-', '/')},
    {name: 'citation_publisher', content: author},
    {name: 'citation_language', content: entry.data.language},
    {name: 'citation_public_url', content: url},
    {name: 'citation_abstract_html_url', content: `${site}${entry.permalink.slice(1)}`},
    {name: 'DC.title', content: title},
    {name: 'DC.creator', content: author},
    {name: 'DC.date', content: date},
    {name: 'DC.identifier', content: url},
    {name: 'DC.type', content: 'Text'},
  ]
  return {id, key, author, title, date, url, genre, apa, bibtex, csl, meta}
}

/** Path (without base URL) of an entry's citation file: `cite/<id>.bib` or `cite/<id>.json`. */
export const citationPath = (id: string, extension: 'bib' | 'json') => `cite/${encodeURIComponent(id)}.${extension}`
