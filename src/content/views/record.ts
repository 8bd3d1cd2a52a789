/**
 * What an entry page shows of the entry as a record: its permanent short address, how to cite it,
 * when it was first published and last changed with a short change history (from git at build
 * time), and whether it is due for review.
 */
import {citationOf, citationPath} from '../citation.js'
import {idOf, type Published} from '../corpus.js'
import type {Change, EntryHistory} from '../history.js'
import {isDueForReview, reviewDueOn} from '../../model/review.js'

export interface EntryRecordView {
  /** Short address `/e/<id>` (without base URL) and its absolute form. */
  shortPath: string
  shortUrl: string
  cite: {apa: string; bibtex: string; bibtexPath: string; cslPath: string; meta: Array<{name: string; content: string}>}
  history?: {firstPublished: string; lastChanged: string; changes: Change[]; more: number}
  review: {due: boolean; dueOn: string; months: number}
}

export interface RecordOptions {
  /** Absolute address of the site, base URL included, ending in `/`. */
  siteUrl: string
  history?: EntryHistory
  reviewMonths: number
  /** YYYY-MM-DD. */
  today: string
}

export function entryRecordOf(entry: Published, options: RecordOptions): EntryRecordView {
  const citation = citationOf(entry, options.siteUrl)
  const id = idOf(entry)
  const {history} = options
  return {
    shortPath: `/e/${encodeURIComponent(id)}`,
    shortUrl: citation.url,
    cite: {apa: citation.apa, bibtex: citation.bibtex, bibtexPath: `/${citationPath(id, 'bib')}`, cslPath: `/${citationPath(id, 'json')}`, meta: citation.meta},
    ...(history
      ? {
          history: {
            firstPublished: history.firstPublished,
            lastChanged: history.lastChanged,
            changes: history.changes,
            more: history.count - history.changes.length,
          },
        }
      : {}),
    review: {
      due: isDueForReview(entry.data.lastReviewed, options.today, options.reviewMonths),
      dueOn: reviewDueOn(entry.data.lastReviewed, options.reviewMonths),
      months: options.reviewMonths,
    },
  }
}
