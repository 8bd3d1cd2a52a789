/**
 * Atom, RSS and JSON feeds of new and updated entries: one set for all entries of the edition,
 * one for success stories alone. Items are identified by entry id, so a renamed file is the same item.
 */
import {Feed} from 'feed'
import type {Corpus, Published} from '../content/corpus.js'
import {storiesOf} from '../content/views.js'

export const feedFiles = [
  {name: 'all.atom.xml', mime: 'application/atom+xml', title: 'Continuum: new and updated entries (Atom)'},
  {name: 'all.rss.xml', mime: 'application/rss+xml', title: 'Continuum: new and updated entries (RSS)'},
  {name: 'all.json', mime: 'application/feed+json', title: 'Continuum: new and updated entries (JSON Feed)'},
  {name: 'success-stories.atom.xml', mime: 'application/atom+xml', title: 'Continuum: success stories (Atom)'},
  {name: 'success-stories.rss.xml', mime: 'application/rss+xml', title: 'Continuum: success stories (RSS)'},
  {name: 'success-stories.json', mime: 'application/feed+json', title: 'Continuum: success stories (JSON Feed)'},
] as const

const MAX_ITEMS = 50

function build(siteUrl: string, name: 'all' | 'success-stories', title: string, description: string, entries: readonly Published[], summaryOf: (entry: Published) => string): [string, string][] {
  const dated = [...entries].sort((a, b) => b.data.lastReviewed.localeCompare(a.data.lastReviewed) || a.data.title.localeCompare(b.data.title)).slice(0, MAX_ITEMS)
  const updated = dated[0] ? new Date(`${dated[0].data.lastReviewed}T00:00:00Z`) : new Date(0)
  const feed = new Feed({
    title,
    description,
    id: `${siteUrl}feeds/${name}`,
    link: siteUrl,
    language: 'en',
    copyright: 'Continuum contributors',
    updated,
    generator: 'Continuum',
    feedLinks: {atom: `${siteUrl}feeds/${name}.atom.xml`, rss: `${siteUrl}feeds/${name}.rss.xml`, json: `${siteUrl}feeds/${name}.json`},
  })
  for (const entry of dated) {
    const link = `${siteUrl}${entry.permalink.slice(1)}`
    feed.addItem({
      title: entry.data.title,
      id: `urn:continuum:${entry.data.id ?? entry.slug}`,
      link,
      description: summaryOf(entry),
      date: new Date(`${entry.data.lastReviewed}T00:00:00Z`),
      category: [{name: entry.data.type === 'practice' ? 'Practice' : 'Case review'}],
    })
  }
  return [[`${name}.atom.xml`, feed.atom1()], [`${name}.rss.xml`, feed.rss2()], [`${name}.json`, feed.json1()]]
}

/** File name → text of every feed, for a site whose absolute URL (with base URL) is `siteUrl`. */
export function feedsOf(corpus: Corpus, siteUrl: string): [string, string][] {
  const url = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`
  const summary = (entry: Published) => (entry.data.type === 'practice' ? entry.data.summary : (entry.data.publicSummary ?? entry.data.lessons[0]!))
  const storyIds = new Set(storiesOf(corpus).map((story) => story.id))
  const stories = corpus.cases.filter((c) => storyIds.has(c.data.id ?? c.slug))
  return [
    ...build(url, 'all', 'Continuum: new and updated entries', 'Practices and anonymised case reviews on released violent extremist or terrorist offenders.', [...corpus.practices, ...corpus.cases], summary),
    ...build(url, 'success-stories', 'Continuum: success stories', 'Successful case reviews with public summaries cleared for quotation.', stories, summary),
  ]
}
