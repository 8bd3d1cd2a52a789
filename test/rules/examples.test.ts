/**
 * Every example of every rule, run through the validator as `continuum validate` runs it
 * (validateSources: load, rules, corpus rules, suppressions, severities): a valid example produces
 * no message at all, an invalid one exactly the messages it states for its rule (and nothing from
 * other rules but those it names). docs/rules.md shows the same examples.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Example} from '../../src/validate/rule.js'
import {relatedPractice, sourceOf} from '../../src/validate/rules/examples.js'
import {allRules, engineRules, loadRules, rules} from '../../src/validate/rules/index.js'
import {validateSources} from '../../src/validate/validate.js'

const rulesRoot = path.resolve(__dirname, '../../src/validate/rules')

function run(example: Example) {
  const {results} = validateSources(example.files.map(sourceOf), {
    context: [relatedPractice, ...(example.context ?? [])].map(sourceOf),
    ...(example.budgetMs !== undefined ? {budgetMs: example.budgetMs} : {}),
  })
  return results.flatMap((result) => result.messages.map((message) => ({path: result.filePath, ...message})))
}

describe.each(allRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const {valid, invalid} = rule.meta.examples
  it.each(valid.map((example) => [example.name, example] as const))('valid: %s', (_name, example) => {
    expect(run(example).map(({path, ruleId, line, column, message}) => ({path, ruleId, line, column, message}))).toEqual([])
  })
  it.each(invalid.map((example) => [example.name, example] as const))('invalid: %s', (_name, example) => {
    const messages = run(example)
    const first = example.files[0]!.path
    const mine = messages.filter((message) => message.ruleId === id).map(({path, line, column, message}) => ({path, line, column, message}))
    expect(mine).toEqual(
      example.expected.map((expected) => ({path: expected.path ?? first, line: expected.line, column: expected.column, message: expected.message})),
    )
    const others = messages.filter((message) => message.ruleId !== id).map((message) => message.ruleId)
    expect(
      [...new Set(others)].filter((other) => !(example.also ?? []).includes(other)),
      JSON.stringify(messages, null, 1),
    ).toEqual([])
    // A rule's own severity, or one level lower for a finding it is not sure of (Finding.uncertain).
    for (const message of messages.filter((message) => message.ruleId === id)) expect([rule.meta.severity === 'error' ? 2 : 1, 1]).toContain(message.severity)
  })
})

describe('the rule set', () => {
  it('gives every rule id at least one valid and one invalid example', () => {
    const missing = allRules.filter((rule) => rule.meta.examples.valid.length === 0 || rule.meta.examples.invalid.length === 0).map((rule) => rule.id)
    expect(missing).toEqual([])
  })

  it('has unique ids, each in a file of its own named after it (rules/<family>/<name>.ts)', async () => {
    const ids = allRules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of allRules) {
      const module = (await import(path.join(rulesRoot, `${rule.id}.ts`))) as Record<string, unknown>
      expect(module.rule, rule.id).toBe(rule)
    }
  })

  it('lists every rule file, and every rule file holds one rule', async () => {
    const root = rulesRoot
    // Not rules: the list, the example builders, and a re-export kept for importers outside validate/.
    const helpers = new Set(['index.ts', 'examples.ts'])
    const files = readdirSync(root, {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !helpers.has(file))
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(allRules.map((rule) => rule.id).sort())
    for (const file of files) {
      const module = (await import(path.join(root, file))) as Record<string, unknown>
      const exported = Object.values(module).filter((value) => typeof value === 'object' && value !== null && 'meta' in value)
      expect(exported, file).toHaveLength(1)
    }
  })

  it('names rule ids outside rules/ only where known, and only ids that exist', () => {
    const src = path.resolve(__dirname, '../../src')
    // Severity configuration of the submit preview names ids by design; the worker pool passes ids
    // with the findings validate.ts builds (left to the validation-cache work on those files).
    const allowed = new Set(['submit/submit.ts', 'validate/pool.ts', 'validate/worker.ts'])
    const known = new Set(allRules.map((rule) => rule.id))
    const naming = new Set<string>()
    for (const file of readdirSync(src, {recursive: true, encoding: 'utf8'}).map((name) => name.split(path.sep).join('/'))) {
      if (!/\.tsx?$/.test(file) || file.startsWith('validate/rules/')) continue
      for (const match of readFileSync(path.join(src, file), 'utf8').matchAll(/['"](internal-error|(?:anon|links|safety|schema|structure)\/[a-z-]+)['"]/g)) {
        expect(known.has(match[1]!), `${file} names an unknown rule ${match[1]}`).toBe(true)
        naming.add(file)
      }
    }
    expect([...naming].filter((file) => !allowed.has(file))).toEqual([])
  })

  it('runs checks, load-time and engine rules in disjoint lists', () => {
    const checks = new Set(rules)
    expect(loadRules.concat(engineRules).filter((rule) => checks.has(rule) || rule.check || rule.checkCorpus)).toEqual([])
    expect(rules.filter((rule) => !rule.check && !rule.checkCorpus)).toEqual([])
  })
})
