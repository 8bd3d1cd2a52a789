/** SortedWords answers as a Set of the same words would, before and after it builds its own Set. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SortedWords} from '../../src/validate/anon/word-list.js'

const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'é', 'z', "'", '-'), maxLength: 5})

describe('SortedWords', () => {
  it('has exactly the words of its list, sorted or not, by binary search and then by its Set (property)', () => {
    fc.assert(
      fc.property(fc.array(word, {maxLength: 60}), fc.array(word, {maxLength: 60}), fc.boolean(), (words, probes, presorted) => {
        const list = SortedWords.of(presorted ? [...words].sort() : [...words])
        const reference = new Set(words)
        for (const probe of [...probes, ...words]) expect(list.has(probe)).toBe(reference.has(probe))
      }),
      {numRuns: 300},
    )
  })

  it('switches to a Set after many look-ups and keeps answering the same', () => {
    const list = SortedWords.of(['beta', 'alpha', 'gamma'])
    for (let i = 0; i < 60_000; i++) expect(list.has(i % 2 ? 'alpha' : 'delta')).toBe(i % 2 === 1)
    // Distinct words, each searched once (repeated words are answered from memory).
    for (let i = 0; i < 60_000; i++) expect(list.has(i % 2 ? 'alpha' : `delta${i}`)).toBe(i % 2 === 1)
    expect(list.has('gamma')).toBe(true)
  })
})
