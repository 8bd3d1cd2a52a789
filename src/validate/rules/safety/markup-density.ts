/** safety/markup-density — markup the Markdown parser handles in more than linear time is refused before parsing. Emitted by load.ts. */
import {limits} from '../../limits.js'
import {defineRule, type Finding} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

/** What was found too dense, as load.ts measures it. */
export type Density = {kind: 'cells' | 'emphasis' | 'brackets'; count: number; line: number} | {kind: 'rows'; line: number}

const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'safety/markup-density',
    severity: 'error',
    description: `At most ${limits.maxDelimiterRuns} emphasis markers or \`[\` in one paragraph, ${limits.maxTableCells} cells in a table row and ${limits.maxTableRows} rows in a table (the parser slows down sharply beyond).`,
    hint: 'Write it as prose or a short list: the Markdown parser slows down sharply on this much markup in one block.',
    get examples() {
      return {
        valid: [valid('a small table', practice({paragraph: '| Phase | Contact |\n|---|---|\n| Prison | weekly |\n| Probation | monthly |'}))],
        invalid: [
          invalid('a table row of 70 cells', practice({paragraph: `|${' a |'.repeat(69)}`}), {
            line,
            column: 1,
            message: 'Unexpected table row of 70 cells, expected at most 64',
          }),
          invalid('300 emphasis markers in a paragraph', practice({paragraph: '*a* '.repeat(150)}), {
            line,
            column: 1,
            message: 'Unexpected 251+ emphasis markers (`*`, `_`, `~`) in one paragraph, expected at most 250',
          }),
        ],
      }
    },
  },
  /** The message for what was found too dense, on the line of the body `bodyLine` starts. */
  finding(density: Density, bodyLine: number): Finding {
    const reason =
      density.kind === 'cells'
        ? `Unexpected table row of ${density.count.toLocaleString('en')} cells, expected at most ${limits.maxTableCells}`
        : density.kind === 'rows'
          ? `Unexpected table of more than ${limits.maxTableRows} rows, expected a shorter one`
          : density.kind === 'emphasis'
            ? `Unexpected ${density.count.toLocaleString('en')}+ emphasis markers (\`*\`, \`_\`, \`~\`) in one paragraph, expected at most ${limits.maxDelimiterRuns}`
            : `Unexpected ${density.count.toLocaleString('en')}+ \`[\` in one paragraph, expected at most ${limits.maxDelimiterRuns}`
    return {
      reason,
      place: {line: bodyLine + density.line, column: 1},
      hint: 'Write it as prose or a short list: the Markdown parser slows down sharply on this much markup in one block.',
    }
  },
})
