/**
 * Review dates: an entry whose `lastReviewed` is older than the review interval is due for review.
 * One definition for the validator's warning, the entry pages and cards, the browse filter, the
 * editors' review page and the open data export. No imports: every layer may use it.
 */

/** The review interval when neither the site nor the environment sets one. */
export const DEFAULT_REVIEW_MONTHS = 18

/** The review interval in months from `CONTINUUM_REVIEW_MONTHS` (a whole number from 1), or the default. */
export function reviewMonthsFrom(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CONTINUUM_REVIEW_MONTHS
  if (raw === undefined || raw.trim() === '') return DEFAULT_REVIEW_MONTHS
  const months = Number(raw)
  if (!Number.isInteger(months) || months < 1 || months > 240) {
    throw new Error(`CONTINUUM_REVIEW_MONTHS must be a whole number of months from 1 to 240, got "${raw}"`)
  }
  return months
}

/** Today as YYYY-MM-DD (UTC), or `CONTINUUM_TODAY` when set (tests, reproducible builds). */
export function todayFrom(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const raw = env.CONTINUUM_TODAY
  if (raw === undefined || raw.trim() === '') return now.toISOString().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
    throw new Error(`CONTINUUM_TODAY must be a date written YYYY-MM-DD, got "${raw}"`)
  }
  return raw
}

/** The date `months` after an ISO date, clamped to the month's last day (2025-08-31 + 18 months = 2027-02-28). */
export function addMonths(isoDate: string, months: number): string {
  const year = Number(isoDate.slice(0, 4))
  const month = Number(isoDate.slice(5, 7))
  const day = Number(isoDate.slice(8, 10))
  const total = year * 12 + (month - 1) + months
  const targetYear = Math.floor(total / 12)
  const targetMonth = total - targetYear * 12
  // Plain arithmetic, no Date: the validator asks this of every entry at every run.
  const leap = targetYear % 4 === 0 && (targetYear % 100 !== 0 || targetYear % 400 === 0)
  const lastDay = targetMonth === 1 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][targetMonth]!
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`
}

/** The date by which an entry reviewed on `lastReviewed` is due for its next review. */
export function reviewDueOn(lastReviewed: string, months: number = DEFAULT_REVIEW_MONTHS): string {
  return addMonths(lastReviewed, months)
}

/** Whether an entry reviewed on `lastReviewed` is due for review on `today` (on or after its due date). */
export function isDueForReview(lastReviewed: string, today: string, months: number = DEFAULT_REVIEW_MONTHS): boolean {
  return reviewDueOn(lastReviewed, months) <= today
}

/** The review facet's value of an entry: `due` or `current`, on today's date (CONTINUUM_TODAY) and interval (CONTINUUM_REVIEW_MONTHS). */
export function reviewStateOf(lastReviewed: string, env: Record<string, string | undefined> = process.env): 'due' | 'current' {
  return isDueForReview(lastReviewed, todayFrom(env), reviewMonthsFrom(env)) ? 'due' : 'current'
}
