/** anon/institution — names of prisons, schools, mosques or other institutions that would single a person out, in every entry. */
import {anonRule, quote} from '../../anon/define.js'
import {NAME as WORD} from '../../anon/patterns.js'
import {caseReview, invalid, paragraphLine, valid} from '../examples.js'

const line = paragraphLine.case

const INSTITUTION_AFTER = String.raw`(?:Prison|Penitentiary|Jail|Gaol|Detention Cent(?:re|er)|Custodial Institution|Correctional (?:Facility|Institution|Centre|Center)|Remand Cent(?:re|er)|Young Offender Institution|YOI|Mosque|Masjid|Islamic Cent(?:re|er)|Cultural Cent(?:re|er)|School|High School|Secondary School|Primary School|College|Academy|Gymnasium|Lyc[ée]e|Coll[èe]ge|Hospital|Clinic|Youth Cent(?:re|er)|Community Cent(?:re|er))`
const INSTITUTION_BEFORE = String.raw`(?:HMP|HMYOI|HMP\/YOI|JVA|PI|PPI|EPI|TBS|Maison d'arr[êe]t|Centre p[ée]nitentiaire|Centre de d[ée]tention|Centro Penitenciario|Casa Circondariale|Casa di Reclusione|Carcere|Justizvollzugsanstalt|Gevangenis|Penitentiaire Inrichting|Strafanstalt|Anstalt|F[äa]ngelse|Prison of|Mosque of)`
const institutionAfter = new RegExp(String.raw`(?<![\p{L}])((?:${WORD}\s+){1,3})${INSTITUTION_AFTER}\b`, 'gu')
const institutionBefore = new RegExp(String.raw`(?<![\p{L}])${INSTITUTION_BEFORE}\s+(?:de\s+|di\s+|van\s+)?${WORD}`, 'gu')

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
        ],
      }
    },
  },
  *detect(segment, lex) {
    const hint = 'Describe the institution instead: "a high-security prison", "a local mosque", "his secondary school".'
    for (const match of segment.text.matchAll(institutionAfter)) {
      const words = match[1]!.trim().split(/\s+/)
      const distinctive = words.filter((word) => !lex.common.has(word.toLowerCase()) && !lex.known.has(word.toLowerCase()))
      if (distinctive.length === 0) continue
      yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected institution name \`${quote(match[0])}\`, expected a description`, hint}
    }
    for (const match of segment.text.matchAll(institutionBefore)) {
      const last = match[0].split(/\s+/).at(-1)!.toLowerCase()
      if (lex.common.has(last) || lex.known.has(last)) continue
      yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected institution name \`${quote(match[0])}\`, expected a description`, hint}
    }
  },
})
