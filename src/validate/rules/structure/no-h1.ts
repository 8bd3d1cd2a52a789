/** structure/no-h1 — the title comes from the front matter, so the body has no first-level heading. */
import {startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {invalid, practice, templateBody, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'structure/no-h1',
    severity: 'error',
    description: 'No `#` heading in the body: the page title is the front matter `title`.',
    hint: 'Remove the `#` heading (put its text in `title:`), or make it a `##` section.',
    get examples() {
      return {
        valid: [valid('sections only', practice())],
        invalid: [
          invalid('a title repeated as a heading', practice({body: `# Mentoring by formers after release\n\n${templateBody()}`}), {
            line: 22,
            column: 1,
            message: 'Unexpected first-level heading, expected the title only in front matter',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.tree) return
    for (const node of entry.tree.children) {
      if (node.type === 'heading' && node.depth === 1) {
        report({
          reason: 'Unexpected first-level heading, expected the title only in front matter',
          place: startOf(node),
          hint: 'Remove the `#` heading (put its text in `title:`), or make it a `##` section.',
        })
      }
    }
  },
})
