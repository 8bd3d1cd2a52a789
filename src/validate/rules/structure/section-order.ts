/** structure/section-order — required sections come in the order of the template, so pages read alike. */
import {typeOf} from '../../../model/types/index.js'

/** The required headings of an entry's type, in order. */
const requiredOf = (type: string) => typeOf(type)!.sections.map((section) => section.heading)
import {normaliseTitle as normalise, sectionsOf, startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, valid} from '../examples.js'

const sections = (titles: string[]) => titles.map((title) => `## ${title}\n\nText about ${title.toLowerCase()}.\n`).join('\n')

export const rule = defineRule({
  meta: {
    id: 'structure/section-order',
    severity: 'warning',
    description: 'Required sections come in the order of the template, so pages read alike.',
    hint: 'Move the section to its place in the template order (docs/content-model.md).',
    get examples() {
      return {
        valid: [
          valid(
            'the template order, with a section of its own between',
            caseReview({body: sections(['Context', 'Interventions', 'Timeline', 'What worked', 'What did not work', 'Lessons learned'])}),
          ),
        ],
        invalid: [
          invalid(
            'what worked before the interventions',
            caseReview({body: sections(['Context', 'What worked', 'Interventions', 'What did not work', 'Lessons learned'])}),
            {line: 34, column: 1, message: 'Unexpected section `## Interventions` after `## What worked`'},
          ),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.type || !entry.tree) return
    const order = requiredOf(entry.type).map(normalise)
    let last = -1
    for (const section of sectionsOf(entry.tree)) {
      const index = order.indexOf(normalise(section.title))
      if (index === -1) continue
      if (index < last) {
        report({
          reason: `Unexpected section \`## ${section.title}\` after \`## ${requiredOf(entry.type)[last]}\``,
          place: startOf(section.heading),
          hint: `Order the sections as: ${requiredOf(entry.type).join(', ')}.`,
        })
      }
      last = Math.max(last, index)
    }
  },
})
