/** A case review's lessons are structured: a kind from `lessonKinds` and one sentence each. */
import {describe, expect, it} from 'vitest'
import {lessonGroups} from '../src/model/types/case.js'
import {check, ruleIds, validCaseFront} from './helpers/entry.js'

const withLessons = (yaml: string) => validCaseFront.replace(/lessons:\n(?: {2,}.*\n)+/, `lessons:${yaml}\n`)

describe('structured lessons', () => {
  it('accepts lessons of each kind', () => {
    const front = withLessons(
      '\n  - kind: worked\n    text: Trust came through the mentor.\n  - kind: did-not-work\n    text: The handover lost it.\n  - kind: condition\n    text: Plan for the first week.',
    )
    expect(check({front}).filter((m) => m.ruleId.startsWith('schema/'))).toEqual([])
  })

  it('refuses a bare sentence, an unknown kind, an empty list and an overlong lesson', () => {
    expect(ruleIds({front: withLessons('\n  - Trust came through the mentor.')})).toContain('schema/fields')
    expect(ruleIds({front: withLessons('\n  - kind: lesson\n    text: Trust came through the mentor.')})).toContain('schema/fields')
    expect(ruleIds({front: withLessons(' []')})).toContain('schema/fields')
    expect(ruleIds({front: withLessons(`\n  - kind: worked\n    text: ${'a'.repeat(301)}`)})).toContain('schema/fields')
  })

  it('scans the text of each lesson for identifying details', () => {
    const messages = check({front: withLessons('\n  - kind: worked\n    text: Call him on +44 20 7946 0958 before release.')})
    expect(messages.some((m) => m.ruleId.startsWith('anon/'))).toBe(true)
  })

  it('groups lessons by kind in the vocabulary order, empty kinds left out', () => {
    const groups = lessonGroups([
      {kind: 'condition', text: 'c'},
      {kind: 'worked', text: 'w'},
    ])
    expect(groups.map((g) => [g.label, g.items])).toEqual([
      ['What worked', ['w']],
      ['Conditions', ['c']],
    ])
  })
})
