/** safety/suppression-reason — a suppression comment names anon/* or links/* rules and says why. Emitted by suppressions.ts. */
import {defineRule, type Finding, type Place} from '../../rule.js'
import {caseReview, invalid, paragraphLine, practice, valid} from '../examples.js'

const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'safety/suppression-reason',
    severity: 'error',
    description: 'Suppression comments name anon/* or links/* rules and give a reason of a few words; safety, schema and structure rules cannot be silenced.',
    hint: 'Write `<!-- continuum-disable-next anon/person-name -- why this is not identifying -->`, alone in its block, before the block it concerns.',
    get examples() {
      return {
        valid: [
          valid(
            'a reasoned suppression of an anonymisation rule',
            caseReview({paragraph: '<!-- continuum-disable-next anon/place -- the town is named in the public court ruling cited -->\n\nHe grew up in Vught.'}),
          ),
        ],
        invalid: [
          invalid('no reason', practice({paragraph: '<!-- continuum-disable-next anon/place -->\n\nThe method was first tried in Utrecht.'}), {
            line,
            column: 1,
            message: 'Suppression comment without a reason',
          }),
          invalid(
            'no rule',
            practice({paragraph: '<!-- continuum-disable-next -- the town is named in the ruling -->\n\nThe method was first tried in Utrecht.'}),
            {line, column: 1, message: 'Suppression comment names no rule'},
          ),
          invalid(
            'a safety rule',
            practice({paragraph: '<!-- continuum-disable-next safety/no-html -- the markup is needed here -->\n\nThe method was first tried in Utrecht.'}),
            {line, column: 1, message: 'Unexpected suppression of `safety/no-html`, expected anon/* or links/* rules only'},
          ),
        ],
      }
    },
  },
  /** A comment without rules (`rules` empty) or without a reason. */
  incomplete(rules: readonly string[], place: Place): Finding {
    return {
      reason: rules.length === 0 ? 'Suppression comment names no rule' : 'Suppression comment without a reason',
      place,
      hint: 'Write `<!-- continuum-disable-next anon/person-name -- why this is not identifying -->` with a reason of a few words.',
    }
  },
  /** A comment naming rules that cannot be silenced. */
  forbidden(rules: readonly string[], place: Place): Finding {
    return {
      reason: `Unexpected suppression of \`${rules.join('`, `')}\`, expected anon/* or links/* rules only`,
      place,
      hint: 'Safety, schema and structure rules cannot be silenced: fix the content instead.',
    }
  },
})
