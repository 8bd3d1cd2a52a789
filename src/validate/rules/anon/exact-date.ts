/** anon/exact-date — exact dates, in the formats of several member states; a year or a month and year is fine. */
import {anonRule, quote} from '../../anon/define.js'
import {matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const MONTHS = [
  'January|February|March|April|May|June|July|August|September|October|November|December',
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec',
  'januari|februari|maart|mei|juni|juli|augustus|oktober', // nl
  'Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember', // de
  'janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre', // fr
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre', // es
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre', // it
].join('|')
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|\.)?`
const numericDate =
  /(?<![\d.:/-])(?:(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d\d|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20)?\d\d|(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01]))(?![\d.:/-]\d)/g
const dayMonth = new RegExp(String.raw`(?<![\p{L}\d])${DAY}\s+(?:of\s+|de\s+|di\s+)?(?:${MONTHS})\b\.?(?:,?\s+(?:19|20)\d\d)?`, 'giu')
const monthDay = new RegExp(String.raw`(?<![\p{L}])(?:${MONTHS})\.?\s+(?:the\s+)?${DAY}(?![\d:])(?:,?\s+(?:19|20)\d\d)?`, 'gu')
const weekdayDate = /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:the\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/g

export const rule = anonRule({
  meta: {
    id: 'anon/exact-date',
    severity: 'error',
    description: 'No exact dates in any format; a year, or a month and year, is fine.',
    hint: 'Give the year ("2021") or the month and year ("March 2021"), not the day.',
    get examples() {
      return {
        valid: [valid('a month and year', caseReview({paragraph: 'He was released in March 2021.'}))],
        invalid: [
          invalid('a day, month and year', caseReview({paragraph: 'He was released on 12 March 2021.'}), [
            {line: 28, column: 20, message: 'Unexpected exact date `12 March 2021`, expected a year or month and year'},
          ]),
          invalid('a numeric date', caseReview({paragraph: 'The hearing took place on 03/02/2020.'}), [
            {line: 28, column: 27, message: 'Unexpected exact date `03/02/2020`, expected a year or month and year'},
          ]),
        ],
      }
    },
  },
  *detect(segment) {
    const hint = 'Give the year ("2021") or the month and year ("March 2021"), not the day.'
    const reason = (match: RegExpMatchArray) => `Unexpected exact date \`${quote(match[0])}\`, expected a year or month and year`
    yield* matches(segment.text, numericDate, (match) => span(match, reason(match), hint))
    yield* matches(segment.text, dayMonth, (match) =>
      /^\d{1,2}\s+(?:may|mar|jan|dec)\b/i.test(match[0]) && /^\d{1,2}\s+\p{Ll}/u.test(match[0]) && !/\d{4}$/.test(match[0])
        ? undefined
        : span(match, reason(match), hint),
    )
    yield* matches(segment.text, monthDay, (match) => span(match, reason(match), hint))
    yield* matches(segment.text, weekdayDate, (match) => span(match, reason(match), hint))
  },
})
