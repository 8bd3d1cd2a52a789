/** "What's new": the latest new, changed and reviewed entries of the edition, newest first. */
import {idOf, type Corpus} from '../corpus.js'
import {shorten} from './cards.js'
import type {Histories} from '../history.js'

export interface NewsItem {
  id: string
  title: string
  permalink: string
  typeLabel: string
  summary: string
  date: string
  /** new: first published then; updated: changed then; reviewed: its last review is the latest date known. */
  kind: 'new' | 'updated' | 'reviewed'
  /** The commit subject of the change, when the date is a change. */
  subject?: string
}

export const NEWS_LIMIT = 30

export function whatsNewOf(corpus: Corpus, histories?: Histories, limit = NEWS_LIMIT): NewsItem[] {
  const items = corpus.published.map((entry): NewsItem => {
    const history = histories?.get(entry.path)
    const reviewed = entry.data.lastReviewed
    const base = {
      id: idOf(entry),
      title: entry.data.title,
      permalink: entry.permalink,
      typeLabel: entry.type.labels.singular,
      summary: shorten(entry.type.summaryOf(entry.data)),
    }
    if (history && history.lastChanged >= reviewed) {
      const kind = history.count === 1 ? 'new' : 'updated'
      return {...base, date: history.lastChanged, kind, ...(history.changes[0] ? {subject: history.changes[0].subject} : {})}
    }
    return {...base, date: reviewed, kind: 'reviewed'}
  })
  items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en'))
  return items.slice(0, limit)
}
