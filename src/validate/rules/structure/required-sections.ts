/** structure/required-sections — the body has every `##` section of its type, so pages read alike. */
import {typeOf} from '../../../model/types/index.js'

/** The required headings of an entry's type, in order. */
const requiredOf = (type: string) => typeOf(type)!.sections.map((section) => section.heading)
import {normaliseTitle as normalise, sectionsOf, startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {didYouMean} from '../../suggest.js'
import {invalid, practice, templateBody, valid} from '../examples.js'

const withoutAims =
  '## Description\n\nText.\n\n## Methods\n\nText.\n\n## Evidence and evaluation\n\nText.\n\n## Lessons learned\n\nText.\n\n## Transferability\n\nText.\n'

export const rule = defineRule({
  meta: {
    id: 'structure/required-sections',
    severity: 'error',
    description: 'The body has every required `##` section of its type (docs/content-model.md lists them).',
    hint: 'Add the missing `##` section, or correct the spelling of its heading; `continuum new` writes a template with every section.',
    get examples() {
      return {
        valid: [valid('every section of a practice', practice())],
        invalid: [
          invalid('a section missing', practice({body: withoutAims}), {line: 41, column: 1, message: 'Missing section `## Aims`'}),
          invalid('a section misspelt', practice({body: templateBody().replace('## Aims', '## Aim')}), {
            line: 26,
            column: 1,
            message: 'Missing section `## Aims`',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.type || !entry.tree) return
    const present = sectionsOf(entry.tree)
    const titles = present.map((section) => normalise(section.title))
    const lastLine = entry.text.split('\n').length
    for (const required of requiredOf(entry.type)) {
      if (titles.includes(normalise(required))) continue
      const near = didYouMean(
        required,
        present.map((section) => section.title).filter((title) => !requiredOf(entry.type!).some((r) => normalise(r) === normalise(title))),
      )
      const misspelt = near ? present.find((section) => section.title === near) : undefined
      report({
        reason: `Missing section \`## ${required}\``,
        place: misspelt ? startOf(misspelt.heading) : {line: lastLine, column: 1},
        hint: misspelt
          ? `Rename \`## ${misspelt.title}\` to \`## ${required}\`.`
          : `Add a \`## ${required}\` section; a ${entry.type} has: ${requiredOf(entry.type).join(', ')}.`,
      })
    }
  },
})
