/** anon/vehicle-plate — registration plates in the formats of several member states. */
import {anonRule, quote} from '../../anon/define.js'
import {atomicSpace, hasDigit, matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const ACRONYMS = new Set([
  'RNR',
  'NGO',
  'RAN',
  'VETO',
  'FTF',
  'CVE',
  'PVE',
  'EU',
  'UN',
  'MS',
  'ERG',
  'TRAP',
  'VERA',
  'DDP',
  'MAPPA',
  'SPIP',
  'DJI',
  'HMP',
  'COE',
])
const platePatterns: RegExp[] = [
  /(?<![\w-])(?:[A-Z]{2}-\d{3}-[A-Z]{1,2}|\d{1,3}-[A-Z]{2,3}-\d{1,3}|[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|[A-Z]{1,3}-[A-Z]{1,2}-\d{1,4}|\d-[A-Z]{3}-\d{3}|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-\d)(?![\w-])/g, // NL sidecodes, FR, BE
  /(?<![\w-])[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}\s?\d{1,4}[EH]?(?![\w-])/g, // DE
  /(?<![\w-])[A-Z]{2}\d{2}\s?[A-Z]{3}(?![\w-])/g, // UK
  /(?<![\w-])[A-Z]{2}\s?\d{3}\s?[A-Z]{2}(?![\w-])/g, // IT, FR without hyphens
  /(?<![\w-])\d{4}\s?[BCDFGHJKLMNPRSTVWXYZ]{3}(?![\w-])/g, // ES
]
const plateCue = new RegExp(
  String.raw`(?<![\p{L}])(?:licen[cs]e plate|number plate|registration plate|plate number|registration number|car registration|kenteken|nummerplaat|Kennzeichen|plaque d'immatriculation|immatriculation|targa|matrícula|rejestracja|registreringsnummer)${atomicSpace('a')}(?:(?:number|no\.?)${atomicSpace('b')})?(?:[:#]${atomicSpace('c')})?(?<value>[A-Z0-9][A-Z0-9 -]{2,10}[A-Z0-9])`,
  'giu',
)
const PLATE_VALUE = 4

export const rule = anonRule({
  meta: {
    id: 'anon/vehicle-plate',
    severity: 'error',
    description: 'No vehicle registration plates.',
    hint: 'Remove the plate: write "his car" if the vehicle matters.',
    get examples() {
      return {
        valid: [valid('an acronym that looks like a plate', caseReview({paragraph: 'Staff followed the RNR model with MAPPA partners.'}))],
        invalid: [
          invalid('a plate', caseReview({paragraph: 'He drove a car with plate AB-123-C.'}), [
            {line: 28, column: 27, message: 'Unexpected vehicle plate `AB-123-C`, expected none'},
          ]),
        ],
      }
    },
  },
  *detect(segment) {
    // Every plate holds a digit (a cued one is checked for one).
    if (!hasDigit(segment.text)) return
    const hint = 'Remove the plate: write "his car" if the vehicle matters.'
    yield* matches(segment.text, plateCue, (match) => {
      // The value ends before a lowercase word ("52-KLB-7 stond" is the plate 52-KLB-7).
      const value = match[PLATE_VALUE]!.split(/\s(?=\p{Ll})/u)[0]!
      if (!/\d/.test(value)) return undefined
      match[PLATE_VALUE] = value
      return span(match, `Unexpected vehicle plate \`${quote(value)}\`, expected none`, hint, PLATE_VALUE)
    })
    for (const pattern of platePatterns) {
      yield* matches(segment.text, pattern, (match) => {
        const letters = match[0].replace(/[^A-Z]/g, '')
        if (ACRONYMS.has(letters) || [...ACRONYMS].some((acronym) => match[0].startsWith(`${acronym} `))) return undefined
        return span(match, `Unexpected vehicle plate \`${quote(match[0])}\`, expected none`, hint)
      })
    }
  },
})
