/** safety/yaml-depth — YAML nesting is measured before parsing, so hostile depth never reaches the parser. Emitted by load.ts. */
import {limits} from '../../limits.js'
import {defineRule, type Finding} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'safety/yaml-depth',
    severity: 'error',
    description: `YAML nests at most ${limits.maxYamlDepth} levels (checked before parsing); the content model needs three.`,
    hint: 'Flatten the YAML: the content model needs at most three levels (e.g. profile → gender).',
    get examples() {
      return {
        valid: [valid('lists of sources, two levels', practice())],
        invalid: [
          invalid('lists nested 17 deep', practice({set: {sources: `${'['.repeat(17)}RAN${']'.repeat(17)}`}}), {
            line: 2,
            column: 1,
            message: 'Front matter nested 17 levels deep, over the limit of 16',
          }),
        ],
      }
    },
  },
  /** Front matter nested `depth` levels deep. */
  finding(depth: number): Finding {
    return {
      reason: `Front matter nested ${depth} levels deep, over the limit of ${limits.maxYamlDepth}`,
      place: {line: 2, column: 1},
      hint: 'The content model needs at most three levels (e.g. profile → gender); flatten the YAML.',
    }
  },
})
