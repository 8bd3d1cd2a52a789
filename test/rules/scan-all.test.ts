/** scanAll runs a pattern without its leading look-behind and checks the character before each match: the matches must be those of matchAll (for patterns that cannot match the empty string, as every anonymisation pattern). */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {scanAll} from '../../src/validate/anon/patterns.js'

const patterns = [
  /(?<![\p{L}])(?:his|her|the)\s+(?:brother|sister)\s+(\p{Lu}\p{Ll}*)/giu,
  /(?<![\p{L}\d])(?:aged|of)\s+\d{1,2}(?![\d,.]\d)/giu,
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu,
  /(?<![\p{L}\d.-])(\p{Lu})\.\s?(\p{Lu}\p{Ll}+)/gu,
  /(?<![\w-])\d{2}-\d{3}(?![\w-])/g,
  /(?<![\p{L}])(?:a|ab|aba)/gu,
]

const alphabet = fc.constantFrom(
  'a',
  'b',
  'h',
  'i',
  's',
  'e',
  'r',
  'H',
  'A',
  'X',
  'é',
  'É',
  'ß',
  '𝒜',
  '😀',
  ' ',
  '\n',
  '.',
  ',',
  '-',
  "'",
  '1',
  '2',
  '4',
  'x',
  'the ',
  'his ',
  'brother ',
  'Tom',
  'aged ',
  'of ',
  'K. ',
  '12-345',
)
const text = fc.array(alphabet, {maxLength: 40}).map((parts) => parts.join(''))

const spans = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, ...match])

describe('scanAll', () => {
  it.each(patterns.map((pattern) => [pattern.source, pattern] as const))('gives the matches of matchAll for %s', (_source, pattern) => {
    fc.assert(
      fc.property(text, (value) => {
        expect(spans(scanAll(value, pattern))).toEqual(spans(value.matchAll(pattern)))
      }),
      {numRuns: 400},
    )
  })

  it('gives the same matches when scans of one pattern interleave or one is left unfinished', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        for (const pattern of patterns) {
          // A scan abandoned after its first match releases its instance for the next one.
          for (const _match of scanAll(first, pattern)) break
          const outer = scanAll(first, pattern)
          const outerMatches: RegExpMatchArray[] = []
          const innerMatches: RegExpMatchArray[][] = []
          for (const match of outer) {
            outerMatches.push(match)
            innerMatches.push([...scanAll(second, pattern)])
          }
          expect(spans(outerMatches)).toEqual(spans(first.matchAll(pattern)))
          for (const inner of innerMatches) expect(spans(inner)).toEqual(spans(second.matchAll(pattern)))
        }
      }),
      {numRuns: 200},
    )
  })
})
