/** anon/nom-de-guerre — noms de guerre, kunyas and online aliases identify a person as surely as a name. */
import {anonRule, quote} from '../../anon/define.js'
import {matches, NAME, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const kunya = new RegExp(String.raw`(?<![\p{L}])(?:Abu|Abou|Abo|Umm|Um|Oum|Ibn|Bin|Bint)[\s-]+(?:al-|el-|ul-|as-|ash-|ad-|at-|az-)?${NAME}`, 'gu')
const alias = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:nom de guerre|kunya|kunyah|battle name|war name|jihadi name)\s*(?:of|was|is|:)?\s*["“‘']?|(?:online name|screen name|username|user name|handle|moniker|alias)\s*(?:(?:was|is)\s*)?(?::\s*|["“‘'])["“‘']?)([\p{L}\d_'’ -]{2,40}?)["”’']?(?=[\s,.;)]|$)`,
  'giu',
)

export const rule = anonRule({
  meta: {
    id: 'anon/nom-de-guerre',
    severity: 'error',
    description: 'No noms de guerre, kunyas or online aliases ("Abu …", "Umm …").',
    hint: 'Leave the alias out; write "an alias" or "his online persona" if it matters.',
    get examples() {
      return {
        valid: [valid('an alias described, not written', caseReview({paragraph: 'In Syria he used a kunya, as most recruits did.'}))],
        invalid: [
          invalid('a kunya', caseReview({paragraph: 'In Syria he used the kunya Abu Dujana.'}), [
            {line: 28, column: 28, message: 'Unexpected nom de guerre `Abu Dujana`, expected no aliases'},
          ]),
          invalid('an alias after a cue', caseReview({paragraph: 'His nom de guerre was Ghost Lion.'}), [
            {line: 28, column: 23, message: 'Unexpected alias `Ghost`, expected no aliases'},
          ]),
        ],
      }
    },
  },
  *detect(segment) {
    const hint = 'Leave the alias out; write "an alias" or "his online persona" if it matters.'
    yield* matches(segment.text, kunya, (match) => span(match, `Unexpected nom de guerre \`${quote(match[0])}\`, expected no aliases`, hint))
    yield* matches(segment.text, alias, (match) =>
      /^(a|an|the|his|her|their|unknown|several)\b/i.test(match[1]!)
        ? undefined
        : span(match, `Unexpected alias \`${quote(match[1]!)}\`, expected no aliases`, hint, 1),
    )
  },
})
