/** anon/phone-number — phone numbers, national and international. */
import {anonRule, quote} from '../../anon/define.js'
import {validPhone} from '../../anon/numbers.js'
import {hasDigit, matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const phone = /(?<![\w/.=-])(?:(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?|\(0\d{1,4}\)[\s.-]?|0\d{1,4}[\s./-]?)\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?![\w/-])/g

/** A national number written without a trunk prefix, in groups (`612 345 678`, `347 123 4567`): reported when the numbering plan of a European country holds it. */
const groupedNumber = /(?<![\w/.=,+-])[1-9]\d{1,3}(?:[ .]\d{2,4}){2,4}(?![\w/-]|[.,]\d)/g
/** Digits grouped by thousands, as a sum or a count is written. */
const THOUSANDS = /^\d{1,3}(?:([ .])\d{3})(?:\1\d{3})*$/
/** Digits in pairs only. */
const PAIRS = /^\d\d(?:[ .]\d\d)+$/
const PHONE_CUE =
  /(?<![\p{L}])(?:phone|mobile|number|call|called|calls|dial|tel|reached|numéro|portable|appel|Nummer|Handy|Telefon|angerufen|nummer|telefoon|gebeld|número|móvil|teléfono|llamó|numero|cellulare|telefono|chiamato)\b[^.!?]{0,60}$/iu

export const rule = anonRule({
  meta: {
    id: 'anon/phone-number',
    severity: 'error',
    description: 'No phone numbers.',
    hint: 'Remove it: contact details never go into an entry.',
    get examples() {
      return {
        valid: [
          valid('a count and a period', caseReview({paragraph: 'Over 1,400 people took part between 2019 and 2021.'})),
          valid('a sum in groups of thousands', caseReview({paragraph: 'The pilot cost 612 345 678 euros over three years.'})),
        ],
        invalid: [
          invalid('an international number', caseReview({paragraph: 'The family could be reached on +31 6 12345678.'}), [
            {line: 28, column: 32, message: 'Unexpected phone number `+31 6 12345678`, expected none'},
          ]),
          invalid('a national number without a trunk prefix', caseReview({paragraph: 'Her sister called from 612 345 678 every Sunday.'}), [
            {line: 28, column: 24, message: 'Unexpected phone number `612 345 678`, expected none'},
          ]),
          invalid('a national number without spaces', caseReview({paragraph: 'Her number was 0612345678.'}), [
            {line: 28, column: 16, message: 'Unexpected phone number `0612345678`, expected none'},
          ]),
        ],
      }
    },
  },
  *detect(segment) {
    if (!hasDigit(segment.text)) return
    yield* matches(segment.text, phone, (match) => {
      const digits = match[0].replace(/\D/g, '')
      if (digits.length < 8 || digits.length > 15) return undefined
      if (/^(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$/.test(match[0].trim())) return undefined
      return span(match, `Unexpected phone number \`${quote(match[0])}\`, expected none`, 'Remove it: contact details never go into an entry.')
    })
    yield* matches(segment.text, groupedNumber, (match) => {
      const digits = match[0].replace(/\D/g, '')
      if (digits.length < 9 || digits.length > 12) return undefined
      // Digits grouped by thousands (`612 345 678`) or in pairs (`25 30 35 40 45`) are as often a sum, a
      // count or a list of figures: they need a phone cue before them.
      if ((THOUSANDS.test(match[0]) || PAIRS.test(match[0])) && !PHONE_CUE.test(segment.text.slice(Math.max(0, match.index! - 80), match.index)))
        return undefined
      if (!validPhone(match[0])) return undefined
      return span(match, `Unexpected phone number \`${quote(match[0])}\`, expected none`, 'Remove it: contact details never go into an entry.')
    })
  },
})
