/**
 * anon/institution — names of prisons, schools, mosques or other institutions that would single a
 * person out, in every entry: a name after a facility word of any member state's language ("HMP",
 * "JVA", "PI", "maison d'arrêt de", "centro penitenciario de", "casa circondariale di", "fengsel"),
 * before one ("… Prison", "… anstalt"), in apposition to one ("Brackenmoor, a small prison"), a
 * house with a Dutch name inside a sentence ("at De Wending"), and in a paragraph about prison a
 * town right after a transfer verb, the way a prison is named after its town ("transférée à Fleury").
 */
import {anonRule, quote, type Hit} from '../../anon/define.js'
import {ACRONYM_BEFORE, APPOSITION_NOUN, ARTICLE, PARTICLE, PRISON_CONTEXT, TRANSFER_VERB, WORDS_AFTER, WORDS_BEFORE} from '../../anon/facilities.js'
import type {Lexicon} from '../../anon/lexicon.js'
import {scanAll, NAME as WORD} from '../../anon/patterns.js'
import {countryPopulation, isBigPlace} from '../../anon/places.js'
import {caseReview, invalid, paragraphLine, valid} from '../examples.js'

const line = paragraphLine.case

const institutionAfter = new RegExp(String.raw`(?<![\p{L}])((?:${WORD}\s+){1,3})(?:${WORDS_AFTER})(?![\p{L}])`, 'gu')
/** The facility words alone (each match holds one): text without any is passed over at once (the pattern tries every capitalised word). */
const facilityWordAfter = new RegExp(WORDS_AFTER, 'u')
// "HMP Ashgrove", "JVA Lindenbruck"; "la maison d'arrêt de Saint-Aubin", "casa circondariale di Valdoria".
const acronymBefore = new RegExp(String.raw`(?<![\p{L}])(?:${ACRONYM_BEFORE})\s+(${WORD})`, 'gu')
const wordsBefore = new RegExp(String.raw`(?<![\p{L}])(?:${WORDS_BEFORE})\s+(?:(?:${PARTICLE})\s*)?(${WORD})`, 'giu')
// "Brackenmoor, a small prison"; "De Schelpenhoek, de inrichting waar…".
const APPOSITION_TAIL = String.raw`,\s+(?:${ARTICLE})\s+(?:[\p{L}-]+\s+){0,3}?(?:${APPOSITION_NOUN})(?![\p{L}])`
const apposition = new RegExp(String.raw`(?<![\p{L}])(${WORD}(?:\s+${WORD}){0,2})${APPOSITION_TAIL}`, 'giu')
/** The apposition's tail alone: it opens with a comma, so a text without one is passed over at once (the full pattern tries every word). */
const appositionTail = new RegExp(APPOSITION_TAIL, 'iu')
// A house or institution with a Dutch name inside a sentence ("lived at De Wending").
// The article comes first and the look-behind after it (the same matches, found ten times faster).
const dutchNamed = new RegExp(String.raw`(?:De|Het|Den|'t)(?<=(?:^|[^.!?:;\s])\s+(?:De|Het|Den|'t))\s+(${WORD})`, 'gu')
// "transférée à Vauclerc", "transferred to Fleury", in a paragraph about prison.
const transfer = new RegExp(String.raw`(?<![\p{L}])(?:${TRANSFER_VERB})\s+(${WORD})`, 'giu')

/** Whether a capitalised word is distinctive: no common word, domain word, country or big city. */
function distinctive(word: string, lex: Lexicon): boolean {
  // Patterns matched in any case let a lower-case word through: a name is capitalised.
  if (!/^\p{Lu}/u.test(word)) return false
  const lower = word.toLowerCase()
  return !lex.common.has(lower) && !lex.known.has(lower) && countryPopulation(lower) === undefined && !isBigPlace(lower)
}

const HINT = 'Describe the institution instead: "a high-security prison", "a prison in the north", "a local mosque", "his secondary school".'
const nameHit = (start: number, end: number, text: string): Hit => ({
  start,
  end,
  reason: `Unexpected institution name \`${quote(text.slice(start, end))}\`, expected a description`,
  hint: HINT,
})

export const rule = anonRule({
  meta: {
    id: 'anon/institution',
    severity: 'error',
    description: 'No names of prisons, schools, mosques or other institutions that would single a person out.',
    hint: 'Describe the institution instead: "a high-security prison", "a local mosque", "his secondary school".',
    get examples() {
      return {
        valid: [valid('institutions described', caseReview({paragraph: 'He spent four years in a high-security prison and prayed at a local mosque.'}))],
        invalid: [
          invalid('a prison by name', caseReview({paragraph: 'He spent four years in HMP Belmarsh.'}), {
            line,
            column: 24,
            message: 'Unexpected institution name `HMP Belmarsh`, expected a description',
          }),
          invalid('a mosque by name', caseReview({paragraph: 'The Al-Furqan Mosque offered a room.'}), {
            line,
            column: 1,
            message: 'Unexpected institution name `The Al-Furqan Mosque`, expected a description',
          }),
          invalid('a prison after a facility word in lower case', caseReview({paragraph: 'Il a passé deux ans au centre pénitentiaire de Vauclerc.'}), {
            line,
            column: 48,
            message: 'Unexpected institution name `centre pénitentiaire de Vauclerc`, expected a description',
          }),
          invalid(
            'a prison named by its town after a transfer',
            caseReview({paragraph: 'She was transferred to Brackley, where the regime of the wing was stricter.'}),
            {
              line,
              column: 24,
              message: 'Unexpected prison named by its town `Brackley`, expected a description',
            },
          ),
        ],
      }
    },
  },
  *detect(segment, lex) {
    const text = segment.text
    if (facilityWordAfter.test(text))
      for (const match of scanAll(text, institutionAfter)) {
        const words = match[1]!.trim().split(/\s+/)
        if (!words.some((word) => distinctive(word, lex))) continue
        yield nameHit(match.index, match.index + match[0].length, text)
      }
    for (const match of scanAll(text, acronymBefore)) {
      if (distinctive(match[1]!, lex)) yield nameHit(match.index, match.index + match[0].length, text)
    }
    for (const match of scanAll(text, wordsBefore)) {
      if (!distinctive(match[1]!, lex)) continue
      // The hit covers the name only: the facility word may be an allowed phrase ("Centro" is a region).
      const start = match.index + match[0].length - match[1]!.length
      yield {...nameHit(match.index, match.index + match[0].length, text), start}
    }
    if (appositionTail.test(text))
      for (const match of scanAll(text, apposition)) {
        const words = match[1]!.split(/\s+/)
        if (!words.some((word) => distinctive(word, lex) && !lex.given.has(word.toLowerCase()))) continue
        yield nameHit(match.index, match.index + match[1]!.length, text)
      }
    for (const match of scanAll(text, dutchNamed)) {
      const lower = match[0].toLowerCase()
      const word = match[1]!.toLowerCase()
      // A town ("Den Haag", "De Panne") is anon/place's; a surname ("De Vries") anon/person-name's.
      if (lex.places.has(lower) || isBigPlace(lower) || lex.surnames.has(word) || lex.given.has(word) || !distinctive(match[1]!, lex)) continue
      yield nameHit(match.index, match.index + match[0].length, text)
    }
    if (PRISON_CONTEXT.test(text)) {
      for (const match of scanAll(text, transfer)) {
        const word = match[1]!
        if (!distinctive(word, lex) || lex.given.has(word.toLowerCase()) || lex.surnames.has(word.toLowerCase())) continue
        const start = match.index + match[0].length - word.length
        yield {
          start,
          end: start + word.length,
          reason: `Unexpected prison named by its town \`${quote(word)}\`, expected a description`,
          hint: 'Describe the prison instead: "a high-security prison", "a prison in the north".',
        }
      }
    }
  },
})
