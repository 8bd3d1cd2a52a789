/**
 * Permanent short addresses: `/e/<id>` for every entry of the edition, as small static HTML pages
 * that send the reader on to the entry's current page (a static host has no server redirects). The
 * id never changes, so the short address survives a change of title and file name.
 */
import {idOf, type Corpus} from './corpus.js'
import {citationOf, citationPath} from './citation.js'

const html = (text: string) => text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)

/** File path (inside the build, without base URL) → contents of every redirect and citation file. */
export function permalinkFiles(corpus: Corpus, siteUrl: string, base: string): Array<[string, string]> {
  const site = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  const files: Array<[string, string]> = []
  for (const entry of corpus.published) {
    const id = idOf(entry)
    const target = `${base}${entry.permalink.slice(1)}`
    const canonical = `${site}${entry.permalink.slice(1)}`
    // The target goes into a script as JSON, with `<` escaped so that nothing can close the element.
    const script = JSON.stringify(target).replace(/</g, '\\u003c')
    files.push([
      `e/${id}.html`,
      [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<title>${html(entry.data.title)}</title>`,
        `<link rel="canonical" href="${html(canonical)}">`,
        '<meta name="robots" content="noindex">',
        `<meta http-equiv="refresh" content="0; url=${html(target)}">`,
        `<script>location.replace(${script} + location.hash)</script>`,
        '</head>',
        '<body>',
        `<p>This entry is now at <a href="${html(target)}">${html(entry.data.title)}</a>.</p>`,
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    ])
    const citation = citationOf(entry, site)
    files.push([citationPath(id, 'bib'), citation.bibtex])
    files.push([citationPath(id, 'json'), `${JSON.stringify([citation.csl], null, 2)}\n`])
  }
  return files
}
