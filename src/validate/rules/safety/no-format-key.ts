/** safety/no-format-key — a `format:` key would make the site compile the entry as MDX (code). */
import {fieldPlace, keyNodeAt} from '../../front-matter.js'
import {defineRule} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'safety/no-format-key',
    severity: 'error',
    description: 'Front matter has no `format` key: entries are always plain Markdown, never MDX.',
    hint: 'Remove the `format` line: entries are compiled as plain Markdown, and MDX would run code.',
    get examples() {
      return {
        valid: [valid('no format key', practice())],
        invalid: [invalid('format: mdx', practice({set: {format: 'mdx'}}), {line: 20, column: 1, message: 'Unexpected `format` field, expected none'})],
      }
    },
  },
  check(entry, report) {
    if (!entry.frontMatter || !keyNodeAt(entry.frontMatter, [], 'format')) return
    report({
      reason: 'Unexpected `format` field, expected none',
      place: fieldPlace(entry.frontMatter, 'format', 'key'),
      hint: 'Remove the `format` line: entries are compiled as plain Markdown, and MDX would run code.',
    })
  },
})
