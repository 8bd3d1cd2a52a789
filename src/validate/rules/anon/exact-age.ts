/** anon/exact-age — exact ages in words, digits and several languages; age bands are fine. */
import {anonRule, quote} from '../../anon/define.js'
import {AGE_WORDS, EN_AGE_WORDS, EN_ORDINALS} from '../../anon/ages.js'
import {matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty'
/** An English age in words, longest first (so that "twenty-one" is not cut to "twenty"). */
const EN_WORD = `(?:${[...EN_AGE_WORDS].sort((a, b) => b.length - a.length).join('|')})`
const AGE = String.raw`(?:\d{1,2}|(?:${NUMBER_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`
const agePatterns = [
  new RegExp(String.raw`(?<![\p{L}\d-])${AGE}[- ](?:years?|yrs?)[- ](?:old|of age)\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}\d-])${AGE}-(?:year|yr)-old\b`, 'giu'),
  new RegExp(
    String.raw`(?<![\p{L}])aged?\s+(?:of\s+)?${AGE}(?![\d]|\s*(?:[-–]|to|and)\s*\d)(?!\s*(?:years?\s+)?(?:and|or)\s+(?:over|older|above|under|younger))`,
    'giu',
  ),
  new RegExp(String.raw`(?<![\p{L}])(?:at|by)\s+(?:the\s+)?age\s+(?:of\s+)?${AGE}\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:age|âge|alter|leeftijd|edad|età)\s*[:=]\s*\d{1,2}\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:turned|turning|turns)\s+${AGE}\b`, 'giu'),
  // A number of years is a duration, not an age, after "for", "after", "since" or before "of prison".
  new RegExp(
    String.raw`(?<![\p{L}\d])(?<!(?:pendant|après|depuis|durant|sur|dans|tras|durante|hace|dopo|per|peine de|pena de)\s)\d{1,2}(?:\s*|-)(?:y\/o|y\.o\.|yo|jaar oud|jarige[n]?|Jahre alt|jährige?[rnms]?|ans|años|anni|enne)(?![\p{L}])(?!\s+(?:de\s+(?:prison|détention|réclusion|prisión|cárcel)|di\s+(?:carcere|reclusione|detenzione)))`,
    'giu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th|e|\.|°|º)?\s+(?:birthday|Geburtstag|verjaardag|anniversaire|cumpleaños|compleanno)(?![\p{L}])`,
    'giu',
  ),
  new RegExp(String.raw`(?<![\p{L}])(?:${EN_ORDINALS.join('|')})\s+birthday\b`, 'giu'),
  // "The client, now 52, says…"
  new RegExp(String.raw`(?<![\p{L}])(?:now|nu|jetzt|maintenant|ahora|ora)\s+(?:[1-9]\d|${EN_WORD})(?=\s*[,;)–—])`, 'giu'),
  // "at 33", "At nineteen he…": an age when a comma or a clause follows (not "at 10:30", "at 14 %").
  new RegExp(
    String.raw`(?<![\p{L}])at\s+(?:1[3-9]|[2-9]\d|${EN_WORD})(?![\d:.,]\d)(?=\s*[,;]|\s+(?:and|he|she|they|I|we|his|her|when|was|were|had|after|before)\b)`,
    'giu',
  ),
  // "was 17 when he was recruited"
  new RegExp(String.raw`(?<![\p{L}])(?:was|were|is|being|only|just)\s+(?:[1-9]\d|${EN_WORD})\s+when\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])mit\s+\d{1,2}\s+Jahren\b(?!\s+(?:Haft|Gefängnis|Freiheitsstrafe))`, 'giu'),
]
/** "a man of 40", "een man van 40", "un uomo di quarant'anni": a person noun, then an age (the number is checked in code). */
const personOf = new RegExp(
  String.raw`(?<![\p{L}])(?:man|woman|boy|girl|youth|teenager|homme|femme|garçon|jeune|vrouw|jongen|meisje|Mann|Frau|Junge|Mädchen|hombre|mujer|chico|chica|joven|uomo|donna|ragazzo|ragazza)\s+(?:of|de|van|von|di)\s+(?<n>\d{1,2}|\p{L}+(?:-\p{L}+){0,2})(?![\p{L}\d%]|[.,]\d|\s*%)`,
  'giu',
)
/** An age in words before the word for years, after a verb or preposition that gives an age ("avait dix-neuf ans", "con diecinueve años", "a diciannove anni", "mit neunzehn Jahren"). */
const wordAge = new RegExp(
  String.raw`(?<![\p{L}])(?:avait|âgée?s?\s+de|à|con|a\s+los|tenía|tiene|cumplió|aveva|ha|a|compiuti|mit|war|ist|wurde|met|op)\s+(?<n>\p{L}+(?:-\p{L}+){0,2}(?:\sy\s\p{L}+)?)\s+(?:ans|años|anni|Jahren?|jaar)(?![\p{L}])`,
  'giu',
)
/** "Name (34)": a number in brackets right after a capitalised word. Found by the brackets, then the
 * word before them is checked (a variable-length lookbehind here cost 4 % of all validation time). */
const bracketAge = /\(\d{1,2}\)/g
const capitalisedBefore = /\p{Lu}[\p{L}.]*\s?$/u

export const rule = anonRule({
  meta: {
    id: 'anon/exact-age',
    severity: 'error',
    description: 'No exact ages; use age bands ("in her thirties", "18-24").',
    hint: 'Use an age band: "in his early twenties", "a woman in her thirties", "under 18".',
    get examples() {
      return {
        valid: [valid('an age band', caseReview({paragraph: 'A woman in her thirties returned with two children.'}))],
        invalid: [
          invalid('an age in years', caseReview({paragraph: 'The client was 34 years old at release.'}), [
            {line: 28, column: 16, message: 'Unexpected exact age `34 years old`, expected an age band'},
          ]),
          invalid(
            'an age in brackets after a name-like word',
            caseReview({paragraph: 'The brother, Karim (34), visited twice.'}),
            [{line: 28, column: 20, message: 'Unexpected exact age `(34)`, expected an age band'}],
            {also: ['anon/person-name']},
          ),
        ],
      }
    },
  },
  *detect(segment) {
    const hint = 'Use an age band: "in his early twenties", "a woman in her thirties", "under 18".'
    for (const pattern of agePatterns) {
      yield* matches(segment.text, pattern, (match) => span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint))
    }
    const isAge = (n: string) => (/^\d+$/.test(n) ? Number(n) >= 10 : AGE_WORDS.has(n.toLowerCase()))
    yield* matches(segment.text, personOf, (match) =>
      isAge(match.groups!.n!) ? span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint) : undefined,
    )
    yield* matches(segment.text, wordAge, (match) =>
      // "il y a dix ans" is ten years ago.
      AGE_WORDS.has(match.groups!.n!.toLowerCase()) && !/\by\s$/.test(segment.text.slice(Math.max(0, match.index! - 2), match.index))
        ? span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint)
        : undefined,
    )
    yield* matches(segment.text, bracketAge, (match) =>
      capitalisedBefore.test(segment.text.slice(Math.max(0, match.index! - 40), match.index))
        ? span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint)
        : undefined,
    )
  },
})
