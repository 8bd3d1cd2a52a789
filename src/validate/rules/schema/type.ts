/** schema/type — the front matter declares a known entry type, so the file can be checked anywhere. Emitted by load.ts. */
import {entryTypeNames} from '../../../model/types/index.js'
import {defineRule, type Finding, type Place} from '../../rule.js'
import {didYouMean} from '../../suggest.js'
import {caseReview, invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'schema/type',
    severity: 'error',
    description: 'The front matter declares `type: practice` or `type: case`.',
    hint: 'Declare the entry type in the front matter: `type: practice` or `type: case`.',
    get examples() {
      return {
        valid: [valid('a practice', practice()), valid('a case review', caseReview())],
        invalid: [
          invalid('no type', practice({set: {type: null}}), {line: 1, column: 1, message: 'Missing `type`, expected `type: practice` or `type: case`'}),
          invalid('a misspelt type', caseReview({set: {type: 'cases'}}), {
            line: 2,
            column: 7,
            message: 'Unexpected type `cases`, expected `practice` or `case`',
          }),
        ],
      }
    },
  },
  /** The declared value (undefined when there is none), at its place. */
  finding(declared: unknown, place: Place): Finding {
    const names = entryTypeNames()
    const suggestion = typeof declared === 'string' ? didYouMean(declared, names) : undefined
    return {
      reason:
        declared === undefined
          ? `Missing \`type\`, expected ${names.map((name) => `\`type: ${name}\``).join(' or ')}`
          : `Unexpected type \`${String(declared)}\`, expected ${names.map((name) => `\`${name}\``).join(' or ')}`,
      place,
      hint: suggestion ? `Did you mean \`${suggestion}\`?` : 'Declare the entry type in the front matter so the file can be checked anywhere.',
    }
  },
})
