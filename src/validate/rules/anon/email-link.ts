/** anon/email-link — a mailto: link is a contact detail. */
import {scan} from '../../anon/scan.js'
import {defineRule} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'anon/email-link',
    severity: 'error',
    description: 'No mailto: links.',
    hint: 'Remove it: contact details never go into an entry.',
    get examples() {
      return {
        valid: [
          valid("a link to the organisation's web page", practice({paragraph: 'The [programme page](https://example.org/mentoring) describes the method.'})),
        ],
        invalid: [
          invalid(
            'a mailto: link',
            practice({paragraph: '[Write to the coordinator](mailto:coordinator@example.org).'}),
            {line: paragraphLine.practice, column: 1, message: 'Unexpected e-mail link, expected none'},
            {also: ['anon/email']},
          ),
        ],
      }
    },
  },
  check(entry, report) {
    for (const {url, place} of scan(entry).links) {
      if (/^\s*mailto:/i.test(url)) {
        report({reason: 'Unexpected e-mail link, expected none', place, hint: 'Remove it: contact details never go into an entry.'})
      }
    }
  },
})
