import {describe, expect, it} from 'vitest'
import {check, entryText, validCaseFront, validPracticeFront} from '../helpers/entry.js'

describe('valid entries', () => {
  it.each(['practice', 'case'] as const)('a complete %s passes with no message', (type) => {
    expect(check({type})).toEqual([])
  })
})

const invalid: Array<{name: string; type?: 'practice' | 'case'; front: string; rule: string; message: RegExp; line?: number; hint?: RegExp}> = [
  {
    name: 'unknown key with suggestion',
    front: validCaseFront.replace('outcome:', 'outcom:'),
    rule: 'schema/fields',
    message: /Unexpected field `outcom`/,
    hint: /Did you mean `outcome`/,
    line: 5,
  },
  {
    name: 'value outside vocabulary with suggestion',
    front: validCaseFront.replace('outcome: success', 'outcome: sucess'),
    rule: 'schema/fields',
    message: /Unexpected `sucess` for `outcome`/,
    hint: /`success`/,
    line: 5,
  },
  {name: 'missing required field', front: validCaseFront.replace(/^title: .*\n/m, ''), rule: 'schema/fields', message: /Missing required field `title`/},
  {
    name: 'nested unknown key',
    front: validCaseFront.replace('  gender: male', '  gendr: male'),
    rule: 'schema/fields',
    message: /Unexpected field `profile.gendr`/,
    hint: /profile.gender/,
    line: 9,
  },
  {
    name: 'nested vocabulary value',
    front: validCaseFront.replace('ageBand: undisclosed', 'ageBand: 34'),
    rule: 'schema/fields',
    message: /for `profile.ageBand`/,
    line: 10,
  },
  {
    name: 'country alias hint',
    type: 'practice',
    front: validPracticeFront.replace('country: multi', 'country: UK'),
    rule: 'schema/fields',
    message: /`UK` for `country`/,
    hint: /`GB`/,
  },
  {
    name: 'recommendation out of range',
    type: 'practice',
    front: validPracticeFront.replace('recommendations: [6]', 'recommendations: [14]'),
    rule: 'schema/fields',
    message: /recommendations\[0\]/,
  },
  {
    name: 'evaluated practice without references',
    type: 'practice',
    front: validPracticeFront.replace('level: inspiring', 'level: outcome-evaluated'),
    rule: 'schema/fields',
    message: /evaluation reference/,
  },
  {
    name: 'period ends before it starts',
    front: validCaseFront.replace('{from: 2019, to: 2022}', '{from: 2022, to: 2019}'),
    rule: 'schema/fields',
    message: /ends before it starts/,
  },
  {
    name: 'practitioners case with a public summary',
    front: validCaseFront.replace('visibility: public', 'visibility: practitioners\npublicSummary: A quotable summary.'),
    rule: 'schema/fields',
    message: /practitioners-only case cannot carry a public summary/,
  },
  {
    name: 'list given as a string',
    front: validCaseFront.replace('phases: [probation, community]', 'phases: probation'),
    rule: 'schema/fields',
    message: /Unexpected `probation` for `phases`, expected a list/,
  },
  {name: 'bad date', front: validCaseFront.replace('2026-01-15', '2026-02-30'), rule: 'schema/fields', message: /lastReviewed/},
  {name: 'id set by hand in a wrong format', front: `id: 42\n${validCaseFront}`, rule: 'schema/fields', message: /`id`/},
  {name: 'missing type', front: validCaseFront.replace('type: case\n', ''), rule: 'schema/type', message: /Missing `type`/},
  {
    name: 'unknown type with suggestion',
    front: validCaseFront.replace('type: case', 'type: cases'),
    rule: 'schema/type',
    message: /Unexpected type `cases`/,
    hint: /`case`/,
  },
  {name: 'format key', front: `${validCaseFront}\nformat: mdx`, rule: 'safety/no-format-key', message: /Unexpected `format` field/},
]

describe('schema rules', () => {
  it.each(invalid)('$name', ({type, front, rule, message, line, hint}) => {
    const messages = check(entryText({type, front}))
    const found = messages.find((m) => m.ruleId === rule && message.test(m.message))
    expect(found, JSON.stringify(messages, null, 1)).toBeDefined()
    expect(found!.severity).toBe(2)
    if (line) expect(found!.line).toBe(line)
    if (hint) expect(found!.hint).toMatch(hint)
  })

  it('collects every problem instead of stopping at the first', () => {
    const front = validCaseFront.replace('outcome: success', 'outcome: nope').replace('title:', 'titel:').replace('visibility: public', 'visibility: secret')
    expect(check(entryText({front})).filter((m) => m.ruleId === 'schema/fields').length).toBeGreaterThanOrEqual(3)
  })
})
