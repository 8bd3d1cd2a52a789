/** safety/front-matter-language — front matter is plain YAML: gray-matter would run `---js` and its kind as code. Emitted by load.ts. */
import {defineRule, type Finding} from '../../rule.js'
import {invalid, practice, rawFile, templateBody, valid} from '../examples.js'

const hint = 'Front matter is data, never code: write `---` alone on the first line and YAML below it.'

export const rule = defineRule({
  meta: {
    id: 'safety/front-matter-language',
    severity: 'error',
    description: 'Front matter is plain YAML: `---js`, `---javascript`, `---coffee`, `---json`… are refused (gray-matter would run them).',
    hint,
    get examples() {
      return {
        valid: [valid('plain YAML', practice())],
        invalid: [
          invalid('JavaScript front matter', rawFile('mentoring.md', `---js\nmodule.exports = {type: "practice"}\n---\n\n${templateBody()}`), {
            line: 1,
            column: 4,
            message: 'Unexpected front matter language `js`, expected plain YAML after `---`',
          }),
        ],
      }
    },
  },
  /** A language named after the opening `---`. */
  named(language: string): Finding {
    return {reason: `Unexpected front matter language \`${language}\`, expected plain YAML after \`---\``, place: {line: 1, column: 4}, hint}
  },
  /** A language the front-matter reader was asked to run (a second line of defence behind `named`). */
  engine(language: string): Finding {
    return {reason: `Unexpected front matter language \`${language}\`, expected plain YAML`, place: {line: 1, column: 1}, hint}
  },
})
