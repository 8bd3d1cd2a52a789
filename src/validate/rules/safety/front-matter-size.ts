/** safety/front-matter-size — front matter over the size limit is refused before the YAML parser reads it. Emitted by load.ts. */
import {limits} from '../../limits.js'
import {defineRule, type Finding} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

const long = () => 'Former extremists mentor released offenders. '.repeat(1500)

export const rule = defineRule({
  meta: {
    id: 'safety/front-matter-size',
    severity: 'error',
    description: `Front matter is at most ${limits.maxFrontMatterBytes.toLocaleString('en')} bytes (64 KiB).`,
    hint: 'Front matter holds short metadata; move long text into the body.',
    get examples() {
      return {
        valid: [valid('short fields', practice())],
        invalid: [
          invalid(
            'a summary of 67,500 characters',
            {
              ...practice({set: {summary: long().trim()}}),
              shown: [{text: `summary: ${long().slice(0, 90)}… (67,500 characters)`, lang: 'yaml', where: 'in the front matter of a valid practice'}],
            },
            {line: 2, column: 1, message: 'Front matter over the 64 KiB limit'},
          ),
        ],
      }
    },
  },
  /** Front matter over the limit. */
  finding(): Finding {
    return {
      reason: `Front matter over the ${limits.maxFrontMatterBytes / 1024} KiB limit`,
      place: {line: 2, column: 1},
      hint: 'Front matter holds short metadata; move long text into the body.',
    }
  },
})
