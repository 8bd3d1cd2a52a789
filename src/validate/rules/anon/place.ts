/**
 * anon/place — places below country or region level (towns, villages, districts, streets named
 * alone) in case reviews: known places from the gazetteer under SMALL_PLACE_POPULATION people (a
 * city of half a million named in passing identifies nobody; a village does), and unknown
 * capitalised words after a place preposition or before "a village".
 */
import {scanAll} from '../../anon/patterns.js'
import {anonRule, quote, type Hit} from '../../anon/define.js'
import type {Lexicon} from '../../anon/lexicon.js'
import {countryPopulation, isBigPlace} from '../../anon/places.js'
import {isSentenceStart} from '../../anon/scan.js'
import {caseReview, invalid, paragraphLine, practice, valid} from '../examples.js'

const line = paragraphLine.case

const WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`
const candidate = new RegExp(String.raw`(?<![\p{L}\d'’-])(${WORD}(?:\s+(?:(?:an|am|aan|op|de|den|der|la|le|les|sur|en|im|bei|di|del)\s+)?${WORD}){0,2})`, 'gu')
const CUE =
  /(?:(?<![\p{L}])(?:in|near|from|to|at|outside|around|of|town|village|city|municipality|suburb|district|neighbourhood|neighborhood|borough|estate|quarter|province|hometown|called|à|nach|naar|bij|bei|village|dorp|Dorf|pueblo|paese)\s*)$/iu

// Function words of the other languages that are also towns somewhere ("Seine", "Delle"): at the
// start of a sentence they are the word, not the town.
const FUNCTION_WORDS = new Set(
  'seine seiner seinen ihre ihrer ihren deine meine unsere einer eines einem dieser diese jeder alle delle della dello degli dalle dalla nelle nella sulle sulla alle negli agli dagli questo questa quella ogni les des aux sur sous dans pour avec entre chez los las del para sobre entre desde hasta cada esta este het een deze dit onder naar over tussen'.split(
    ' ',
  ),
)

function* places(text: string, lex: Lexicon): Generator<Hit> {
  for (const match of scanAll(text, candidate)) {
    const words = match[1]!.split(/\s+/)
    // Longest known place starting at this word.
    for (let count = words.length; count >= 1; count--) {
      const phrase = words.slice(0, count).join(' ')
      const lower = phrase.toLowerCase().replace(/['’]s$/, '')
      if (!lex.places.has(lower) || lex.known.has(lower)) continue
      // A big city named in passing: not a quasi-identifier.
      if (isBigPlace(lower)) break
      const start = match.index
      const before = text.slice(Math.max(0, start - 20), start)
      const cued = CUE.test(before)
      const ambiguous = lex.given.has(lower) || lex.surnames.has(lower) || lower.length < 4
      if (ambiguous && !cued) break
      if (isSentenceStart(text, start) && !cued && count === 1 && (lex.common.has(lower) || FUNCTION_WORDS.has(lower))) break
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
// place preposition ("a flat in Molenbeek", "the village of Oosterhout", "retourné vivre à
// Saint-Véran", "zurück nach Kleinwalde"), or followed by "a village" in apposition.
const PREPOSITION = [
  'in|near|outside|from|back to|moved to|went to|returned to|district of|town of|village of|city of|neighbourhood of|neighborhood of|suburb of|municipality of|outskirts of|village called|town called|place called|hamlet called|hamlet of',
  'à|près de|vivre à|retourné à|retournée à|installé à|installée à|village de|commune de|quartier de|banlieue de',
  'nach|bei|Dorf|Ortschaft|Gemeinde',
  'naar|bij|nabij|dorp|gemeente',
  'cerca de|vivir a|volvió a|volvió al|pueblo de|municipio de|barrio de',
  'vicino a|tornato a|tornata a|vivere a|paese di|comune di|frazione di|quartiere di',
].join('|')
const cuedUnknown = new RegExp(String.raw`(?<![\p{L}])(?:${PREPOSITION})\s+(${WORD})`, 'gu')
const VILLAGE =
  'village|small town|hamlet|little town|market town|un village|un petit village|une petite ville|un bourg|un hameau|ein Dorf|ein kleines Dorf|eine Kleinstadt|een dorp|een klein dorp|een gehucht|un pueblo|un pueblecito|una aldea|un paese|un paesino|un borgo|una frazione'
const beforeVillage = new RegExp(String.raw`(?<![\p{L}])(${WORD}),\s+(?:(?:a|an)\s+)?(?:${VILLAGE})\b`, 'gu')
/** The village words alone (each match holds one): text without any is passed over at once (the pattern tries every capitalised word). */
const villageWord = new RegExp(VILLAGE)

function isUnknownPlace(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase()
  return !(
    lex.common.has(lower) ||
    lex.known.has(lower) ||
    lex.given.has(lower) ||
    lex.places.has(lower) ||
    isBigPlace(lower) ||
    countryPopulation(lower) !== undefined ||
    /^\p{Lu}+$/u.test(word)
  )
}

function* unknownPlaces(text: string, lex: Lexicon): Generator<Hit> {
  const villages = text.includes(',') && villageWord.test(text) ? [...scanAll(text, beforeVillage)] : []
  for (const match of [...scanAll(text, cuedUnknown), ...villages]) {
    const word = match[1]!
    if (!isUnknownPlace(word, lex)) continue
    const start = match.index + match[0].indexOf(word)
    yield {
      start,
      end: start + word.length,
      reason: `Unexpected place name \`${word}\`, expected the country or region only`,
      hint: 'Name the region or country instead ("a town in Flanders", "a city in the west of the country").',
    }
  }
}

export const rule = anonRule({
  meta: {
    id: 'anon/place',
    severity: 'error',
    description: 'Case reviews name places only at country or region level, never a town, village or district.',
    hint: 'Name the region or country instead ("a town in Flanders", "a city in the west of the country").',
    get examples() {
      return {
        valid: [
          valid('a region', caseReview({paragraph: 'She moved to a town in Flanders after release.'})),
          valid('a big city named in passing', caseReview({paragraph: 'After release she moved to Rotterdam, far from her old friends.'})),
          valid('a town in a practice, which describes no person', practice({paragraph: 'The method was first tried in Utrecht.'})),
        ],
        invalid: [
          invalid('a town', caseReview({paragraph: 'She found work in Zaandam.'}), {
            line,
            column: 19,
            message: 'Unexpected place name `Zaandam`, expected the country or region only',
          }),
          invalid('a district no list knows, after a preposition', caseReview({paragraph: 'The family moved to a flat in Molenbeek.'}), {
            line,
            column: 31,
            message: 'Unexpected place name `Molenbeek`, expected the country or region only',
          }),
          invalid('a village no list knows, after a French preposition', caseReview({paragraph: 'Il est retourné vivre à Saint-Véran, un village.'}), {
            line,
            column: 25,
            message: 'Unexpected place name `Saint-Véran`, expected the country or region only',
          }),
        ],
      }
    },
  },
  personOnly: true,
  *detect(segment, lex) {
    yield* places(segment.text, lex)
    yield* unknownPlaces(segment.text, lex)
  },
})
