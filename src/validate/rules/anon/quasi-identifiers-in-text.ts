/**
 * anon/quasi-identifiers-in-text — several quasi-identifiers in one sentence of a case review: an
 * origin (a demonym, "of … origin", "from <country>"), an age ("aged 44", "of 61", "in her late
 * forties"), a small country or a small town, and an occupation ("worked as an organ builder", "an
 * Estonian beekeeper"). Each alone is harmless; three together can leave one person in the EU
 * (anon/quasi-identifier-unique does the same for the banded profile of the front matter).
 */
import {hasDigit, scanAll} from '../../anon/patterns.js'
import {anonRule, quote, type Hit} from '../../anon/define.js'
import type {Lexicon} from '../../anon/lexicon.js'
import {countryPopulation, isBigPlace, isDemonym, SMALL_COUNTRY_POPULATION} from '../../anon/places.js'
import {codeAt, isUpper, type Word, wordsOf} from '../../anon/tokens.js'
import {caseReview, invalid, paragraphLine, practice, valid} from '../examples.js'

const line = paragraphLine.case

type Kind = 'origin' | 'age' | 'small place' | 'occupation'

interface Found {
  kind: Kind
  start: number
  end: number
}

/** The combination that is reported: this many kinds in one sentence. */
const KINDS_TO_REPORT = 3

/**
 * Ages, one pattern per form (each opens with its own look-behind, which scanAll can run faster alone),
 * and whether it needs a digit (a sentence without one skips those).
 */
const AGE_FORMS: Array<[source: string, needsDigit: boolean]> = [
  [String.raw`(?<![\p{L}\d])(?:aged|age|now|of|just)\s+\d{1,2}(?![\d,.]\d)(?![\p{L}\d%])`, true],
  [String.raw`(?<=,\s?)\d{1,2}(?=\s?,)`, true],
  [String.raw`(?<![\p{L}\d])\d{1,2}[\s-](?:years?[\s-]old|year-old|ans|an|jaar|jarige|jährige[rn]?|Jahre alt|años|anni|[åa]r gammel|vuotias)(?![\p{L}])`, true],
  [String.raw`(?<![\p{L}])in\s+(?:his|her|their)\s+(?:early|mid|late)[\s-]*(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)`, false],
  [String.raw`(?<![\p{L}])(?:born|née?|geboren|nacid[oa]|nat[oa])\s+(?:in\s+|en\s+|im\s+Jahr\s+|nel\s+)?(?:19|20)\d\d(?!\d)`, true],
  [String.raw`(?<![\p{L}])[âa]g[ée]e?s?\s+de\s+\d{1,2}\s+ans`, true],
]
const AGES = AGE_FORMS.map(([source, needsDigit]) => ({pattern: new RegExp(source, 'giu'), needsDigit}))

// One look-behind before the three forms (not one per form), so that scanAll runs the pattern without it.
const OCCUPATION_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:work(?:s|ed|ing)?|employed|job|career|trained|qualified|living|earned a living)\s+as\s+(?:an?\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|(?:travaill(?:e|ait|ant)|employée?|arbeitet(?:e)?|besch[äa]ftigt|werkt(?:e)?|trabaja(?:ba)?|lavora(?:va)?)\s+(?:comme|als|como|come)\s+(?:une?\s+|een\s+|un[oa]?\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|(?:by trade|by profession|de profession|von Beruf|van beroep|de profesi[óo]n|di professione))`,
  'gu',
)

/** A lower-case noun naming a trade: an agent ending, or one of the trades that have none. */
const TRADE =
  /(?:er|or|ist|ian|smith|wright|man|woman|pilot|surgeon|chef|cook|nurse|doctor|dentist|vet|monk|priest|guide|instructor|fencer|athlete|artisan|clerk|chemist|engineer|architect|diplomat|soldier|jockey)$/
/** Agent nouns that are no trade: kinship, the justice system's words for people, and the like. */
const NOT_TRADE = new Set(
  'father mother brother sister daughter partner member prisoner offender supporter fighter follower leader user speaker teenager foreigner officer owner other another neighbour neighbor mentor former minor elder older younger passenger customer viewer reader visitor sympathiser sympathizer recruiter convert murder order border number corner'.split(
    ' ',
  ),
)

/** The next word after white space, if it is lower case: the nouns after a demonym. */
const FOLLOWING = /\s+(\p{Ll}[\p{L}'’-]*)(?![\p{L}'’-])/uy
const TRAVEL = /(?:return(?:ed|s|ing)?|came|come|back|travel+ed|fled|deported|extradited|flew|arrived|repatriated)\s+$/i
const PLACE_CUE = /(?:in|from|to|at|near|outside|of|à|en|nach|naar|bij|bei|a|di|de)\s+$/i

/** The first word at or after `from`, by binary search. */
function firstWordFrom(words: Word[], from: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (words[mid]!.index < from) low = mid + 1
    else high = mid
  }
  return low
}

function* sentences(text: string): Generator<[number, number]> {
  let start = 0
  for (const match of text.matchAll(/[.!?](?=\s+[\p{Lu}"“‘(]|\s*$)/gu)) {
    yield [start, match.index + 1]
    start = match.index + 1
  }
  if (start < text.length) yield [start, text.length]
}

function findAll(text: string, from: number, to: number, lex: Lexicon): Found[] {
  const sentence = text.slice(from, to)
  const found: Found[] = []
  const add = (kind: Kind, start: number, end: number) => found.push({kind, start: from + start, end: from + end})
  const digits = hasDigit(sentence)
  for (const {pattern, needsDigit} of AGES) {
    if (needsDigit && !digits) continue
    for (const match of scanAll(sentence, pattern)) add('age', match.index, match.index + match[0].length)
  }
  for (const match of scanAll(sentence, OCCUPATION_CUE)) {
    // The job ends before a preposition or a relative ("as a ski instructor in Slovenia").
    const cut = /\s(?:in|at|for|with|and|or|who|which|from|of|to|before|after|until|since|when|en|à|dans|bei|bij|im|de|di|a|con|per|nel|nella|con)\s/u.exec(
      `${match[0]} `,
    )
    add('occupation', match.index, match.index + (cut ? cut.index : match[0].length))
  }
  // Capitalised words: demonyms (and the trade right after one), small countries and small towns.
  // Only capitalised words can be one of those, so lower-case words are never looked at on their own.
  const words = wordsOf(text)
  for (let at = firstWordFrom(words, from); at < words.length && words[at]!.index < to; at++) {
    const {index: wordStart, raw: word} = words[at]!
    // A word that starts with a capital and follows no apostrophe or hyphen.
    const previousCode = wordStart > 0 ? text.charCodeAt(wordStart - 1) : 0
    if (previousCode === 39 || previousCode === 0x2019 || previousCode === 45 || !isUpper(codeAt(word, 0))) continue
    const match = {index: wordStart - from}
    const lower = word.toLowerCase().replace(/['’]s$/, '')
    const base = lower.replace(/-(?:born|origin|descent|rooted)$/, '')
    if (isDemonym(base)) {
      add('origin', match.index, match.index + word.length)
      // "an Estonian beekeeper", "a Mongolian-born veterinary surgeon": the trade after the demonym.
      // The last trade noun of the run of lower-case words ("helicopter pilot", not "helicopter").
      let tradeEnd = -1
      const first = match.index + word.length
      FOLLOWING.lastIndex = first
      for (let count = 0; count < 3; count++) {
        const next = FOLLOWING.exec(sentence)
        if (!next) break
        const noun = next[1]!
        if (TRADE.test(noun) && !NOT_TRADE.has(noun) && !lex.known.has(noun)) tradeEnd = FOLLOWING.lastIndex
      }
      if (tradeEnd > 0) add('occupation', first + (/^\s*/.exec(sentence.slice(first))?.[0].length ?? 0), tradeEnd)
      continue
    }
    const before = sentence.slice(Math.max(0, match.index - 16), match.index)
    const population = countryPopulation(lower)
    if (population !== undefined) {
      // "a fencer from Andorra": an origin, unless travel ("returned from Syria"); else a small country.
      if (/from\s+$/i.test(before) && !TRAVEL.test(sentence.slice(Math.max(0, match.index - 30), match.index - 5))) {
        add('origin', match.index, match.index + word.length)
      } else if (population < SMALL_COUNTRY_POPULATION) add('small place', match.index, match.index + word.length)
      continue
    }
    if (PLACE_CUE.test(before) && lex.places.has(lower) && !isBigPlace(lower) && !lex.known.has(lower) && !lex.common.has(lower) && !lex.given.has(lower)) {
      add('small place', match.index, match.index + word.length)
    }
  }
  return found
}

export function* combinations(text: string, lex: Lexicon): Generator<Hit> {
  for (const [from, to] of sentences(text)) {
    const found = findAll(text, from, to, lex)
    const kinds = new Map<Kind, Found>()
    for (const item of found.sort((a, b) => a.start - b.start)) if (!kinds.has(item.kind)) kinds.set(item.kind, item)
    if (kinds.size < KINDS_TO_REPORT) continue
    const items = [...kinds.values()].sort((a, b) => a.start - b.start)
    const listed = items.map((item) => `${item.kind} \`${quote(text.slice(item.start, item.end))}\``).join(', ')
    // The hit covers the occupation, else the age: a country is an allowed phrase (a hit on it would
    // be dropped), and anon/exact-age may claim the age first (of two anon/* hits on the same
    // characters only the first is reported).
    const anchor = kinds.get('occupation') ?? kinds.get('age')!
    yield {
      start: anchor.start,
      end: anchor.end,
      reason: `Unexpected combination of quasi-identifiers in one sentence (${listed}): together they can single the person out`,
      hint: 'Generalise at least two of them ("a man in his forties", "a craftsman", "a foreign national", "a small member state"), or suppress with the reason the combination is safe.',
    }
  }
}

export const rule = anonRule({
  meta: {
    id: 'anon/quasi-identifiers-in-text',
    severity: 'warning',
    description: 'A sentence of a case review does not combine three quasi-identifiers: an origin, an age, a small country or town, an occupation.',
    hint: 'Generalise at least two of them ("a man in his forties", "a craftsman", "a foreign national", "a small member state"), or suppress with the reason the combination is safe.',
    get examples() {
      return {
        valid: [
          valid('a profile generalised', caseReview({paragraph: 'The client, a craftsman in his sixties, had settled in a small member state.'})),
          valid(
            'a combination in a practice, which describes no person',
            practice({paragraph: 'A Latvian carpenter of 40 living in Malta took part in the pilot.'}),
          ),
        ],
        invalid: [
          invalid(
            'an origin, an age, a small country and a trade',
            caseReview({paragraph: 'The client, a Latvian carpenter of 40 living in Malta, was arrested.'}),
            {
              line,
              column: 23,
              message:
                'Unexpected combination of quasi-identifiers in one sentence (origin `Latvian`, occupation `carpenter`, age `of 40`, small place `Malta`): together they can single the person out',
            },
          ),
        ],
      }
    },
  },
  personOnly: true,
  *detect(segment, lex) {
    yield* combinations(segment.text, lex)
  },
})
