/** anon/email — e-mail addresses, also written to dodge filters (`name[at]host`). */
import {anonRule, quote} from '../../anon/define.js'
import {matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const email = /(?<![\w.+-])[\w.+-]+(?:@|\s?\[at\]\s?|\s\(at\)\s)[\w-]+(?:(?:\.|\s?\[dot\]\s?)[\w-]+)*\.[a-z]{2,}\b/gi
const AT = /@|\[at\]|\(at\)/i

export const rule = anonRule({
  meta: {
    id: 'anon/email',
    severity: 'error',
    description: 'No e-mail addresses.',
    hint: 'Remove it: contact details never go into an entry.',
    get examples() {
      return {
        valid: [valid('a described contact', caseReview({paragraph: 'He wrote to his mentor every week.'}))],
        invalid: [
          invalid(
            'an address',
            caseReview({paragraph: 'He wrote to mentor.jan@example.org every week.'}),
            [{line: 28, column: 13, message: 'Unexpected e-mail address `mentor.jan@example.org`, expected none'}],
            {also: ['anon/email-link']},
          ),
          invalid('an address written to dodge filters', caseReview({paragraph: 'Contact: family.support[at]example.nl'}), [
            {line: 28, column: 10, message: 'Unexpected e-mail address `family.support[at]example.nl`, expected none'},
          ]),
        ],
      }
    },
  },
  *detect(segment) {
    // Every address holds an at sign, written or spelt out.
    if (!AT.test(segment.text)) return
    yield* matches(segment.text, email, (match) =>
      span(match, `Unexpected e-mail address \`${quote(match[0])}\`, expected none`, 'Remove it: contact details never go into an entry.'),
    )
  },
})
