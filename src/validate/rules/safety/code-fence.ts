/** safety/code-fence — a code block names at most a language: no info string that turns on features that run code. */
import {visit} from 'unist-util-visit'
import {startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

/** Info strings that make Docusaurus unwrap a fence into raw markup (`mdx-code-block`), whatever the case. */
const UNWRAPPED_FENCES = /^mdx-code-block$/i
const LANGUAGE = /^[A-Za-z0-9_#+.-]{1,40}$/
const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'safety/code-fence',
    severity: 'error',
    description:
      'Code blocks name at most a language (`js`, `yaml`…): no `mdx-code-block`, which the portal would unwrap into markup, and no extra words after the language (`live`, `title=…`), which turn on features that run or load code.',
    hint: 'Open the block with three backticks and, if you like, a language (`yaml`); nothing else may follow on that line.',
    get examples() {
      return {
        valid: [valid('a block naming its language', practice({paragraph: '```yaml\nlevel: inspiring\n```'}))],
        invalid: [
          invalid('a block the portal would unwrap into markup', practice({paragraph: '```mdx-code-block\n<Chart />\n```'}), {
            line,
            column: 1,
            message: 'Unexpected code block info `mdx-code-block`, expected at most a language name',
          }),
          invalid('a live code block', practice({paragraph: '```jsx live\nalert(1)\n```'}), {
            line,
            column: 1,
            message: 'Unexpected code block info `jsx live`, expected at most a language name',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.tree) return
    visit(entry.tree, 'code', (node) => {
      const lang = node.lang ?? ''
      if (lang === '' && !node.meta) return
      if (UNWRAPPED_FENCES.test(lang) || !LANGUAGE.test(lang) || node.meta) {
        report({
          reason: `Unexpected code block info \`${[lang, node.meta].filter(Boolean).join(' ').slice(0, 60)}\`, expected at most a language name`,
          place: startOf(node),
          hint: 'Open the block with three backticks and, if you like, a language: ```yaml. Nothing else may follow on that line.',
        })
      }
    })
  },
})
