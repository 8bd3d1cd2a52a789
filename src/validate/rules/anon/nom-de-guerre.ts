/** anon/nom-de-guerre — noms de guerre, kunyas and online aliases identify a person as surely as a name. */
import {anonRule, quote} from '../../anon/define.js'
import {matches, NAME, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const kunya = new RegExp(String.raw`(?<![\p{L}])(?:Abu|Abou|Abo|Umm|Um|Oum|Ibn|Bin|Bint)[\s-]+(?:al-|el-|ul-|as-|ash-|ad-|at-|az-)?${NAME}`, 'gu')
const alias = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:nom de guerre|kunya|kunyah|battle name|war name|jihadi name)\s*(?:of|was|is|:)?\s*["“‘']?|(?:online name|screen name|username|user name|handle|moniker|alias)\s*(?:(?:was|is)\s*)?(?::\s*|["“‘'])["“‘']?)([\p{L}\d_'’ -]{2,40}?)["”’']?(?=[\s,.;)]|$)`,
  'giu',
)

const NICKNAME_CUE = String.raw`(?:(?:was|is|were|are|became)\s+)?(?:known\s+(?:only\s+|simply\s+|locally\s+|online\s+)?as|nicknamed|dubbed|called\s+(?:him|her|them|himself|herself)|calls\s+(?:him|her|himself|herself)|knew\s+(?:him|her|them)\s+(?:only\s+)?as|went\s+by|goes\s+by|under\s+the\s+(?:name|handle|alias|nickname)|(?:name|nickname)\s+for\s+(?:him|her|them)\s*,?|(?:nannten|nannte|nennen|nennt)\s+(?:ihn|sie)(?:\s+\p{Ll}+){0,2}|(?:l['’]appel(?:ait|aient|lent)|le\s+surnomm(?:ait|aient))(?:\s+\p{Ll}+){0,2}|noem(?:de|den|t)\s+(?:hem|haar)(?:\s+\p{Ll}+){0,2}|(?:lo|la)\s+(?:llamaban|llamaba|chiamavano|chiamava)(?:\s+\p{Ll}+){0,2}|surnommée?|dite?|appelée?|genannt|Spitzname|bekend\s+als|genaamd|bijnaam|conocid[oa]\s+como|apodad[oa]|alias|mote|dett[oa]|soprannominat[oa]|not[oa]\s+come|chiamat[oa])`
/** A nickname in quotes after a cue: "known as 'the Professor'", "nicknamed «Le Prof»", "his name for him, \"little lion\"". */
/** The cue without its optional verb before it (every match holds one): text without any is passed over at once. */
const nicknameCue = new RegExp(NICKNAME_CUE.replace(String.raw`(?:(?:was|is|were|are|became)\s+)?`, ''), 'iu')
const quotedNickname = new RegExp(String.raw`(?<![\p{L}])${NICKNAME_CUE}\s*[:,]?\s*(?:["“”‘’'«„‹]\s?)([^"“”‘’'«»„‹›\n]{1,40}?)\s?["“”‘’'»‹›]`, 'giu')
/** A nickname without quotes after "called him", "nicknamed", "dubbed": capitalised words. */
const bareNickname = new RegExp(
  String.raw`(?<![\p{L}])(?:called\s+(?:him|her|them)|nicknamed|dubbed|surnommée?|genannt|apodad[oa]|soprannominat[oa])\s+((?:the\s+|le\s+|la\s+|der\s+|die\s+|de\s+|el\s+|il\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})`,
  'gu',
)

export const rule = anonRule({
  meta: {
    id: 'anon/nom-de-guerre',
    severity: 'error',
    description: 'No noms de guerre, kunyas, online aliases or nicknames ("Abu …", "known as \'the Professor\'").',
    hint: 'Leave the alias out; write "an alias" or "his online persona" if it matters.',
    get examples() {
      return {
        valid: [
          valid('an alias described, not written', caseReview({paragraph: 'In Syria he used a kunya, as most recruits did.'})),
          valid('a nickname described, not written', caseReview({paragraph: 'On the wing he had a nickname that he disliked.'})),
        ],
        invalid: [
          invalid('a kunya', caseReview({paragraph: 'In Syria he used the kunya Abu Dujana.'}), [
            {line: 28, column: 28, message: 'Unexpected nom de guerre `Abu Dujana`, expected no aliases'},
          ]),
          invalid('an alias after a cue', caseReview({paragraph: 'His nom de guerre was Ghost Lion.'}), [
            {line: 28, column: 23, message: 'Unexpected alias `Ghost`, expected no aliases'},
          ]),
          invalid('a nickname in quotes', caseReview({paragraph: "On the wing he was known as 'the Teacher'."}), [
            {line: 28, column: 30, message: 'Unexpected nickname `the Teacher`, expected no nicknames'},
          ]),
          invalid('a nickname after "called him"', caseReview({paragraph: 'The others called him Captain Hook.'}), [
            {line: 28, column: 23, message: 'Unexpected nickname `Captain Hook`, expected no nicknames'},
          ]),
        ],
      }
    },
  },
  *detect(segment) {
    const hint = 'Leave the alias out; write "an alias" or "his online persona" if it matters.'
    yield* matches(segment.text, kunya, (match) => span(match, `Unexpected nom de guerre \`${quote(match[0])}\`, expected no aliases`, hint))
    const nickHint = 'Leave the nickname out; write "a nickname" or say what it conveyed ("a nickname about his reading").'
    const described = /^(?:a|an|his|her|their|several|one)\s/i
    if (nicknameCue.test(segment.text))
      yield* matches(segment.text, quotedNickname, (match) =>
        described.test(match[1]!) || match[1]!.trim() === ''
          ? undefined
          : span(match, `Unexpected nickname \`${quote(match[1]!)}\`, expected no nicknames`, nickHint, 1),
      )
    yield* matches(segment.text, bareNickname, (match) =>
      /^(?:The|Le|La|Der|Die|De|El|Il)$/.test(match[1]!)
        ? undefined
        : span(match, `Unexpected nickname \`${quote(match[1]!)}\`, expected no nicknames`, nickHint, 1),
    )
    yield* matches(segment.text, alias, (match) =>
      /^(a|an|the|his|her|their|unknown|several)\b/i.test(match[1]!)
        ? undefined
        : span(match, `Unexpected alias \`${quote(match[1]!)}\`, expected no aliases`, hint, 1),
    )
  },
})
