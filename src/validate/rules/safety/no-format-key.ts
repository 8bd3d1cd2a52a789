/** safety/no-format-key — a `format:` key would make the site compile the entry as MDX (code). */
import {fieldPlace, keyNodeAt} from '../../front-matter.js'
import type {Rule} from '../../rule.js'

export const rule: Rule = {
  id: 'safety/no-format-key',
  description: 'Front matter has no `format` key: entries are always plain Markdown, never MDX.',
  check(entry, report) {
    if (!entry.frontMatter || !keyNodeAt(entry.frontMatter, [], 'format')) return
    report({
      reason: 'Unexpected `format` field, expected none',
      place: fieldPlace(entry.frontMatter, 'format', 'key'),
      hint: 'Remove the `format` line: entries are compiled as plain Markdown, and MDX would run code.',
    })
  },
}
