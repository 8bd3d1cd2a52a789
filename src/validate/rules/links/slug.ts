/** links/slug — file names are lowercase ASCII slugs: page addresses come from them. */
import path from 'node:path'
import {SLUG, slugOf} from '../../links.js'
import {defineRule} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'links/slug',
    severity: 'error',
    description: 'File names are lowercase ASCII slugs ending in `.md`.',
    hint: 'Rename the file with lowercase letters, digits and single hyphens; `continuum submit` does this for you.',
    get examples() {
      return {
        valid: [valid('a lowercase slug', practice({path: 'family-counselling.md'}))],
        invalid: [
          invalid('capitals and a space', practice({path: 'Family Counselling.md'}), {
            line: 1,
            column: 1,
            message: 'Unexpected file name `Family Counselling.md`, expected a lowercase ASCII slug such as `family-counselling.md`',
          }),
          invalid('another extension', practice({path: 'family-counselling.markdown'}), {
            line: 1,
            column: 1,
            message: 'Unexpected file name `family-counselling.markdown`, expected a lowercase ASCII slug such as `family-counselling.md`',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    const name = path.basename(entry.path)
    if (!/\.md$/.test(name) || !SLUG.test(slugOf(name))) {
      report({
        reason: `Unexpected file name \`${name}\`, expected a lowercase ASCII slug such as \`family-counselling.md\``,
        place: {line: 1, column: 1},
        hint: 'Rename the file with lowercase letters, digits and single hyphens; `continuum submit` does this for you.',
      })
    }
  },
})
