/** safety/long-word — text is words: an endless token or a wall of spaces is either noise or something hidden. */
import {scan} from '../../anon/scan.js'
import {limits} from '../../limits.js'
import {defineRule} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'safety/long-word',
    severity: 'error',
    description: `No run of more than ${limits.maxWordLength} characters without a space (${limits.maxUrlLength} for a web address), nor of more than ${limits.maxSpaceRun} spaces: text is words, and an endless token is either noise or something hidden.`,
    hint: 'Break the text into words, link long addresses as [a short title](https://…), and remove runs of spaces.',
    get examples() {
      return {
        valid: [
          valid(
            'long words of real languages',
            practice({paragraph: 'The Rechtsschutzversicherungsgesellschaften and the Donaudampfschifffahrtsgesellschaftskapitänsmütze are long but fine.'}),
          ),
        ],
        invalid: [
          invalid('a token of 150 characters', practice({paragraph: `Key: ${'Ab3'.repeat(50)}`}), {
            line,
            column: 6,
            message: 'Unexpected run of 150 characters without a space, expected words of at most 100',
          }),
          invalid('a run of 60 spaces inside a paragraph', practice({paragraph: `Mentors meet${' '.repeat(60)}weekly.`}), {
            line,
            column: 13,
            message: 'Unexpected run of 60 spaces or line breaks, expected at most 40',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    for (const segment of scan(entry).segments) {
      for (const [start, end, kind] of segment.overlong ?? []) {
        const from = segment.placeAt(kind === 'space' ? start - 1 : start)
        const count = (end - start + (kind === 'space' ? 1 : 0)).toLocaleString('en')
        report(
          kind === 'word'
            ? {
                reason: `Unexpected run of ${count} characters without a space, expected words of at most ${limits.maxWordLength}`,
                place: {line: from.line, column: from.column},
                hint: 'Break the text into words; link long addresses as [a short title](https://…) instead of writing them out.',
              }
            : {
                reason: `Unexpected run of ${count} spaces or line breaks, expected at most ${limits.maxSpaceRun}`,
                place: {line: from.line, column: from.column},
                hint: 'Remove the extra white space: pages show it as one space anyway. In a code block, shorten the indentation.',
              },
        )
      }
    }
  },
})
