/**
 * internal-error — the validator failed on one file (it could not read it, a rule or the parser
 * crashed, a worker died): the file gets this message, without a stack trace, and the other files
 * are still checked. Emitted by load.ts, validate.ts and the worker pool.
 */
import {defineRule, type Finding} from '../rule.js'
import {invalid, practice, rawFile, valid} from './examples.js'

const place = {line: 1, column: 1}

export const rule = defineRule({
  meta: {
    id: 'internal-error',
    severity: 'error',
    description:
      'A crash of the validator on one file (it cannot be read, the parser, a rule or a worker fails) is reported on that file, without a stack trace unless `--debug`; the other files are still checked. A crashing rule and a dying worker are exercised by test/hardening.test.ts.',
    hint: 'Check that the file can be read; if it can, this is a bug in the validator: report it with the file attached.',
    get examples() {
      return {
        valid: [valid('a file that can be read', practice())],
        invalid: [
          invalid(
            'a file that cannot be read',
            rawFile('mentoring.md', '', {
              unreadable: "EACCES: permission denied, open 'mentoring.md'",
              shown: [{text: 'mentoring.md (permission denied)', lang: 'text', where: 'a file the validator may not read'}],
            }),
            {line: 1, column: 1, message: "Could not read the file: EACCES: permission denied, open 'mentoring.md'"},
          ),
        ],
      }
    },
  },
  /** A file that could not be read, with the system's reason. */
  unreadable(detail: string): Finding {
    return {
      reason: `Could not read the file: ${detail}`,
      place,
      hint: 'Check that the file exists and that you may read it, then run the command again.',
    }
  },
  /** A crash while doing `what`: its message, never its stack. */
  crash(what: string, error: unknown): Finding {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      reason: `Internal error while ${what}: ${detail.split('\n')[0]!.slice(0, 200)}`,
      place,
      hint: 'This is a bug in the validator, not necessarily in the file; the other files were still checked. Please report it with the file attached.',
    }
  },
})
