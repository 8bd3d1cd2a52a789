/** anon/exact-age — exact ages in words, digits and several languages; age bands are fine. */
import {anonRule, quote} from '../../anon/define.js'
import {matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty'
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
  new RegExp(String.raw`(?<![\p{L}\d])\d{1,2}\s*(?:y\/o|y\.o\.|yo|jaar oud|jarige|Jahre alt|jährige[rn]?|ans|años|anni)\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}\d])(?:his|her|their)\s+\d{1,2}(?:st|nd|rd|th)\s+birthday\b`, 'giu'),
]
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
    yield* matches(segment.text, bracketAge, (match) =>
      capitalisedBefore.test(segment.text.slice(Math.max(0, match.index! - 40), match.index))
        ? span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint)
        : undefined,
    )
  },
})
