/** safety/nesting — deep block or inline nesting makes the parser and every tree walk recurse: refused. Emitted by load.ts. */
import {limits} from '../../limits.js'
import {defineRule, type Finding, type Place} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'safety/nesting',
    severity: 'error',
    description: `Block quotes, lists and indentation nest at most ${limits.maxNesting} levels (checked on the lines before parsing), and inline markup (emphasis, links) at most ${limits.maxNesting}.`,
    hint: 'Flatten the structure: entries need at most three or four levels of lists or quotes, and a level or two of emphasis.',
    get examples() {
      return {
        valid: [valid('a list three levels deep', practice({paragraph: '- Prison\n  - Wing\n    - Cell visits'}))],
        invalid: [
          invalid('block quotes 13 deep', practice({paragraph: `${'>'.repeat(13)} quoted`}), {
            line,
            column: 1,
            message: 'Block quotes, lists or indentation nested 13 levels deep, over the limit of 12',
          }),
          invalid('emphasis 14 deep', practice({paragraph: '_a *b _c *d _e *f _g *h _i *j _k *l _m *n x* n_ m* l_ k* j_ i* h_ g* f_ e* d_ c* b_ a_'}), {
            line,
            column: 40,
            message: 'Emphasis, links or other inline markup nested 14 levels deep, over the limit of 12',
          }),
        ],
      }
    },
  },
  /** Block containers `depth` deep on `line`. */
  blocks(depth: number, line: number): Finding {
    return {
      reason: `Block quotes, lists or indentation nested ${depth} levels deep, over the limit of ${limits.maxNesting}`,
      place: {line, column: 1},
      hint: 'Flatten the structure: entries need at most three or four levels of lists or quotes.',
    }
  },
  /** Inline markup `depth` deep at `place`. */
  inline(depth: number, place: Place): Finding {
    return {
      reason: `Emphasis, links or other inline markup nested ${depth} levels deep, over the limit of ${limits.maxNesting}`,
      place,
      hint: 'Nest emphasis at most a level or two: **bold with _emphasis_** is as deep as an entry needs.',
    }
  },
})
