/**
 * The feeds are valid for strangers' readers: every Atom feed validates against RFC 4287's RELAX NG
 * schema (plus its two Schematron rules, checked by hand), every RSS feed is well-formed RSS 2.0,
 * and contributors' text comes back from a parser exactly as written, for the real corpus and for
 * a fixture whose titles and summaries are full of markup, entities, CDATA ends and controls.
 */
import {casesOf, practicesOf} from './helpers/corpus.js'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {validateXML} from 'xmllint-wasm'
import {type Corpus, loadCorpus, type Published} from '../src/content/corpus.js'
import {feedListing, feedsOf, itemTextOf} from '../src/site/feeds.js'

const root = path.resolve(import.meta.dirname, '..')
const atomSchema = await readFile(path.join(import.meta.dirname, 'fixtures/atom.rng'), 'utf8')
const SITE = 'https://portal.example.org/continuum/'

/** Strings a parser must give back unchanged. */
const exact = [
  '<script>alert("feed")</script>',
  'Tom & Jerry &amp; co &lt;b&gt; &nbsp; &#60;',
  'Ends a CDATA section ]]> and opens one <![CDATA[ here',
  '"Double" and \'single\' quotes, `backticks`',
  'Control-looking text: \\u0000 \\x1b[31m &#0; &#x1; %00 ^G',
  '<!-- a comment --> <?xml-stylesheet href="x"?> <!DOCTYPE x [<!ENTITY e "boom">]> &e;',
  '<img src=x onerror=alert(1)> <a href="javascript:alert(1)">link</a>',
  'Tab\there, a line\nbreak, emoji 🎉 and a right-to-left \u202Eoverride',
]
/** Strings with characters XML 1.0 cannot carry: they come back without those characters. */
const controls = ['Bell\u0007 escape\u001B[31m del\u007F nel\u0085 null\u0000 lone\uD800 surrogate \uFFFE end']
const unwritable = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const hostile = [...exact, ...controls]

/** The real corpus with every title, summary and public summary replaced by a hostile string. */
function hostileCorpus(corpus: Corpus): Corpus {
  let n = 0
  const next = () => hostile[n++ % hostile.length]!
  return {
    ...corpus,
    published: [
      ...practicesOf(corpus).map((p) => ({...p, data: {...p.data, title: next(), summary: next()}})),
      ...casesOf(corpus).map((c) => ({
        ...c,
        data: {...c.data, title: next(), lessons: [{kind: 'worked', text: next()}], ...(c.data.publicSummary ? {publicSummary: next()} : {})},
      })),
    ] as Published[],
  }
}

const publicCorpus = await loadCorpus(root, 'public')
const corpora: Array<[string, Corpus]> = [
  ['the public corpus', publicCorpus],
  ['the practitioner corpus', await loadCorpus(root, 'practitioners')],
  ['a corpus of hostile titles and summaries', hostileCorpus(publicCorpus)],
]

const parser = new XMLParser({ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: (name) => ['entry', 'item', 'author'].includes(name)})
const textOf = (node: unknown): string => (typeof node === 'string' ? node : ((node as {'#text'?: string})?.['#text'] ?? ''))
const htmlUnescape = (html: string) =>
  html.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&'})[name]!)

function expectations(corpus: Corpus) {
  const byId = new Map<string, {title: string; summary: string}>()
  for (const entry of [...practicesOf(corpus), ...casesOf(corpus)] as Published[]) {
    const data = entry.data
    byId.set(`urn:continuum:${data.id ?? entry.slug}`, itemTextOf(entry))
  }
  return byId
}

/** What a reader can get back of a string: itself, less what XML 1.0 cannot carry. */
const readable = (text: string) => text.replace(unwritable, '')

describe.each(corpora)('feeds of %s', (_, corpus) => {
  const feeds = feedsOf(corpus, SITE)
  const expected = expectations(corpus)
  const atoms = feeds.filter(([name]) => name.endsWith('.atom.xml'))
  const rsses = feeds.filter(([name]) => name.endsWith('.rss.xml'))
  const jsons = feeds.filter(([name]) => name.endsWith('.json'))

  it('writes an Atom, an RSS and a JSON feed for all entries and for success stories, an Atom feed per topic, phase and country, none empty', () => {
    expect(
      feeds
        .map(([name]) => name)
        .filter((name) => !name.includes('/'))
        .sort(),
    ).toEqual(['all.atom.xml', 'all.json', 'all.rss.xml', 'success-stories.atom.xml', 'success-stories.json', 'success-stories.rss.xml'])
    for (const [name, text] of feeds) expect(text.length, name).toBeGreaterThan(200)
    const listing = feedListing(corpus)
    expect(feeds.filter(([name]) => name.includes('/')).map(([name]) => `/feeds/${name}`)).toEqual(listing.map((feed) => feed.path))
    expect(new Set(listing.map((feed) => feed.kind))).toEqual(new Set(['topic', 'phase', 'country']))
    // A phase feed holds exactly the entries of that phase (up to the item limit).
    const probation = feeds.find(([name]) => name === 'phases/probation.atom.xml')![1]
    const ids = [...probation.matchAll(/<id>urn:continuum:([^<]+)<\/id>/g)].map((match) => match[1])
    const expectedIds = corpus.published.filter((entry) => entry.data.phases.includes('probation')).map((entry) => entry.data.id ?? entry.slug)
    expect(new Set(ids)).toEqual(new Set(expectedIds.slice(0, 50)))
  })

  it.each(atoms)('%s validates against the RELAX NG schema of RFC 4287', async (name, text) => {
    const result = await validateXML({xml: {fileName: name, contents: text}, schema: {fileName: 'atom.rng', contents: atomSchema}, extension: 'relaxng'})
    expect(result.errors.map((e) => e.rawMessage)).toEqual([])
    expect(result.valid).toBe(true)
  })

  it.each(atoms)('%s meets the Schematron rules of RFC 4287, has authors, plain-text constructs and stable ids, and round-trips the text', (name, text) => {
    const feed = parser.parse(text).feed
    expect(feed, name).toBeDefined()
    expect(textOf(feed.author[0].name)).toBe('Continuum contributors')
    expect(Date.parse(textOf(feed.updated))).not.toBeNaN()
    expect(feed.entry.length).toBeGreaterThan(0)
    for (const entry of feed.entry) {
      const id = textOf(entry.id)
      expect(id).toMatch(/^urn:continuum:(pr|cr)-[0-9a-z]{8}$/)
      // RFC 4287 Schematron: an alternate link or content; an author on the entry or its feed.
      expect(
        [entry.link].flat().some((link: Record<string, string>) => link['@_rel'] === 'alternate' || link['@_rel'] === undefined),
        id,
      ).toBe(true)
      expect(entry.author?.length ?? 0, id).toBeGreaterThan(0)
      expect(textOf(entry.author[0].name).length, id).toBeGreaterThan(0)
      expect(entry.title['@_type'] ?? 'text', id).toBe('text')
      expect(entry.summary['@_type'] ?? 'text', id).toBe('text')
      expect(Date.parse(textOf(entry.updated)), id).not.toBeNaN()
      expect(textOf(entry.title), id).toBe(readable(expected.get(id)!.title))
      expect(textOf(entry.summary), id).toBe(readable(expected.get(id)!.summary))
    }
  })

  it.each(rsses)('%s is well-formed RSS 2.0 with the required elements, and round-trips the text', (name, text) => {
    expect(XMLValidator.validate(text)).toBe(true)
    const rss = parser.parse(text).rss
    expect(rss['@_version']).toBe('2.0')
    const channel = rss.channel
    for (const field of ['title', 'link', 'description']) expect(textOf(channel[field]).length, `${name} channel ${field}`).toBeGreaterThan(0)
    expect(channel.item.length).toBeGreaterThan(0)
    for (const item of channel.item) {
      const id = textOf(item.guid)
      expect(id).toMatch(/^urn:continuum:(pr|cr)-[0-9a-z]{8}$/)
      expect(item.guid['@_isPermaLink']).toBe('false')
      expect(textOf(item.title) || textOf(item.description), id).not.toBe('')
      expect(textOf(item.title), id).toBe(readable(expected.get(id)!.title))
      // The description is HTML for readers: the summary escaped, never live markup.
      expect(textOf(item.description), id).not.toMatch(/</)
      expect(htmlUnescape(textOf(item.description)), id).toBe(readable(expected.get(id)!.summary))
      expect(Date.parse(textOf(item.pubDate)), id).not.toBeNaN()
    }
  })

  it.each(jsons)('%s is a JSON Feed with plain-text content that round-trips', (name, text) => {
    const feed = JSON.parse(text) as {
      version: string
      title: string
      authors: Array<{name: string}>
      items: Array<{
        id: string
        title: string
        content_text: string
        content_html?: string
        authors: Array<{name: string}>
        _continuum: {provenance: string; sources: Array<{title: string; publisher?: string; year?: number; url?: string}>}
      }>
    }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.authors[0]!.name).toBe('Continuum contributors')
    for (const item of feed.items) {
      expect(item.content_html, item.id).toBeUndefined()
      expect(item.title, item.id).toBe(expected.get(item.id)!.title)
      expect(item.content_text, item.id).toBe(expected.get(item.id)!.summary)
      expect(item.authors[0]!.name.length, item.id).toBeGreaterThan(0)
      // The export carries provenance and the cited sources (a JSON Feed extension).
      expect(item._continuum.provenance.length, item.id).toBeGreaterThan(0)
      expect(item._continuum.sources.length, item.id).toBeGreaterThan(0)
      for (const source of item._continuum.sources) expect(source.title.length, item.id).toBeGreaterThan(0)
    }
  })
})

describe('the hostile fixture', () => {
  it('reaches every feed (so the checks above see it), never as live markup or raw controls', () => {
    const feeds = new Map(feedsOf(hostileCorpus(publicCorpus), SITE))
    for (const name of ['all.atom.xml', 'all.rss.xml', 'success-stories.atom.xml', 'success-stories.rss.xml']) {
      const text = feeds.get(name)!
      if (name.startsWith('all.')) expect(text, name).toContain('&lt;script&gt;alert(')
      expect(
        hostile.filter((h) =>
          text.includes(
            readable(h).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;'),
          ),
        ).length,
        name,
      ).toBeGreaterThan(0)
      expect(text, name).not.toMatch(/<(script|img|a)\b/)
      expect(text, name).not.toContain('<![CDATA[')
      expect(text, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/)
    }
  })
})

describe('composites in feeds', () => {
  it('labels every illustrative composite in its title and summary, in both feeds', () => {
    const corpus = publicCorpus
    const files = new Map(feedsOf(corpus, 'https://example.org/'))
    const feed = JSON.parse(files.get('all.json')!) as {items: Array<{id: string; title: string; content_text: string}>}
    const composites = casesOf(corpus).filter((c) => c.data.provenance === 'composite')
    expect(composites.length).toBeGreaterThan(0)
    // The feed holds the latest 50 entries: every composite among them is labelled, and some are there.
    const inFeed = composites.filter((c) => feed.items.some((i) => i.id === `urn:continuum:${c.data.id}`))
    expect(inFeed.length).toBeGreaterThan(0)
    for (const c of inFeed) {
      const item = feed.items.find((i) => i.id === `urn:continuum:${c.data.id}`)!
      expect(item.title).toContain('[Illustrative composite]')
      expect(item.content_text).toMatch(/^Illustrative composite: this case is invented/)
    }
    expect(files.get('success-stories.atom.xml')).not.toContain('with public summaries cleared for quotation')
  })
})
