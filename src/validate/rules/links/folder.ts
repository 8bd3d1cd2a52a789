/** links/folder — in a portal checkout, an entry sits in the folder of its type and carries an assigned id. */
import {typeOf} from '../../../model/types/index.js'
import {fieldPlace} from '../../front-matter.js'
import {folderKind} from '../../links.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'links/folder',
    severity: 'error',
    description: 'Entries in a portal checkout sit in the folder of their type and carry an assigned id.',
    hint: 'Add entries with `continuum submit FILE`: it assigns the id and puts the file in the folder of its type.',
    get examples() {
      return {
        valid: [
          valid('a practice with its id in practices/', practice({path: 'practices/mentoring.md', set: {id: 'pr-2b3c4d5e'}})),
          valid('a draft outside the content folders needs no id', practice()),
        ],
        invalid: [
          invalid('a case review in practices/', caseReview({path: 'practices/a-mentor-trusted.md', set: {id: 'cr-2b3c4d5e'}}), {
            line: 2,
            column: 7,
            message: 'Unexpected case in `practices/`, expected it in `cases/`',
          }),
          invalid('a practice in practices/ without an id', practice({path: 'practices/mentoring.md'}), {
            line: 1,
            column: 1,
            message: 'Missing `id` for an entry in `practices/`',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    const folder = folderKind(entry.path)
    if (!folder || !entry.type) return
    const expected = typeOf(entry.type)!.folder
    if (folder !== expected) {
      report({
        reason: `Unexpected ${entry.type} in \`${folder}/\`, expected it in \`${expected}/\``,
        place: fieldPlace(entry.frontMatter, 'type'),
        hint: `Move the file to \`${expected}/\`, or correct its \`type\`.`,
      })
    }
    const raw = entry.frontMatter?.raw as Record<string, unknown> | undefined
    if (raw && raw.id === undefined) {
      report({
        reason: `Missing \`id\` for an entry in \`${folder}/\``,
        place: {line: 1, column: 1},
        hint: 'Entries reach the portal through `continuum submit FILE`, which assigns the id; do not add files by hand.',
      })
    }
  },
})
