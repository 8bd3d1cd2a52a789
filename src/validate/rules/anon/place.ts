/**
 * anon/place — places below country or region level (towns, villages, districts, streets named
 * alone) in case reviews, and anon/institution — names of prisons, schools or mosques that would
 * single a person out, in every entry.
 */
import {anonRule, quote, type Hit} from '../../anon/define.js'
import type {Lexicon} from '../../anon/lexicon.js'
import {isSentenceStart} from '../../anon/scan.js'

const WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`
const candidate = new RegExp(String.raw`(?<![\p{L}\d'’-])(${WORD}(?:\s+(?:(?:an|am|aan|op|de|den|der|la|le|les|sur|en|im|bei|di|del)\s+)?${WORD}){0,2})`, 'gu')
const CUE = /(?:\b(?:in|near|from|to|at|outside|around|of|town|village|city|municipality|suburb|district|neighbourhood|neighborhood|borough|estate|quarter|province|hometown)\s*)$/i

function* places(text: string, lex: Lexicon): Generator<Hit> {
  for (const match of text.matchAll(candidate)) {
    const words = match[1]!.split(/\s+/)
    // Longest known place starting at this word.
    for (let count = words.length; count >= 1; count--) {
      const phrase = words.slice(0, count).join(' ')
      const lower = phrase.toLowerCase().replace(/['’]s$/, '')
      if (!lex.places.has(lower) || lex.known.has(lower)) continue
      const start = match.index!
      const before = text.slice(Math.max(0, start - 20), start)
      const cued = CUE.test(before)
      const ambiguous = lex.given.has(lower) || lex.surnames.has(lower) || lower.length < 4
      if (ambiguous && !cued) break
      if (isSentenceStart(text, start) && !cued && count === 1 && lex.common.has(lower)) break
      yield {
        start,
        end: start + phrase.length,
        reason: `Unexpected place name \`${quote(phrase)}\`, expected the country or region only`,
        hint: 'Name the region or country instead ("a town in Flanders", "a city in the west of the country").',
      }
      break
    }
  }
}

// Districts and villages the gazetteer lacks: a capitalised word no list knows, right after a
// place preposition ("a flat in Molenbeek", "the village of Oosterhout").
const cuedUnknown = new RegExp(String.raw`(?<![\p{L}])(?:in|near|outside|from|district of|town of|village of|city of|neighbourhood of|neighborhood of|suburb of|municipality of|outskirts of)\s+(${WORD})`, 'gu')

function* unknownPlaces(text: string, lex: Lexicon): Generator<Hit> {
  for (const match of text.matchAll(cuedUnknown)) {
    const word = match[1]!
    const lower = word.toLowerCase()
    if (lex.common.has(lower) || lex.known.has(lower) || lex.given.has(lower) || lex.places.has(lower) || /^\p{Lu}+$/u.test(word)) continue
    const start = match.index! + match[0].length - word.length
    yield {
      start,
      end: start + word.length,
      reason: `Unexpected place name \`${word}\`, expected the country or region only`,
      hint: 'Name the region or country instead ("a town in Flanders", "a city in the west of the country").',
    }
  }
}

export const placeRule = anonRule({
  id: 'anon/place',
  description: 'Case reviews name places only at country or region level, never a town, village or district.',
  types: ['case'],
  *detect(segment, lex) {
    yield* places(segment.text, lex)
    yield* unknownPlaces(segment.text, lex)
  },
})

const INSTITUTION_AFTER = String.raw`(?:Prison|Penitentiary|Jail|Gaol|Detention Cent(?:re|er)|Custodial Institution|Correctional (?:Facility|Institution|Centre|Center)|Remand Cent(?:re|er)|Young Offender Institution|YOI|Mosque|Masjid|Islamic Cent(?:re|er)|Cultural Cent(?:re|er)|School|High School|Secondary School|Primary School|College|Academy|Gymnasium|Lyc[ée]e|Coll[èe]ge|Hospital|Clinic|Youth Cent(?:re|er)|Community Cent(?:re|er))`
const INSTITUTION_BEFORE = String.raw`(?:HMP|HMYOI|HMP\/YOI|JVA|PI|PPI|EPI|TBS|Maison d'arr[êe]t|Centre p[ée]nitentiaire|Centre de d[ée]tention|Centro Penitenciario|Casa Circondariale|Casa di Reclusione|Carcere|Justizvollzugsanstalt|Gevangenis|Penitentiaire Inrichting|Strafanstalt|Anstalt|F[äa]ngelse|Prison of|Mosque of)`
const institutionAfter = new RegExp(String.raw`(?<![\p{L}])((?:${WORD}\s+){1,3})${INSTITUTION_AFTER}\b`, 'gu')
const institutionBefore = new RegExp(String.raw`(?<![\p{L}])${INSTITUTION_BEFORE}\s+(?:de\s+|di\s+|van\s+)?${WORD}`, 'gu')

export const institutionRule = anonRule({
  id: 'anon/institution',
  description: 'No names of prisons, schools, mosques or other institutions that would single a person out.',
  *detect(segment, lex) {
    const hint = 'Describe the institution instead: "a high-security prison", "a local mosque", "his secondary school".'
    for (const match of segment.text.matchAll(institutionAfter)) {
      const words = match[1]!.trim().split(/\s+/)
      const distinctive = words.filter((word) => !lex.common.has(word.toLowerCase()) && !lex.known.has(word.toLowerCase()))
      if (distinctive.length === 0) continue
      yield {start: match.index!, end: match.index! + match[0].length, reason: `Unexpected institution name \`${quote(match[0])}\`, expected a description`, hint}
    }
    for (const match of segment.text.matchAll(institutionBefore)) {
      const last = match[0].split(/\s+/).at(-1)!.toLowerCase()
      if (lex.common.has(last) || lex.known.has(last)) continue
      yield {start: match.index!, end: match.index! + match[0].length, reason: `Unexpected institution name \`${quote(match[0])}\`, expected a description`, hint}
    }
  },
})
