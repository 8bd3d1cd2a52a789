/**
 * schema/review-due — an entry whose `lastReviewed` is older than the review interval (18 months
 * unless CONTINUUM_REVIEW_MONTHS says otherwise) is due for review. A corpus rule on purpose: the
 * answer depends on today's date (CONTINUUM_TODAY in tests), so it must never come from the
 * validation cache.
 */
import {isDueForReview, reviewDueOn, reviewMonthsFrom, todayFrom} from '../../../model/review.js'
import {placeIn} from '../../front-matter.js'
import {defineRule} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

const HINT = 'Review the entry (is it still accurate, are its sources and status current?), then set `lastReviewed:` to the date of that review.'

/** Line of `lastReviewed:` in the example practice. */
const lastReviewedLine = () =>
  practice()
    .text.split('\n')
    .findIndex((line) => line.startsWith('lastReviewed:')) + 1

export const rule = defineRule({
  meta: {
    id: 'schema/review-due',
    severity: 'warning',
    description:
      'The entry was last reviewed longer ago than the review interval (18 months by default; `CONTINUUM_REVIEW_MONTHS` changes it, `CONTINUUM_TODAY` fixes the date for tests). The portal marks such entries "due for review".',
    hint: HINT,
    get examples() {
      return {
        valid: [valid('reviewed within the interval (the examples run on 2026-06-01)', practice({set: {lastReviewed: '2026-01-15'}}))],
        invalid: [
          invalid('last reviewed in 2020', practice({set: {lastReviewed: '2020-01-15'}}), {
            line: lastReviewedLine(),
            column: 15,
            message: 'Entry last reviewed on 2020-01-15, more than 18 months ago: due for review since 2021-07-15',
          }),
        ],
      }
    },
  },
  checkCorpus(entries, report) {
    const today = todayFrom(process.env)
    const months = reviewMonthsFrom(process.env)
    for (const entry of entries) {
      // What context entries are due for is not reported.
      const lastReviewed = entry.refused || entry.context ? undefined : entry.data?.lastReviewed
      if (typeof lastReviewed !== 'string' || !isDueForReview(lastReviewed, today, months)) continue
      report(entry, {
        reason: `Entry last reviewed on ${lastReviewed}, more than ${months} months ago: due for review since ${reviewDueOn(lastReviewed, months)}`,
        place: placeIn(entry, 'lastReviewed'),
        hint: HINT,
      })
    }
  },
})
