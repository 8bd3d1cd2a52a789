/**
 * safety/time-budget — checking one file has a time budget: a file over it is reported with what
 * was running, and the run goes on. Emitted by validate.ts (between rules) and the worker pool
 * (which ends a worker that overruns).
 */
import {limits} from '../../limits.js'
import {defineRule, type Finding} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'safety/time-budget',
    severity: 'error',
    description: `Checking one file takes at most ${limits.fileBudgetMs / 1000} s (\`--budget\` or \`CONTINUUM_FILE_BUDGET_MS\`); a file over it is reported with the rule that was running and the run goes on. The invalid example runs with a budget of a microsecond, which any file overruns after its first rule; test/hardening.test.ts stops a heavy file in a worker.`,
    hint: 'Real entries take milliseconds: look for very long or repetitive text, deep nesting or huge tables, and shorten it.',
    get examples() {
      return {
        valid: [valid('a file checked within the default budget', practice())],
        invalid: [
          invalid(
            'any file, with a budget of a microsecond',
            practice(),
            {line: 1, column: 1, message: 'Checking this file took longer than 0.000001 s (while rule schema/fields); it was stopped'},
            {budgetMs: 0.001},
          ),
        ],
      }
    },
  },
  /** A file stopped after `budgetMs` while doing `what` (a stage name). */
  finding(budgetMs: number, what: string): Finding {
    return {
      reason: `Checking this file took longer than ${budgetMs / 1000} s (while ${what}); it was stopped`,
      place: {line: 1, column: 1},
      hint: 'Real entries take milliseconds: look for very long or repetitive text, deep nesting or huge tables, and shorten it.',
    }
  },
})
