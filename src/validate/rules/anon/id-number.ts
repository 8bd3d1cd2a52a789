/** anon/id-number — identity, passport, prisoner, case-file and bank account numbers. */
import {anonRule, quote} from '../../anon/define.js'
import {nationalIds, validIban} from '../../anon/numbers.js'
import {atomicSpace, hasDigit, matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const ID_CUE = String.raw`(?:Steueridentifikationsnummer|Sozialversicherungsnummer|documento de identidad|Identifikationsnummer|Gefangenenbuchnummer|burgerservicenummer|rijksregisternummer|national insurance|registre national|tessera sanitaria|carta d'identità|carte d'identité|identiteitskaart|residence permit|seguridad social|sécurité sociale|Personalausweis|citizen service|social security|codice fiscale|numéro d'écrou|henkilötunnus|identity card|numéro fiscal|rijksregister|Aktenzeichen|personnummer|registration|national ID|passaporto|Reisepass|Steuer-ID|matricule|pasaporte|passeport|reference|detainee|identity|offender|paspoort|passport|prisoner|register|ID card|account|dossier|licence|license|codice|docket|inmate|permit|prison|PESEL|IBAN|case|file|visa|BSN|CPR|DNI|NHS|NIE|NIF|NIR|ref|ID|NI)`
// White space between the cue and the number is taken atomically (a look-ahead captures it and a
// back-reference consumes it, so it is never given back): three adjacent `\s*` made this pattern
// cubic in a long run of spaces.
const cuedId = new RegExp(
  String.raw`(?<![\p{L}])${ID_CUE}(?![\p{L}])\.?${atomicSpace('a')}(?:(?:number|no|nr|n°|num|#|code|ID)\.?${atomicSpace('b')})?(?:[:#]${atomicSpace('c')})?(?<value>[A-Z0-9][A-Z0-9./ -]{3,20}[A-Z0-9])`,
  'giu',
)
const CUED_VALUE = 4
const iban = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g
const mixedId = /(?<![\w-])(?=[A-Z0-9-]*\d{4})(?=[A-Z0-9-]*[A-Z])[A-Z]{1,3}-?\d{4,}[A-Z]{0,2}(?![\w-])|(?<![\w-])\d{6,}[A-Z]{1,2}(?![\w-])/g
/** A national phone number written without spaces (`0612345678`): anon/phone-number reports it, as a phone number. */
const NATIONAL_PHONE = /^0[1-9]\d{8,9}$/
const longNumber =
  /(?<![\w.,€$£+-])\d(?:\.?\d){5,}(?![\w-]|[.,]\d|\s?(?:%|[Ee]uros?|EUR|€|\$|£|dollars?|pounds?|kronor|kroner|złoty|Franken|francs?|people|prisoners|offenders|inmates|hours|days|km|participants|cases))/g

/** A DOI (`10.1177/0886…`): a reference, not a person's number. */
const DOI = /^(?:\S*doi\S*|\(?10\.\d{4,9}\/\S*)$/i
/** The run of non-space characters around an index (at most 80 either side). */
function tokenAround(text: string, index: number): string {
  const before =
    text
      .slice(Math.max(0, index - 80), index)
      .split(/\s/)
      .pop() ?? ''
  const after = text.slice(index, index + 80).split(/\s/)[0] ?? ''
  return before + after
}

export const rule = anonRule({
  meta: {
    id: 'anon/id-number',
    severity: 'error',
    description: 'No national ID, passport, prisoner, case-file or bank account numbers.',
    hint: 'Remove the number: no identifier of a person, file or account goes into an entry.',
    get examples() {
      return {
        valid: [
          valid('a rounded count', caseReview({paragraph: 'Over 1,400 VETOs were detained in the EU at the time.'})),
          valid('legal references and a sum', caseReview({paragraph: 'Article 421-2-1 and Directive 2017/541 applied; the fine was 180.000 Euro.'})),
          valid('a cue word before a year', caseReview({paragraph: 'The client was released on licence in 2020 and kept every appointment.'})),
          valid('a cue word ending a sentence before a year', caseReview({paragraph: 'He spent three years in prison. In 2021 the unit closed.'})),
        ],
        invalid: [
          invalid('a prisoner number', caseReview({paragraph: 'His prisoner number 4471829 appears in the file.'}), [
            {line: 28, column: 21, message: 'Unexpected identity number `4471829`, expected none'},
          ]),
          invalid(
            'a national identity number without a cue, by its checksum',
            caseReview({paragraph: 'The form he signed carried 910527-3578 in the corner.'}),
            [{line: 28, column: 28, message: 'Unexpected identity number `910527-3578` (a valid Swedish personal identity number), expected none'}],
          ),
          invalid('a bank account', caseReview({paragraph: 'The bank account NL91 ABNA 0417 1643 00 was frozen.'}), [
            {line: 28, column: 18, message: 'Unexpected bank account number `NL91 ABNA 0417 1643 00`, expected none'},
          ]),
        ],
      }
    },
  },
  *detect(segment) {
    // Every number found here holds digits (a cued identifier at least four).
    if (!hasDigit(segment.text)) return
    const hint = 'Remove the number: no identifier of a person, file or account goes into an entry.'
    // Numbers whose scheme's checksum holds come first, so that they are reported under their scheme.
    for (const found of nationalIds(segment.text)) {
      yield {
        start: found.start,
        end: found.end,
        reason: `Unexpected identity number \`${quote(found.text)}\` (a valid ${found.scheme}), expected none`,
        hint,
      }
    }
    yield* matches(segment.text, iban, (match) =>
      validIban(match[0])
        ? span(match, `Unexpected bank account number \`${quote(match[0])}\`, expected none`, hint)
        : {
            ...span(match, `Unexpected bank account number \`${quote(match[0])}\` (its check digits fail: a typo of a real one?), expected none`, hint),
            uncertain: true,
          },
    )
    yield* matches(segment.text, cuedId, (match) => {
      // An identifier starts with a digit or a capital: lower-case words after the cue are text
      // ("on licence in 2020" is a year, "case file 2021/8841" a file number).
      const value = match[CUED_VALUE]!.replace(/^(?:\p{Ll}{1,20} )+/u, '')
        .split(/\.\s|\s(?=[A-Za-z]{2})|\s(?=\p{Ll})/u)[0]!
        .replace(/[.\s-]+$/, '')
      match[CUED_VALUE] = value
      if ((value.match(/\d/g)?.length ?? 0) < 4) return undefined
      // A year, also after words that open the next sentence ("… in prison. In 2021 the unit …").
      if (/^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$/.test(value.replace(/^(?:\p{L}{1,20} )+/u, '').trim())) return undefined
      return span(match, `Unexpected identity number \`${quote(value)}\`, expected none`, hint, CUED_VALUE)
    })
    yield* matches(segment.text, mixedId, (match) =>
      /^(?:COVID|ISO|EN|GDPR|UN|EU|CVE|RFC|SDG)-?\d/i.test(match[0])
        ? undefined
        : span(match, `Unexpected identity number \`${quote(match[0])}\`, expected none`, hint),
    )
    yield* matches(segment.text, longNumber, (match) =>
      NATIONAL_PHONE.test(match[0]) || DOI.test(tokenAround(segment.text, match.index!))
        ? undefined
        : span(
            match,
            `Unexpected number \`${quote(match[0])}\` that could identify a person or file, expected none`,
            'Remove it, or round it if it is a count ("over 1,400").',
          ),
    )
  },
})
