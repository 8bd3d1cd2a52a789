/**
 * How search reads text, the same at indexing and at query time, in the browser and in Node:
 * words (letters and digits, lower-cased, accents removed), stop words, British and American
 * spellings brought to one form, and English stemming (the Porter stemmer of the `stemmer`
 * package). A word's *key* is what the index stores: "organizations", "organisation" and
 * "organising" share one key, "counselling" and "counseling" another.
 */
import {stemmer} from 'stemmer'

/** Lower-case, accents removed. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** Words of a text, normalised; one-letter words are dropped (the "s" of "women's"), digits kept. */
export function wordsOf(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\d/.test(word))
}

/** English function words: neither indexed as evidence nor required in a query. */
export const stopWords: ReadonlySet<string> = new Set(
  'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just may me might more most must my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up upon very was we were what when where which while who whom why will with within without would you your yours'.split(
    ' ',
  ),
)

/** Whole words whose two spellings no rule below brings together. */
const spellingPairs: Readonly<Record<string, string>> = {
  programme: 'program',
  programmes: 'programs',
  judgement: 'judgment',
  judgements: 'judgments',
  ageing: 'aging',
  grey: 'gray',
  enquiry: 'inquiry',
  enquiries: 'inquiries',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  manoeuvre: 'maneuver',
  amongst: 'among',
  whilst: 'while',
  learnt: 'learned',
  paediatric: 'pediatric',
  foetus: 'fetus',
}

/**
 * One spelling for British and American forms (the result need not be a word: it only has to be
 * the same for both): -ize/-ise and -yze/-yse as -ise/-yse; -our as -or (behaviour, colour); -re as -er after a
 * consonant (centre, fibre); defence, offence, licence, pretence as -ense; -ogue as -og; a double
 * l before -ed, -ing, -er, -or as one (counselling, travelled, counsellor).
 */
export function canonicalSpelling(word: string): string {
  const pair = spellingPairs[word]
  if (pair) return pair
  return word
    .replace(/^(\p{L}{3,})yz(e|es|ed|ing|er|ers)$/u, '$1ys$2')
    .replace(/^(\p{L}{3,})iz(e|es|ed|ing|er|ers|ation|ations|able)$/u, '$1is$2')
    .replace(/^(\p{L}+[^aeo\P{L}])our(s|ed|ing|ful|ite|ites|able|al|ally|ism|ist|ists)?$/u, '$1or$2')
    .replace(/^(\p{L}{2,}[^aeiouy\P{L}])re(s|d)?$/u, '$1er$2')
    .replace(/^(\p{L}*(?:def|off|lic|pret))ence(s)?$/u, '$1ense$2')
    .replace(/^(\p{L}{3,})ogue(s)?$/u, '$1og$2')
    .replace(/^(\p{L}{3,}[aeiou])ll(ed|ing|er|ers|or|ors)$/u, '$1l$2')
}

/**
 * The other spellings of a word that canonicalSpelling brings to the same form ("organisation" →
 * "organization", "centre" → "center", "counselling" → "counseling"): for a server without our
 * spelling rules (Meilisearch), given as synonyms.
 */
export function spellingVariants(word: string): string[] {
  const canonical = canonicalSpelling(word)
  const candidates = new Set<string>([canonical])
  for (const [british, american] of Object.entries(spellingPairs)) {
    if (word === british) candidates.add(american)
    if (word === american) candidates.add(british)
  }
  const swaps: Array<[RegExp, string]> = [
    [/is(e|es|ed|ing|er|ers|ation|ations|able)$/u, 'iz$1'],
    [/iz(e|es|ed|ing|er|ers|ation|ations|able)$/u, 'is$1'],
    [/ys(e|es|ed|ing|er|ers)$/u, 'yz$1'],
    [/yz(e|es|ed|ing|er|ers)$/u, 'ys$1'],
    [/our(s|ed|ing|ful|ite|ites|able|al|ally|ism|ist|ists)?$/u, 'or$1'],
    [/([^aeo])or(s|ed|ing|ful|ite|ites|able|al|ally|ism|ist|ists)?$/u, '$1our$2'],
    [/([^aeiouy])re(s|d)?$/u, '$1er$2'],
    [/([^aeiouy])er(s|ed)?$/u, '$1re$2'],
    [/ence(s)?$/u, 'ense$1'],
    [/ense(s)?$/u, 'ence$1'],
    [/ogue(s)?$/u, 'og$1'],
    [/og(s)?$/u, 'ogue$1'],
    [/([aeiou])ll(ed|ing|er|ers|or|ors)$/u, '$1l$2'],
    [/([aeiou])l(ed|ing|er|ers|or|ors)$/u, '$1ll$2'],
  ]
  for (const [pattern, replacement] of swaps) candidates.add(word.replace(pattern, replacement))
  return [...candidates].filter((variant) => variant !== word && canonicalSpelling(variant) === canonical).sort()
}

/** Keys already worked out: a corpus repeats its words, and spelling rules plus stemming cost microseconds a word. Bounded. */
const keys = new Map<string, string>()
const KEYS_KEPT = 100_000

/** The index key of a (normalised) word: its canonical spelling, stemmed. Numbers are kept as they are. */
export function keyOf(word: string): string {
  let key = keys.get(word)
  if (key !== undefined) return key
  key = /^\d+$/.test(word) ? word : stemmer(canonicalSpelling(word))
  if (keys.size >= KEYS_KEPT) keys.clear()
  keys.set(word, key)
  return key
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbouring letters is one
 * edit), counting an edit of the first letter twice as Meilisearch does; gives up past `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const firstCost = a[0] === b[0] ? 0 : 1
  if (firstCost && max < 2) return max + 1
  const rows = a.length + 1
  const cols = b.length + 1
  // Three rows: two back for transpositions.
  let previous2 = new Array<number>(cols).fill(0)
  let previous = Array.from({length: cols}, (_, j) => j)
  let current = new Array<number>(cols).fill(0)
  let previousMin = 0
  for (let i = 1; i < rows; i++) {
    current[0] = i
    let rowMin = current[0]
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    // A transposition reaches back two rows: give up only when two rows in a row exceed the budget.
    if (Math.min(rowMin, previousMin) + firstCost > max) return max + 1
    previousMin = rowMin
    ;[previous2, previous, current] = [previous, current, previous2]
  }
  const distance = previous[cols - 1]! + firstCost
  return distance > max ? max + 1 : distance
}

/** Typo budget of a query word (Meilisearch's defaults: minWordSizeForTypos oneTypo 5, twoTypos 9). */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0
}
