/** wordsOf finds, by a loop over the characters, exactly the words the pattern `[\p{L}][\p{L}'’-]*` finds (property). */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isLetter, isUpper, wordsOf} from '../../src/validate/anon/tokens.js'

const alphabet = fc.constantFrom(
  'a',
  'Z',
  'é',
  'É',
  'ß',
  'ı',
  'İ',
  'ſ',
  'K',
  'Ω',
  'ж',
  'Ж',
  '中',
  '𝒜',
  '𝓪',
  '😀',
  '\uD835',
  '\uDC9C',
  '\u0301',
  ' ',
  '\n',
  '.',
  ',',
  '-',
  "'",
  '’',
  '1',
  '٣',
  'Ahmed ',
  "O'Neil",
  'al-Haddad',
)
const text = fc.array(alphabet, {maxLength: 40}).map((parts) => parts.join(''))

describe('wordsOf', () => {
  it('gives the words of the pattern (property)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const expected = [...value.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((match) => ({index: match.index, raw: match[0]}))
        expect(wordsOf(value)).toEqual(expected)
      }),
      {numRuns: 1000},
    )
  })

  it('classes every code point as the Unicode patterns do', () => {
    for (let code = 0; code < 0x10000; code += 7) {
      const char = String.fromCharCode(code)
      expect(isLetter(code)).toBe(/^\p{L}$/u.test(char))
      expect(isUpper(code)).toBe(/^\p{Lu}$/u.test(char))
    }
    for (const code of [0x1d49c, 0x1d4ea, 0x1f600, 0x20000]) {
      const char = String.fromCodePoint(code)
      expect(isLetter(code)).toBe(/^\p{L}$/u.test(char))
      expect(isUpper(code)).toBe(/^\p{Lu}$/u.test(char))
    }
  })
})
