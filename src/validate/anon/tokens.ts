/**
 * The words of a text, found once by a loop over its characters and shared by the detectors that
 * read words one by one (anon/person-name, anon/quasi-identifiers-in-text): a global Unicode pattern
 * run over every word of a case review builds one match array per word, which cost more than the
 * detectors' own work.
 */

/** A word: a letter, then letters, apostrophes and hyphens, as `/[\p{L}][\p{L}'’-]*\/gu` finds it. */
export interface Word {
  /** Offset of the first character in the text. */
  index: number
  /** The word as written. */
  raw: string
}

/** Classes of the code points below 0x10000, found when first met: KNOWN, then LETTER and UPPER bits. */
const classes = new Uint8Array(0x10000)
const KNOWN = 1
const LETTER = 2
const UPPER = 4

function classOf(code: number): number {
  if (code < 0x10000) {
    const known = classes[code]!
    if (known !== 0) return known
  }
  const char = String.fromCodePoint(code)
  const found = KNOWN | (/^\p{L}$/u.test(char) ? LETTER : 0) | (/^\p{Lu}$/u.test(char) ? UPPER : 0)
  if (code < 0x10000) classes[code] = found
  return found
}

/** Whether a code point is a letter (`\p{L}`). */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
  return (classOf(code) & LETTER) !== 0
}

/** Whether a code point is an upper-case letter (`\p{Lu}`). */
export function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90
  return (classOf(code) & UPPER) !== 0
}

/** The code point at `index` (a whole surrogate pair) and the number of code units it takes. */
export function codeAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  }
  return code
}

const APOSTROPHE = 39
const RIGHT_QUOTE = 0x2019
const HYPHEN = 45

/** Words of the texts read lately: every anon/* rule reads the same segments, one rule after another. */
const known = new Map<string, Word[]>()
const KNOWN_TEXTS = 1024

/** The words of a text, in order (computed once for the texts read lately). */
export function wordsOf(text: string): Word[] {
  const cached = known.get(text)
  if (cached) return cached
  const words: Word[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    const code = codeAt(text, index)
    if (!isLetter(code)) {
      index += code > 0xffff ? 2 : 1
      continue
    }
    const start = index
    index += code > 0xffff ? 2 : 1
    while (index < length) {
      const next = codeAt(text, index)
      if (next !== APOSTROPHE && next !== RIGHT_QUOTE && next !== HYPHEN && !isLetter(next)) break
      index += next > 0xffff ? 2 : 1
    }
    words.push({index: start, raw: text.slice(start, index)})
  }
  if (known.size >= KNOWN_TEXTS) known.clear()
  known.set(text, words)
  return words
}
