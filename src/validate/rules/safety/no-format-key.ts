/** safety/no-format-key — a `format:` key would make the site compile the entry as MDX (code). */
import {isMap, isPair, isScalar} from 'yaml'
import {yamlPlace} from '../../load.js'
import type {Rule} from '../../rule.js'

export const rule: Rule = {
  id: 'safety/no-format-key',
  description: 'Front matter has no `format` key: entries are always plain Markdown, never MDX.',
  check(entry, report) {
    const contents = entry.frontMatter?.doc.contents
    if (!entry.frontMatter || !isMap(contents)) return
    for (const pair of contents.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'format') {
        report({
          reason: 'Unexpected `format` field, expected none',
          place: yamlPlace(entry.frontMatter, pair.key.range![0]),
          hint: 'Remove the `format` line: entries are compiled as plain Markdown, and MDX would run code.',
        })
      }
    }
  },
}
