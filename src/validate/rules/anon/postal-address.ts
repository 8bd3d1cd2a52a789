/** anon/postal-address — street addresses and postcodes of several member states. */
import {anonRule, quote} from '../../anon/define.js'
import {hasDigit, matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const STREET_SUFFIX =
  'straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|straße|strasse|gasse|platz|allee|ufer|damm|chaussee|vej|gade|gata|gatan|vägen|väg|katu|tie|utca|ulica|ulice|cesta|iela|gatve|tänav'
const STREET_WORD =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Square|Sq|Place|Pl|Boulevard|Blvd|Crescent|Terrace|Gardens|Court|Ct|Row|Mews|Hill|Park|Grove|Walk|Parade'
const ROMANCE_STREET =
  'rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|cours|route|via|viale|piazza|corso|vicolo|largo|calle|avenida|plaza|paseo|carrer|rua|travessa|praça|largo|ulica|ul\\.'
const addressPatterns: RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]*(?:${STREET_SUFFIX})\s+\d{1,4}\s?[a-zA-Z]?\b`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\d])\d{1,4}[a-zA-Z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:${STREET_WORD})\b\.?`, 'gu'),
  new RegExp(
    String.raw`(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?:${ROMANCE_STREET})\s+(?:(?:de|du|des|de la|del|della|dei|di|da|do|dos|das|d')\s*)?\p{Lu}[\p{L}'’-]+`,
    'giu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:${ROMANCE_STREET})\s+(?:(?:de|du|des|de la|del|della|dei|di|da|do|dos|das|d')\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:n[º°o]\.?\s*)?\d{1,4}\b`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:lives|lived|living|resides|resided|residing|staying|stayed|moved)\s+(?:at|to)\s+(?:number\s+)?\d{1,4}\b[^.;\n]{0,40}`,
    'giu',
  ),
  /\b(?:P\.?O\.?|Post(?:al)?)\s+Box\s+\d+\b/gi,
]
const postcodePatterns: RegExp[] = [
  /(?<![\w-])[1-9]\d{3}\s?(?!SA|SD|SS|EU|UN|US|UK|NL)[A-Z]{2}(?![\w-])/g, // NL
  /(?<![\w-])(?:GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])/g, // UK
  /(?<![\w-])(?:[A-Z]{1,2}-)\d{4,5}(?![\w-])/g, // D-12345, F-75001, NL-1234
  /(?<![\w-])\d{2}-\d{3}(?![\w-])/g, // PL
  /(?<![\w-])\d{3}\s\d{2}(?=\s+\p{Lu})/gu, // SE, CZ, SK, GR with a town after
]
const postcodeTown = /(?<![\w-])\d{4,5}\s+(\p{Lu}[\p{L}'’-]+)/gu

export const rule = anonRule({
  meta: {
    id: 'anon/postal-address',
    severity: 'error',
    description: 'No postal addresses or postcodes.',
    hint: 'Remove the address; name the region at most ("a town in Flanders").',
    get examples() {
      return {
        valid: [valid('a region', caseReview({paragraph: 'She moved to a town in Flanders after release.'}))],
        invalid: [
          invalid('a street and number', caseReview({paragraph: 'He lived at Kerkstraat 12 with his mother.'}), [
            {line: 28, column: 13, message: 'Unexpected postal address `Kerkstraat 12`, expected none'},
          ]),
          invalid('a postcode', caseReview({paragraph: 'The postcode 3512 JK was in his file.'}), [
            {line: 28, column: 14, message: 'Unexpected postcode `3512 JK`, expected none'},
          ]),
        ],
      }
    },
  },
  *detect(segment, lex) {
    // Every address and postcode pattern needs a digit.
    if (!hasDigit(segment.text)) return
    const hint = 'Remove the address; name the region at most ("a town in Flanders").'
    for (const pattern of addressPatterns) {
      yield* matches(segment.text, pattern, (match) => span(match, `Unexpected postal address \`${quote(match[0])}\`, expected none`, hint))
    }
    for (const pattern of postcodePatterns) {
      yield* matches(segment.text, pattern, (match) =>
        /^(?:19|20)\d\d\s[A-Z]{2}$/.test(match[0]) ? undefined : span(match, `Unexpected postcode \`${quote(match[0])}\`, expected none`, hint),
      )
    }
    yield* matches(segment.text, postcodeTown, (match) => {
      const number = Number(match[0].slice(0, 4))
      const isYear = match[0].length >= 4 && /^\d{4}\s/.test(match[0]) && number >= 1900 && number <= 2100
      if (isYear || !lex.places.has(match[1]!.toLowerCase())) return undefined
      return span(match, `Unexpected postcode and town \`${quote(match[0])}\`, expected none`, hint)
    })
  },
})
