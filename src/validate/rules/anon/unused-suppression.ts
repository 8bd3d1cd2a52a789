/** anon/unused-suppression — a suppression comment that silences nothing is stale. Emitted by validate.ts. */
import {defineRule, type Finding, type Place} from '../../rule.js'
import {caseReview, invalid, paragraphLine, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'anon/unused-suppression',
    severity: 'warning',
    description: 'A suppression comment silences something.',
    hint: 'Remove the comment: nothing in the next block needs it.',
    get examples() {
      return {
        valid: [
          valid(
            'a suppression that silences a message',
            caseReview({paragraph: '<!-- continuum-disable-next anon/place -- the town is named in the public court ruling cited -->\n\nHe grew up in Vught.'}),
          ),
        ],
        invalid: [
          invalid(
            'a suppression before a clean paragraph',
            practice({paragraph: '<!-- continuum-disable-next anon/place -- nothing to silence here at all -->\n\nA clean sentence.'}),
            {line: paragraphLine.practice, column: 1, message: 'Unused suppression of `anon/place`'},
          ),
        ],
      }
    },
  },
  /** The comment at `place` silenced none of `rules`. */
  finding(rules: readonly string[], place: Place): Finding {
    return {
      reason: `Unused suppression of \`${rules.join('`, `')}\``,
      place,
      hint: 'Remove the comment: nothing on the next block needs it.',
    }
  },
})
