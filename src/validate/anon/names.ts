/**
 * Name lists of anon/person-name beyond the shared lexicon, loaded once and lazily: diacritic-folded
 * given names and surnames, names that are ordinary words in another language, surnames that are
 * English words, words that are never names, and the editors' allow-list (allowed-names.json).
 * Built by `npm run lists` except allowed-names.json, which editors keep by hand.
 */
import {existsSync, readFileSync} from 'node:fs'
import {listsDir} from './lexicon.js'
import {SortedWords, type WordSet} from './word-list.js'

export interface NameLists {
  /** Given names, lowercase and folded ("ayse" for "Ayşe"). */
  given: WordSet
  /** Surnames that are no common English word, folded. */
  surnames: WordSet
  /** Given names that are also ordinary words, from ambiguous-names.json ("wade", "hope"): only with a surname. */
  ambiguousGiven: Set<string>
  /** Surnames that are common English words ("young", "baker"): they need a person's context. */
  ambiguousSurnames: WordSet
  /** Names that are ordinary words in French, German, Dutch, Spanish or Italian ("visser", "benedetta"). */
  nameWords: WordSet
  /** Words never read as names: stopwords and names of countries and languages in six languages. */
  notNames: WordSet
  /** Phrases the editors allow, lowercase. */
  allowed: string[]
}

/** Lowercase without diacritics: "Yılmaz" → "yilmaz", "Dženana" → "dzenana". */
export function fold(word: string): string {
  const lower = word.toLowerCase()
  // Plain ASCII, most words, has nothing to fold.
  for (let index = 0; index < lower.length; index++) if (lower.charCodeAt(index) > 127) return lower.replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}/gu, '')
  return lower
}

const ASCII_LOWER = /^[a-z' -]*$/

function readFolded(dir: string, name: string): WordSet {
  if (!existsSync(`${dir}${name}`)) return new Set<string>()
  // Most words are plain ASCII lowercase already: only the others pay for folding.
  const words: string[] = []
  for (const word of readFileSync(`${dir}${name}`, 'utf8').split('\n')) if (word) words.push(ASCII_LOWER.test(word) ? word : fold(word))
  return SortedWords.of(words)
}

let cached: NameLists | undefined

/** The name lists, loaded on first use. */
export function nameLists(): NameLists {
  if (cached) return cached
  const dir = listsDir()
  const allowedFile = `${dir}allowed-names.json`
  const allowed = existsSync(allowedFile) ? ((JSON.parse(readFileSync(allowedFile, 'utf8')) as {names?: string[]}).names ?? []) : []
  cached = {
    given: readFolded(dir, 'given-names.txt'),
    surnames: readFolded(dir, 'surnames.txt'),
    ambiguousSurnames: readFolded(dir, 'ambiguous-surnames.txt'),
    ambiguousGiven: new Set((JSON.parse(readFileSync(`${dir}ambiguous-names.json`, 'utf8')) as string[]).map(fold)),
    nameWords: readFolded(dir, 'name-words.txt'),
    notNames: readFolded(dir, 'not-names.txt'),
    allowed: allowed.map((phrase) => phrase.toLowerCase()),
  }
  return cached
}
