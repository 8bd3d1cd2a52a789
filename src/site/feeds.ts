/**
 * Atom, RSS and JSON feeds of new and updated entries: one set for all entries of the edition,
 * one for success stories alone, and one Atom feed per topic, phase and country (listed on the
 * /feeds page). Items are identified by entry id, so a renamed file is the same item. An item's
 * date is its last change (git) or its last review, whichever is later.
 *
 * The XML is written here rather than by a feed library: titles and summaries are plain text
 * written by contributors, and every byte of them must reach a reader as text (escaped once for
 * XML, never wrapped in CDATA, never declared as HTML), which the feed library did not do.
 */
import {idOf, type Corpus, type Published} from '../content/corpus.js'
import {storiesOf, topicsOf} from '../content/views.js'
import {isComposite} from '../model/provenance.js'
import ui from '../content/editorial/ui.en.json' with {type: 'json'}
import type {Source} from '../model/fields.js'
import {facetLabel} from '../model/facet-values.js'
import {atomPath, feedFacets, feedName} from '../content/feed-paths.js'
import type {Histories} from '../content/history.js'

/** A source as the feed carries it: its fields in a fixed order, absent ones left out. */
const sourceFields = (source: Source): Source => ({
  title: source.title,
  ...(source.section ? {section: source.section} : {}),
  ...(source.publisher ? {publisher: source.publisher} : {}),
  ...(source.year ? {year: source.year} : {}),
  ...(source.url ? {url: source.url} : {}),
})

/** An item's title and summary: an illustrative composite says so in both, so no reader takes it for a real case. */
export function itemTextOf(
  entry: Published,
  summaryOf: (entry: Published) => string = (item) => item.type.summaryOf(item.data),
): {title: string; summary: string} {
  const summary = summaryOf(entry)
  if (!isComposite(entry.data.provenance)) return {title: entry.data.title, summary}
  return {title: `${entry.data.title} [${ui.provenance.composite}]`, summary: `${ui.provenance.compositeNotice} ${summary}`}
}

export const feedFiles = [
  {name: 'all.atom.xml', mime: 'application/atom+xml', title: 'Continuum: new and updated entries (Atom)'},
  {name: 'all.rss.xml', mime: 'application/rss+xml', title: 'Continuum: new and updated entries (RSS)'},
  {name: 'all.json', mime: 'application/feed+json', title: 'Continuum: new and updated entries (JSON Feed)'},
  {name: 'success-stories.atom.xml', mime: 'application/atom+xml', title: 'Continuum: success stories (Atom)'},
  {name: 'success-stories.rss.xml', mime: 'application/rss+xml', title: 'Continuum: success stories (RSS)'},
  {name: 'success-stories.json', mime: 'application/feed+json', title: 'Continuum: success stories (JSON Feed)'},
] as const

const MAX_ITEMS = 50

/** Who the feeds and their items are by, when an entry names no contributing organisation. */
const FEED_AUTHOR = 'Continuum contributors'

// Characters XML 1.0 forbids (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/U+FFFF) and
// those it discourages (DEL, C1 controls): no reader could show them, some would reject the feed.
const UNWRITABLE = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const XML_ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'}

/** Plain text as XML character data or attribute value: markup characters escaped, unwritable characters dropped. */
function xmlEscape(text: string): string {
  // Line ends normalised as an XML parser would (CR, CRLF → LF), so what a reader gets is what was written.
  return text
    .replace(UNWRITABLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!)
}

/** Plain text as HTML, for RSS descriptions, which readers render as HTML: `<` must reach them as `&lt;`. */
function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)
}

/** Who an entry is by: the model names no contributing organisation (only its type), so the portal's contributors. */
function authorOf(_entry: Published): string {
  return FEED_AUTHOR
}

interface Item {
  id: string
  title: string
  link: string
  summary: string
  updated: Date
  language: string
  category: {term: string; label: string}
  author: string
  /** Where the entry's content comes from, and the public sources it cites (JSON Feed extension `_continuum`). */
  provenance: string
  sources: Source[]
}

interface Channel {
  id: string
  name: string
  title: string
  description: string
  siteUrl: string
  updated: Date
  items: Item[]
}

const feedUrl = (channel: Channel, extension: string) => `${channel.siteUrl}feeds/${channel.name}.${extension}`
/** RFC 3339 without milliseconds, as Atom readers expect. */
const rfc3339 = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

function atom(channel: Channel): string {
  const x = xmlEscape
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${x(channel.id)}</id>`,
    `  <title type="text">${x(channel.title)}</title>`,
    `  <subtitle type="text">${x(channel.description)}</subtitle>`,
    `  <updated>${rfc3339(channel.updated)}</updated>`,
    `  <author><name>${x(FEED_AUTHOR)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${x(channel.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feedUrl(channel, 'atom.xml'))}"/>`,
    `  <rights type="text">${x(FEED_AUTHOR)}</rights>`,
    '  <generator>Continuum</generator>',
  ]
  for (const item of channel.items) {
    lines.push(
      '  <entry>',
      `    <id>${x(item.id)}</id>`,
      `    <title type="text" xml:lang="${x(item.language)}">${x(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(item.link)}"/>`,
      `    <updated>${rfc3339(item.updated)}</updated>`,
      `    <author><name>${x(item.author)}</name></author>`,
      `    <summary type="text" xml:lang="${x(item.language)}">${x(item.summary)}</summary>`,
      `    <category term="${x(item.category.term)}" label="${x(item.category.label)}"/>`,
      '  </entry>',
    )
  }
  lines.push('</feed>', '')
  return lines.join('\n')
}

function rss(channel: Channel): string {
  const x = xmlEscape
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${x(channel.title)}</title>`,
    `    <link>${x(channel.siteUrl)}</link>`,
    `    <description>${x(channel.description)}</description>`,
    '    <language>en</language>',
    // RSS's own author elements take an e-mail address; Dublin Core's creator takes a name.
    `    <dc:creator>${x(FEED_AUTHOR)}</dc:creator>`,
    `    <copyright>${x(FEED_AUTHOR)}</copyright>`,
    `    <lastBuildDate>${channel.updated.toUTCString()}</lastBuildDate>`,
    '    <generator>Continuum</generator>',
    '    <docs>https://www.rssboard.org/rss-specification</docs>',
    `    <atom:link href="${x(feedUrl(channel, 'rss.xml'))}" rel="self" type="application/rss+xml"/>`,
  ]
  for (const item of channel.items) {
    lines.push(
      '    <item>',
      `      <title>${x(item.title)}</title>`,
      `      <link>${x(item.link)}</link>`,
      // Readers render an RSS description as HTML: the plain summary is escaped for HTML, then for XML.
      `      <description>${x(htmlEscape(item.summary))}</description>`,
      `      <guid isPermaLink="false">${x(item.id)}</guid>`,
      `      <pubDate>${item.updated.toUTCString()}</pubDate>`,
      `      <dc:creator>${x(item.author)}</dc:creator>`,
      `      <category>${x(item.category.label)}</category>`,
      '    </item>',
    )
  }
  lines.push('  </channel>', '</rss>', '')
  return lines.join('\n')
}

function jsonFeed(channel: Channel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.siteUrl,
    feed_url: feedUrl(channel, 'json'),
    description: channel.description,
    language: 'en',
    authors: [{name: FEED_AUTHOR}],
    items: channel.items.map((item) => ({
      id: item.id,
      url: item.link,
      title: item.title,
      // Plain text, never content_html: a reader must not interpret the summary as markup.
      content_text: item.summary,
      date_modified: rfc3339(item.updated),
      language: item.language,
      authors: [{name: item.author}],
      tags: [item.category.label],
      // A JSON Feed extension (keys starting with an underscore): provenance and cited sources travel with the item.
      _continuum: {provenance: item.provenance, sources: item.sources.map(sourceFields)},
    })),
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}

/** The date of an entry in feeds and "What's new": its last change (git) or its last review, whichever is later. */
export function updatedOf(entry: Published, histories?: Histories): string {
  const changed = histories?.get(entry.path)?.lastChanged
  return changed && changed > entry.data.lastReviewed ? changed : entry.data.lastReviewed
}

function channelOf(
  siteUrl: string,
  name: string,
  title: string,
  description: string,
  entries: readonly Published[],
  summaryOf: (entry: Published) => string,
  histories?: Histories,
): Channel {
  const dated = [...entries]
    .sort((a, b) => updatedOf(b, histories).localeCompare(updatedOf(a, histories)) || a.data.title.localeCompare(b.data.title))
    .slice(0, MAX_ITEMS)
  const dateOf = (entry: Published) => new Date(`${updatedOf(entry, histories)}T00:00:00Z`)
  return {
    id: `${siteUrl}feeds/${name}`,
    name,
    title,
    description,
    siteUrl,
    updated: dated[0] ? dateOf(dated[0]) : new Date(0),
    items: dated.map((entry) => ({
      id: `urn:continuum:${entry.data.id ?? entry.slug}`,
      title: itemTextOf(entry, summaryOf).title,
      link: `${siteUrl}${entry.permalink.slice(1)}`,
      summary: itemTextOf(entry, summaryOf).summary,
      updated: dateOf(entry),
      language: entry.data.language,
      category: {term: entry.type.labels.singular.toLowerCase().replaceAll(' ', '-'), label: entry.type.labels.singular},
      author: authorOf(entry),
      provenance: entry.data.provenance,
      sources: entry.data.sources,
    })),
  }
}

function build(
  siteUrl: string,
  name: string,
  title: string,
  description: string,
  entries: readonly Published[],
  summaryOf: (entry: Published) => string,
  histories?: Histories,
): [string, string][] {
  const channel = channelOf(siteUrl, name, title, description, entries, summaryOf, histories)
  return [
    [`${name}.atom.xml`, atom(channel)],
    [`${name}.rss.xml`, rss(channel)],
    [`${name}.json`, jsonFeed(channel)],
  ]
}

/** A feed of one topic, phase or country, as the /feeds page lists it. */
export interface FeedListing {
  /** Path under `feeds/`, without extension: `phases/probation`. */
  name: string
  kind: 'topic' | 'phase' | 'country'
  /** The topic's title or the value's label. */
  label: string
  /** Entries it follows in the edition. */
  count: number
  /** Address of the Atom file, without base URL. */
  path: string
}

interface Group {
  listing: FeedListing
  entries: Published[]
}

/** The topic, phase and country feeds of a corpus, with their entries (those with none are left out). */
function groupsOf(corpus: Corpus): Group[] {
  const byId = new Map(corpus.published.map((entry) => [idOf(entry), entry]))
  const groups: Group[] = []
  for (const topic of topicsOf(corpus)) {
    const ids = new Set(topic.sides.flatMap((side) => [...side.practices, ...side.cases].map((row) => row.id)))
    const entries = [...ids].map((id) => byId.get(id)).filter((entry): entry is Published => entry !== undefined)
    const name = feedName('topic', topic.slug)
    groups.push({listing: {name, kind: 'topic', label: topic.title, count: entries.length, path: atomPath(name)}, entries})
  }
  for (const facet of feedFacets) {
    const byValue = new Map<string, Published[]>()
    for (const entry of corpus.published) {
      const values = facet === 'phase' ? entry.data.phases : [entry.data.country]
      for (const value of values) byValue.set(value, [...(byValue.get(value) ?? []), entry])
    }
    const labelled = [...byValue].map(([value, entries]) => ({value, label: facetLabel(facet, value).label, entries}))
    // Phases in the continuum's order, countries by name.
    if (facet === 'country') labelled.sort((a, b) => a.label.localeCompare(b.label, 'en'))
    else
      labelled.sort(
        (a, b) => ['prison', 'pre-release', 'probation', 'community'].indexOf(a.value) - ['prison', 'pre-release', 'probation', 'community'].indexOf(b.value),
      )
    for (const {value, label, entries} of labelled) {
      const name = feedName(facet, value)
      groups.push({listing: {name, kind: facet, label, count: entries.length, path: atomPath(name)}, entries})
    }
  }
  return groups.filter((group) => group.entries.length > 0)
}

/** The topic, phase and country feeds of a corpus (the /feeds page). */
export function feedListing(corpus: Corpus): FeedListing[] {
  return groupsOf(corpus).map((group) => group.listing)
}

const KIND_TITLES: Record<FeedListing['kind'], string> = {topic: 'topic', phase: 'phase', country: 'country'}

/** File name (under `feeds/`) → text of every feed, for a site whose absolute URL (with base URL) is `siteUrl`. */
export function feedsOf(corpus: Corpus, siteUrl: string, options: {histories?: Histories} = {}): [string, string][] {
  const url = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  const summary = (entry: Published) => entry.type.summaryOf(entry.data)
  const storyIds = new Set(storiesOf(corpus).map((story) => story.id))
  const stories = corpus.published.filter((entry) => storyIds.has(idOf(entry)))
  const {histories} = options
  return [
    ...build(
      url,
      'all',
      'Continuum: new and updated entries',
      'Practices and anonymised case reviews on released violent extremist or terrorist offenders.',
      corpus.published,
      summary,
      histories,
    ),
    ...build(
      url,
      'success-stories',
      'Continuum: success stories',
      'Successful case reviews with public summaries, each labelled documented or illustrative composite; only documented stories marked quotable are cleared for quotation.',
      stories,
      summary,
      histories,
    ),
    ...groupsOf(corpus).map(({listing, entries}): [string, string] => [
      `${listing.name}.atom.xml`,
      atom(
        channelOf(
          url,
          listing.name,
          `Continuum: ${listing.label} (${KIND_TITLES[listing.kind]})`,
          `New and updated practices and case reviews: ${KIND_TITLES[listing.kind]} ${listing.label}.`,
          entries,
          summary,
          histories,
        ),
      ),
    ]),
  ]
}
