/** links/image — images are shown from a full https:// address: entries carry no image files. */
import {visit} from 'unist-util-visit'
import {resolveEntryLink} from '../../../model/links.js'
import {startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'
import {describesPerson} from '../../../model/types/index.js'

const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'links/image',
    severity: 'error',
    description:
      'Images are shown from a full https:// address: entries carry no image files, and a relative image path would break the build. (Case reviews hold no image at all: see `anon/image`.)',
    hint: 'Link an image published elsewhere by its https:// address, or remove it.',
    get examples() {
      return {
        valid: [valid('an image from a full address', practice({paragraph: '![The programme in five steps](https://example.org/steps.png)'}))],
        invalid: [
          invalid('an image file beside the entry', practice({paragraph: '![The programme in five steps](steps.png)'}), {
            line,
            column: 1,
            message: 'Unexpected image address `steps.png`, expected a full https:// address',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    // Entries that describe a person may hold no image at all (anon/image says so).
    if (!entry.tree || describesPerson(entry.type)) return
    visit(entry.tree, 'image', (node) => {
      const resolution = resolveEntryLink(entry.path, node.url)
      if (resolution.kind === 'external' && /^https?:\/\//i.test(node.url)) return
      report({
        reason:
          resolution.kind === 'invalid' && /^https?:/i.test(node.url)
            ? resolution.reason
            : `Unexpected image address \`${node.url.slice(0, 80)}\`, expected a full https:// address`,
        place: startOf(node),
        hint: 'Link an image published elsewhere by its https:// address, or remove it; entries hold text only.',
      })
    })
  },
})
