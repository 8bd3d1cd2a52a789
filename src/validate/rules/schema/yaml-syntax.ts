/** schema/yaml-syntax — the front matter is valid YAML 1.2 with unique keys. Emitted by load.ts. */
import {defineRule, type Finding, type Place} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'schema/yaml-syntax',
    severity: 'error',
    description: 'The front matter is valid YAML with unique keys.',
    hint: 'Check indentation, quotes and colons on the line; quote text that contains `: ` or starts with a special character.',
    get examples() {
      return {
        valid: [valid('a title with a colon, quoted', practice({set: {title: '"Mentoring: formers after release"'}}))],
        invalid: [
          invalid('a title with a colon, unquoted', practice({set: {title: 'Mentoring: formers after release'}}), {
            line: 3,
            column: 8,
            message: 'Invalid YAML: Nested mappings are not allowed in compact mappings',
          }),
        ],
      }
    },
  },
  /** The YAML parser's first sentence, at its place. */
  finding(message: string, place: Place): Finding {
    return {
      reason: `Invalid YAML: ${message}`,
      place,
      hint: 'Check indentation, quotes and colons on this line; quote text that contains `: ` or starts with a special character.',
    }
  },
})
