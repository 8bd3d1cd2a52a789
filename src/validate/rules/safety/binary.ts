/** safety/binary — a NUL byte means the file is not text. Emitted by load.ts. */
import {defineRule, type Finding} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'safety/binary',
    severity: 'error',
    description: 'No NUL bytes: entries are text.',
    hint: 'Entries are Markdown text files; images and attachments are not accepted.',
    get examples() {
      return {
        valid: [valid('text', practice())],
        invalid: [
          invalid('a NUL byte in a paragraph', practice({paragraph: 'Mentors met\u0000weekly.'}), {
            line: paragraphLine.practice,
            column: 1,
            message: 'Unexpected binary content (a NUL byte), expected UTF-8 text',
          }),
        ],
      }
    },
  },
  /** A NUL byte on `line`. */
  finding(line: number): Finding {
    return {
      reason: 'Unexpected binary content (a NUL byte), expected UTF-8 text',
      place: {line, column: 1},
      hint: 'Entries are Markdown text files; images and attachments are not accepted here.',
    }
  },
})
