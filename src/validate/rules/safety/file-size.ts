/** safety/file-size — files over the size limit are refused before they are parsed. Emitted by load.ts. */
import {limits} from '../../limits.js'
import {defineRule, type Finding} from '../../rule.js'
import {invalid, padded, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'safety/file-size',
    severity: 'error',
    description: `Files are at most ${limits.maxFileBytes.toLocaleString('en')} bytes (256 KiB); larger ones are refused before parsing.`,
    hint: 'An entry is text of a few pages: split it, or move long annexes to a linked source.',
    get examples() {
      return {
        valid: [valid('a file of a few kilobytes', practice())],
        invalid: [
          invalid('one byte over the limit', padded(practice(), limits.maxFileBytes + 1), {
            line: 1,
            column: 1,
            message: 'File is 262,145 bytes, over the 262,144-byte limit',
          }),
        ],
      }
    },
  },
  /** A file of `bytes` bytes, over the limit. */
  finding(bytes: number): Finding {
    return {
      reason: `File is ${bytes.toLocaleString('en')} bytes, over the ${limits.maxFileBytes.toLocaleString('en')}-byte limit`,
      place: {line: 1, column: 1},
      hint: 'An entry is text of a few pages: split it, or move long annexes to a linked source.',
    }
  },
})
