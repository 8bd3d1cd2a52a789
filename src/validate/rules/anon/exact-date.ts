/** anon/exact-date — exact dates, in the formats of several member states; a year or a month and year is fine. */
import {anonRule, quote} from '../../anon/define.js'
import {hasDigit, matches, span} from '../../anon/patterns.js'
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
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|\.|°|º)?`
/** A year after a day and month: `2021`, `, 2021`, `de 2021`, `del 2021`. */
const YEAR_AFTER = String.raw`(?:,?\s+(?:de\s+|del\s+)?(?:19|20)\d\d)?`
const ORDINAL_DAY =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first|premier'
/** Days of the year that name one date (with a year, an exact date). */
const FIXED_DAYS =
  "New Year's (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day|Valentine's Day|Bastille Day|jour de l'an|Saint-Sylvestre|Noël|Heiligabend|Silvester|Neujahr|Nieuwjaarsdag|Oudejaarsdag|Koningsdag|Nochevieja|Nochebuena|Año Nuevo|Capodanno|Ferragosto|Natale"
/** Words that say a birth: a month and year after one is a birth date, which narrows a person down. */
const BIRTH_CUE = String.raw`born|birth|birthday|DOB|D\.O\.B\.|nés?|nées?|naissance|geboren|Geburtsdatum|Geburtstag|geboortedatum|nacid[oa]s?|nacimiento|nat[oa]|nascita`
const numericDate =
  /(?<![\d.:/-])(?:(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d\d|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20)?\d\d|(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01]))(?!\d|[.:/-]\d)/g
const dayMonth = new RegExp(String.raw`(?<![\p{L}\d])${DAY}\s+(?:of\s+|de\s+|di\s+)?(?:${MONTHS})\b\.?${YEAR_AFTER}`, 'giu')
const monthDay = new RegExp(String.raw`(?<![\p{L}])(?:${MONTHS})\.?\s+(?:the\s+)?${DAY}(?![\d:])${YEAR_AFTER}`, 'gu')
const ordinalDay = new RegExp(String.raw`(?<![\p{L}])(?:the\s+)?(?:${ORDINAL_DAY})\s+(?:of\s+)?(?:${MONTHS})(?![\p{L}])${YEAR_AFTER}`, 'giu')
const fixedDay = new RegExp(String.raw`(?<![\p{L}])(?:${FIXED_DAYS})\s+(?:of\s+|de\s+|del\s+)?(?:19|20)\d\d(?!\d)`, 'giu')
/** A month and year, or a year, within a few words after a birth cue (`born in March 1994`, `né en avril 1995`, `nato nell'aprile del 1995`). */
const birthMonth = new RegExp(
  String.raw`(?<![\p{L}])(?:${BIRTH_CUE})(?![\p{L}])[^.!?\n\d]{0,24}?(?<![\p{L}])(?:${MONTHS})\.?\s+(?:de\s+|del\s+|of\s+)?(?:19|20)\d\d(?!\d)`,
  'giu',
)
const weekdayDate = /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:the\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/g

const ORDINAL_GATE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|premier)\b/i
const FIXED_GATE =
  /(?:day|eve|no.l|abend|silvester|neujahr|dag|noche|nuevo|capodanno|ferragosto|natale|sylvestre|jour de l)\s+(?:of\s+|de\s+|del\s+)?(?:19|20)\d\d/i
const BIRTH_GATE = /born|birth|dob\b|d\.o\.b|\bn[ée]e?s?\s|naissance|geboren|geburt|geboorte|nacid|nacimiento|\bnat[oa]\b|nascita/i

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
          invalid('a month of birth', caseReview({paragraph: 'The client was born in March 1994.'}), [
            {line: 28, column: 16, message: 'Unexpected birth date `born in March 1994`, expected no more than an age band'},
          ]),
          invalid('an Italian date', caseReview({paragraph: 'Il 1° maggio ha iniziato a lavorare.'}), [
            {line: 28, column: 4, message: 'Unexpected exact date `1° maggio`, expected a year or month and year'},
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
    // Every pattern but the ordinal day ("the fifth of May") needs a digit.
    const digits = hasDigit(segment.text)
    if (digits) {
      yield* matches(segment.text, numericDate, (match) => span(match, reason(match), hint))
      yield* matches(segment.text, dayMonth, (match) =>
        /^\d{1,2}\s+(?:may|mar|jan|dec)\b/i.test(match[0]) && /^\d{1,2}\s+\p{Ll}/u.test(match[0]) && !/\d{4}$/.test(match[0])
          ? undefined
          : span(match, reason(match), hint),
      )
      yield* matches(segment.text, monthDay, (match) => span(match, reason(match), hint))
      yield* matches(segment.text, weekdayDate, (match) => span(match, reason(match), hint))
    }
    // The patterns below run only where a cheap test (without the Unicode flag) finds the word they need.
    if (ORDINAL_GATE.test(segment.text)) yield* matches(segment.text, ordinalDay, (match) => span(match, reason(match), hint))
    if (digits && FIXED_GATE.test(segment.text)) yield* matches(segment.text, fixedDay, (match) => span(match, reason(match), hint))
    if (digits && BIRTH_GATE.test(segment.text))
      yield* matches(segment.text, birthMonth, (match) =>
        span(
          match,
          `Unexpected birth date \`${quote(match[0])}\`, expected no more than an age band`,
          'Leave out the month of birth: give an age band ("in his early thirties"), or the year if it matters.',
        ),
      )
  },
})
