/** safety/symlink — content folders hold regular files: a symbolic link is reported, never followed. Emitted by load.ts. */
import {defineRule, type Finding} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'safety/symlink',
    severity: 'error',
    description: 'Content folders hold regular files: a symbolic link is reported, never followed (it could point outside the portal).',
    hint: 'Replace the link with the file itself.',
    get examples() {
      return {
        valid: [valid('a regular file', practice({path: 'practices/mentoring.md', set: {id: 'pr-2b3c4d5e'}}))],
        invalid: [
          invalid(
            'a symbolic link in practices/',
            {
              ...practice({path: 'practices/mentoring.md', set: {id: 'pr-2b3c4d5e'}}),
              symlink: true,
              shown: [{text: 'practices/mentoring.md -> ../../elsewhere/mentoring.md', lang: 'text', where: 'a symbolic link in a content folder'}],
            },
            {line: 1, column: 1, message: 'Unexpected symbolic link, expected a regular file'},
          ),
        ],
      }
    },
  },
  /** A symbolic link where a file was expected. */
  finding(): Finding {
    return {
      reason: 'Unexpected symbolic link, expected a regular file',
      place: {line: 1, column: 1},
      hint: 'Entries are files in the checkout: replace the link with the file itself (a link could point outside the portal, and the build would not follow it).',
    }
  },
})
