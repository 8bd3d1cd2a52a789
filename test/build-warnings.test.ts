/** The build's warning lines (src/site/setup.ts, warningLines): located, a few per rule, then a count. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {WARNINGS_PER_RULE, warningLines} from '../src/site/setup.js'
import type {LintMessage, LintResult} from '../src/validate/report/format.js'

const warning = (ruleId: string, line: number): LintMessage => ({ruleId, severity: 1, message: `message of ${ruleId}`, line, column: 1})

function resultOf(filePath: string, messages: LintMessage[]): LintResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
  }
}

describe('warning lines of a build', () => {
  it('prints every warning, located, while a rule has few', () => {
    const lines = warningLines([
      resultOf('practices/a.md', [warning('schema/review-due', 3)]),
      resultOf('cases/b.md', [warning('links/slug', 7), {...warning('safety/no-html', 9), severity: 2}]),
    ])
    expect(lines).toEqual([
      '[continuum] practices/a.md:3:1 warning message of schema/review-due (schema/review-due)',
      '[continuum] cases/b.md:7:1 warning message of links/slug (links/slug)',
    ])
  })

  it('prints the first ten of a rule, then how many more and how to list them; other rules are not held back', () => {
    const results = Array.from({length: 870}, (_, i) => resultOf(`practices/p-${i}.md`, [warning('schema/review-due', 4)]))
    results.push(resultOf('cases/c.md', [warning('links/slug', 2)]))
    const lines = warningLines(results)
    expect(lines).toHaveLength(WARNINGS_PER_RULE + 2)
    expect(lines.slice(0, WARNINGS_PER_RULE).every((line) => line.includes('(schema/review-due)'))).toBe(true)
    expect(lines[0]).toContain('practices/p-0.md:4:1')
    expect(lines).toContain('[continuum] cases/c.md:2:1 warning message of links/slug (links/slug)')
    expect(lines.at(-1)).toBe('[continuum] … and 860 more schema/review-due warnings: `npm run continuum -- validate` lists them all.')
  })

  it('accounts for every warning: shown or counted, never more than the limit per rule (property)', () => {
    const rule = fc.constantFrom('schema/review-due', 'links/slug', 'anon/exact-age')
    const message = fc
      .record({ruleId: rule, severity: fc.constantFrom<1 | 2>(1, 2), line: fc.nat(500)})
      .map((m) => ({...warning(m.ruleId, m.line), severity: m.severity}))
    fc.assert(
      fc.property(fc.array(fc.array(message, {maxLength: 6}), {maxLength: 40}), fc.integer({min: 1, max: 12}), (files, perRule) => {
        const results = files.map((messages, i) => resultOf(`practices/f-${i}.md`, messages))
        const lines = warningLines(results, perRule)
        const warnings = results.flatMap((r) => r.messages.filter((m) => m.severity === 1))
        const byRule = new Map<string, number>()
        for (const m of warnings) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1)
        for (const [ruleId, total] of byRule) {
          const shown = lines.filter((line) => line.endsWith(`(${ruleId})`)).length
          const summary = lines.find((line) => line.includes(` more ${ruleId} warning`))
          const counted = summary ? Number(/and (\d+) more/.exec(summary)![1]) : 0
          expect(shown).toBe(Math.min(total, perRule))
          expect(shown + counted).toBe(total)
        }
        expect(lines.every((line) => line.startsWith('[continuum] '))).toBe(true)
      }),
    )
  })
})
