/** anon/exact-age — exact ages in words, digits and several languages; age bands are fine. */
import {anonRule, quote} from '../../anon/define.js'
import {AGE_WORDS, EN_AGE_WORDS, EN_ORDINALS} from '../../anon/ages.js'
import {matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty'
/** An English age in words, longest first (so that "twenty-one" is not cut to "twenty"). */
const EN_WORD = `(?:${[...EN_AGE_WORDS].sort((a, b) => b.length - a.length).join('|')})`
const AGE = String.raw`(?:\d{1,2}|(?:${NUMBER_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?![\p{L}\d])`
/**
 * Age patterns, each with a cheap test (without the Unicode flag) for a word or character every
 * match holds: most segments skip most patterns.
 */
const agePatterns: Array<[gate: RegExp, pattern: RegExp]> = [
  [/old|of age/i, new RegExp(String.raw`(?<![\p{L}\d-])${AGE}[- ](?:years?|yrs?)[- ](?:old|of age)\b`, 'giu')],
  [/old/i, new RegExp(String.raw`(?<![\p{L}\d-])${AGE}-(?:year|yr)-old\b`, 'giu')],
  [
    /age/i,
    new RegExp(
      String.raw`(?<![\p{L}])aged?\s+(?:of\s+)?${AGE}(?![\d]|\s*(?:[-–]|to|and)\s*\d)(?!\s*(?:years?\s+)?(?:and|or)\s+(?:over|older|above|under|younger))`,
      'giu',
    ),
  ],
  [/age/i, new RegExp(String.raw`(?<![\p{L}])(?:at|by)\s+(?:the\s+)?age\s+(?:of\s+)?${AGE}\b`, 'giu')],
  [/\d/, new RegExp(String.raw`(?<![\p{L}])(?:age|âge|alter|leeftijd|edad|età)\s*[:=]\s*\d{1,2}\b`, 'giu')],
  [/turn/i, new RegExp(String.raw`(?<![\p{L}])(?:turned|turning|turns)\s+${AGE}\b`, 'giu')],
  // A number of years is a duration, not an age, after "for", "after", "since" or before "of prison".
  [
    /\d/,
    new RegExp(
      String.raw`(?<![\p{L}\d])(?<!(?:pendant|après|depuis|durant|sur|dans|tras|durante|hace|dopo|per|peine de|pena de)\s)\d{1,2}(?:\s*|-)(?:y\/o|y\.o\.|yo|jaar oud|jarige[n]?|Jahre alt|jährige?[rnms]?|ans|años|anni|enne)(?![\p{L}])(?!\s+(?:de\s+(?:prison|détention|réclusion|prisión|cárcel)|di\s+(?:carcere|reclusione|detenzione)))`,
      'giu',
    ),
  ],
  // "at 33", "At nineteen he…": an age when a comma or a clause follows (not "at 10:30", "at 14 %").
  // "toen hij 19 was", "als er 19 war", "im Alter von 34 Jahren"
  // Italian ages as adjectives: "ventenne", "trentaduenne", "diciottenne".
]
/** "a man of 40", "een man van 40", "un uomo di quarant'anni": a person noun, then an age (the number is checked in code). */
const PERSON_OF = new RegExp(
  String.raw`(?<![\p{L}])(?:man|woman|boy|girl|youth|teenager|homme|femme|garçon|jeune|vrouw|jongen|meisje|Mann|Frau|Junge|Mädchen|hombre|mujer|chico|chica|joven|uomo|donna|ragazzo|ragazza)\s+(?:of|de|van|von|di)\s+(?<n>\d{1,2}|\p{L}+(?:-\p{L}+){0,2})(?![\p{L}\d%]|[.,]\d|\s*%)`,
  'giu',
)
/** The words for years that follow an age. */
const YEARS_WORD = /\s(?:ans|a.os|anni|Jahren?|jaar)\b/
/** An age in words before the word for years, after a verb or preposition that gives an age ("avait dix-neuf ans", "con diecinueve años", "a diciannove anni", "mit neunzehn Jahren"). */
const wordAge = new RegExp(
  String.raw`(?<![\p{L}])(?:avait|âgée?s?\s+de|à|con|a\s+los|tenía|tiene|cumplió|aveva|ha|a|compiuti|mit|war|ist|wurde|met|op)\s+(?<n>\p{L}+(?:-\p{L}+){0,2}(?:\sy\s\p{L}+)?)\s+(?:ans|años|anni|Jahren?|jaar)(?![\p{L}])`,
  'giu',
)
/**
 * Patterns run only on segments that hold a word they need (a cheap test without the Unicode flag
 * first): most segments skip them, which keeps the rule's cost per word where it was.
 */
const gatedPatterns: Array<[gate: RegExp, pattern: RegExp]> = [
  [
    /birthday|geburtstag|verjaardag|anniversaire|cumplea|compleanno/i,
    new RegExp(
      String.raw`(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th|e|\.|°|º)?\s+(?:birthday|Geburtstag|verjaardag|anniversaire|cumpleaños|compleanno)(?![\p{L}])`,
      'giu',
    ),
  ],
  [
    /\bat\s+(?:1[3-9]|[2-9]\d|[a-z]+teen|twenty|thirty|forty|fifty|sixty)/i,
    new RegExp(
      String.raw`(?<![\p{L}])at\s+(?:1[3-9]|[2-9]\d|${EN_WORD})(?![\d:.,]\d|\s+(?:and|or|to)\s+\d)(?=\s*[,;]|\s+(?:and|he|she|they|I|we|his|her|when|was|were|had|after|before)\b)`,
      'giu',
    ),
  ],
  [/\b(?:toen|als)\s/i, new RegExp(String.raw`(?<![\p{L}])(?:toen|als)\s+(?:hij|zij|ze|er|sie)\s+\d{1,2}\s+(?:jaar\s+)?(?:was|war)\b`, 'giu')],
  [
    /alter\s+von|l'.ge\s+de|edad\s+de|et.\s+di|leeftijd\s+van/i,
    new RegExp(String.raw`(?<![\p{L}])(?:im\s+Alter\s+von|à\s+l'âge\s+de|a\s+la\s+edad\s+de|all'età\s+di|op\s+de\s+leeftijd\s+van)\s+\d{1,2}(?!\d)`, 'giu'),
  ],
  [/enn[ei]\b/i, new RegExp(String.raw`(?<![\p{L}])(?:diciassett|diciott|diciannov|vent|trent|quarant|cinquant|sessant)\p{L}{0,8}?enn[ei](?![\p{L}])`, 'giu')],
  [/\bmit\s+\d/i, new RegExp(String.raw`(?<![\p{L}])mit\s+\d{1,2}\s+Jahren\b(?!\s+(?:Haft|Gefängnis|Freiheitsstrafe))`, 'giu')],
  // "his thirtieth birthday"
  [/birthday/i, new RegExp(String.raw`(?<![\p{L}])(?:${EN_ORDINALS.join('|')})\s+birthday\b`, 'giu')],
  // "The client, now 52, says…"
  [
    /[,(] ?(?:now|nu|jetzt|maintenant|ahora|ora)\s/i,
    new RegExp(String.raw`(?<=[,(]\s?)(?:now|nu|jetzt|maintenant|ahora|ora)\s+(?:[1-9]\d|${EN_WORD})(?=\s*[,;)–—])`, 'giu'),
  ],
  // "was 17 when he was recruited"
  [/\bwhen\b/i, new RegExp(String.raw`(?<![\p{L}])(?:was|were|is|being|only|just)\s+(?:[1-9]\d|${EN_WORD})\s+when\b`, 'giu')],
  // "when he was 22,"
  [
    /\bwhen\b|\bby the time\b/i,
    new RegExp(
      String.raw`(?<![\p{L}])(?:when|by the time)\s+(?:he|she|they)\s+(?:was|were)\s+(?:[1-9]\d|${EN_WORD})(?![\p{L}\d])(?!\s*%|\s+(?:minutes|hours|days|weeks|months|years|times|per)\b)`,
      'giu',
    ),
  ],
  [
    /\b(?:man|woman|boy|girl|youth|teenager|homme|femme|gar.on|jeune|vrouw|jongen|meisje|mann|frau|junge|m.dchen|hombre|mujer|chic[oa]|joven|uomo|donna|ragazz[oa])\s+(?:of|de|van|von|di)\s/i,
    PERSON_OF,
  ],
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
        valid: [
          valid('an age band', caseReview({paragraph: 'A woman in her thirties returned with two children.'})),
          valid('durations and counts', caseReview({paragraph: 'The 24-hour helpline ran at 14 sites; he spent five years in prison.'})),
        ],
        invalid: [
          invalid('an age in years', caseReview({paragraph: 'The client was 34 years old at release.'}), [
            {line: 28, column: 16, message: 'Unexpected exact age `34 years old`, expected an age band'},
          ]),
          invalid('an age in an apposition', caseReview({paragraph: 'The client, now 52, drives a delivery van.'}), [
            {line: 28, column: 13, message: 'Unexpected exact age `now 52`, expected an age band'},
          ]),
          invalid('a German age', caseReview({paragraph: 'Der 34-jährige Klient hatte nie gearbeitet.'}), [
            {line: 28, column: 5, message: 'Unexpected exact age `34-jährige`, expected an age band'},
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
    for (const [gate, pattern] of agePatterns) {
      if (!gate.test(segment.text)) continue
      yield* matches(segment.text, pattern, (match) => span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint))
    }
    const isAge = (n: string) => (/^\d+$/.test(n) ? Number(n) >= 10 : AGE_WORDS.has(n.toLowerCase()))
    for (const [gate, pattern] of gatedPatterns) {
      if (!gate.test(segment.text)) continue
      yield* matches(segment.text, pattern, (match) =>
        match.groups?.n === undefined || isAge(match.groups.n)
          ? span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint)
          : undefined,
      )
    }
    if (YEARS_WORD.test(segment.text))
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
