/** safety/encoding — files are UTF-8 (a byte order mark and CRLF line ends are fine). Emitted by load.ts. */
import {defineRule, type Finding} from '../../rule.js'
import {invalid, paragraphLine, practice, rawFile, valid} from '../examples.js'

const cafe = () => practice({paragraph: 'Conversations in a café helped.'})

export const rule = defineRule({
  meta: {
    id: 'safety/encoding',
    severity: 'error',
    description: 'Files are valid UTF-8 (a byte order mark and CRLF line endings are fine).',
    hint: 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
    get examples() {
      return {
        valid: [
          valid('UTF-8', cafe()),
          valid(
            'UTF-8 with a byte order mark and CRLF line ends',
            rawFile('mentoring.md', `\uFEFF${practice().text.replaceAll('\n', '\r\n')}`, {
              shown: [{text: '', lang: '', where: 'a valid practice saved with a byte order mark and Windows (CRLF) line ends'}],
            }),
          ),
        ],
        invalid: [
          invalid(
            'the same file saved as Latin-1',
            {...cafe(), encoding: 'latin1', shown: cafe().shown!.map((part) => ({...part, where: `${part.where}, the file saved as Latin-1`}))},
            {line: paragraphLine.practice, column: 1, message: 'Unexpected invalid UTF-8 bytes, expected UTF-8 text'},
          ),
        ],
      }
    },
  },
  /** Invalid bytes on `line`. */
  finding(line: number): Finding {
    return {
      reason: 'Unexpected invalid UTF-8 bytes, expected UTF-8 text',
      place: {line, column: 1},
      hint: 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8).',
    }
  },
})
