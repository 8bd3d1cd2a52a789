/** The editors' review page: every entry of the edition with its review dates, those due first. */
import {addMonths, isDueForReview, reviewDueOn} from '../../model/review.js'
import {idOf, type Corpus} from '../corpus.js'
import type {Histories} from '../history.js'

export interface ReviewRow {
  id: string
  title: string
  permalink: string
  typeLabel: string
  lastReviewed: string
  dueOn: string
  lastChanged?: string
  state: 'due' | 'soon' | 'current'
}

export interface ReviewView {
  today: string
  months: number
  /** Entries due within this many months count as "soon". */
  soonMonths: number
  rows: ReviewRow[]
}

const SOON_MONTHS = 3

/** Rows sorted by due date (oldest first), then title. */
export function reviewViewOf(corpus: Corpus, options: {today: string; months: number; histories?: Histories}): ReviewView {
  const soon = addMonths(options.today, SOON_MONTHS)
  const rows = corpus.published.map((entry): ReviewRow => {
    const dueOn = reviewDueOn(entry.data.lastReviewed, options.months)
    const lastChanged = options.histories?.get(entry.path)?.lastChanged
    return {
      id: idOf(entry),
      title: entry.data.title,
      permalink: entry.permalink,
      typeLabel: entry.type.labels.singular,
      lastReviewed: entry.data.lastReviewed,
      dueOn,
      ...(lastChanged ? {lastChanged} : {}),
      state: isDueForReview(entry.data.lastReviewed, options.today, options.months) ? 'due' : dueOn <= soon ? 'soon' : 'current',
    }
  })
  rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'en'))
  return {today: options.today, months: options.months, soonMonths: SOON_MONTHS, rows}
}
