/** safety/yaml-aliases — entries need no YAML aliases: an alias bomb ends in a message, not a hang. Emitted by load.ts. */
import {limits} from '../../limits.js'
import {defineRule, type Finding, type Place} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

const hint = 'Entries need no YAML anchors or aliases: write each value out.'
const bomb = {a: '&a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', b: '&b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', c: '[*b, *b, *b, *b, *b, *b, *b, *b, *b]'}

export const rule = defineRule({
  meta: {
    id: 'safety/yaml-aliases',
    severity: 'error',
    description: `At most ${limits.maxYamlAliases} alias expansions: alias bombs end in an error, not a hang.`,
    hint,
    get examples() {
      return {
        valid: [valid('every value written out', practice())],
        invalid: [
          invalid('an alias bomb', practice({set: bomb}), {
            line: 1,
            column: 1,
            message: 'Refused YAML: Excessive alias count indicates a resource exhaustion attack',
          }),
        ],
      }
    },
  },
  /** An alias error the YAML parser reported at `place`. */
  parseError(message: string, place: Place): Finding {
    return {reason: `Invalid YAML: ${message}`, place, hint}
  },
  /** Aliases refused while the YAML was expanded. */
  refused(message: string, line: number): Finding {
    return {reason: `Refused YAML: ${message}`, place: {line, column: 1}, hint}
  },
})
