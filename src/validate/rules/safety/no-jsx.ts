/** safety/no-jsx — no tag-like text outside code, which another renderer (MDX) would read as a component. */
import {visit} from 'unist-util-visit'
import {startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

const tagLike = /<\/?[A-Za-z][\w.:-]*(?=[\s/>])(?:\s+[^<>]*)?\/?>?/

export const rule = defineRule({
  meta: {
    id: 'safety/no-jsx',
    severity: 'error',
    description: 'No JSX or tag-like text outside code: Markdown that another renderer could read as a component.',
    hint: 'Remove the tag, or put it in `backticks` if you mean to show it.',
    get examples() {
      return {
        valid: [
          valid('a tag shown as code, and a comparison', practice({paragraph: 'The form used a `<Consent />` field; fewer than 5 < 10 people refused.'})),
        ],
        invalid: [
          invalid('a component written in the text', practice({paragraph: 'Read the guide \\<Guide level="1" /> first.'}), {
            line: paragraphLine.practice,
            column: 1,
            message: 'Unexpected tag-like text `<Guide`, expected Markdown',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.tree) return
    visit(entry.tree, 'text', (node) => {
      const match = tagLike.exec(node.value)
      if (!match) return
      const tag = /^<\/?([A-Za-z][\w.:-]*)/.exec(match[0])![1]
      report({
        reason: `Unexpected tag-like text \`<${tag}\`, expected Markdown`,
        place: startOf(node),
        hint: 'Entries are plain Markdown: remove the tag, or put it in `backticks` if you mean to show it.',
      })
    })
  },
})
