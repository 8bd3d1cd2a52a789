/** structure/empty-section — every required section has content. */
import {typeOf} from '../../../model/types/index.js'

/** The required headings of an entry's type, in order. */
const requiredOf = (type: string) => typeOf(type)!.sections.map((section) => section.heading)
import {normaliseTitle as normalise, sectionsOf, startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {invalid, practice, templateBody, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'structure/empty-section',
    severity: 'error',
    description: 'Every required section has content.',
    hint: 'Write at least a paragraph, or say plainly what is not known yet.',
    get examples() {
      return {
        valid: [
          valid(
            'a section saying what is not known yet',
            practice({body: templateBody().replace('Text about aims.', 'The aims were not written down; the team is collecting them.')}),
          ),
        ],
        invalid: [
          invalid('a heading with nothing under it', practice({body: templateBody().replace('Text about aims.\n\n', '')}), {
            line: 26,
            column: 1,
            message: 'Empty section `## Aims`',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.type || !entry.tree) return
    const required = new Set(requiredOf(entry.type).map(normalise))
    for (const section of sectionsOf(entry.tree)) {
      if (!required.has(normalise(section.title))) continue
      const hasContent = section.content.some((node) => node.type !== 'html' && node.type !== 'thematicBreak')
      if (!hasContent) {
        report({
          reason: `Empty section \`## ${section.title}\``,
          place: startOf(section.heading),
          hint: 'Write at least a paragraph, or say plainly what is not known yet.',
        })
      }
    }
  },
})
