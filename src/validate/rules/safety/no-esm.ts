/** safety/no-esm — no MDX import/export lines: an entry never imports components or runs code. */
import {startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

const esmLine = /^(import|export)\s+(?:[\w*{}\s,]+\s+from\s+['"]|['"]|(?:default|const|let|var|function|class)\b|\{)/

export const rule = defineRule({
  meta: {
    id: 'safety/no-esm',
    severity: 'error',
    description: 'No MDX import/export statements in the body.',
    hint: 'Remove the line: entries are plain Markdown and cannot import components or run code.',
    get examples() {
      return {
        valid: [
          valid('the words import and export in a sentence', practice({paragraph: 'Import and export of good practice between member states is the aim.'})),
        ],
        invalid: [
          invalid('an import line', practice({paragraph: "import Chart from './chart.js'"}), {
            line: paragraphLine.practice,
            column: 1,
            message: 'Unexpected MDX `import`/`export` statement, expected Markdown text',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.tree) return
    for (const node of entry.tree.children) {
      if (node.type !== 'paragraph') continue
      const first = node.children[0]
      if (first?.type === 'text' && esmLine.test(first.value)) {
        report({
          reason: 'Unexpected MDX `import`/`export` statement, expected Markdown text',
          place: startOf(node),
          hint: 'Entries are plain Markdown and cannot import components or run code: remove the line.',
        })
      }
    }
  },
})
