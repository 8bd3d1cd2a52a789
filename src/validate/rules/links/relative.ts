/** links/relative — relative links point at existing entries, resolved as the build resolves them. */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {resolveEntryLink} from '../../../model/links.js'
import {linksOf, resolvedPathOf} from '../../links.js'
import {defineRule} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'links/relative',
    severity: 'error',
    description: 'Relative links point at existing entries (`.md` files in practices/ or cases/), resolved as the build resolves them.',
    hint: 'Link other entries by relative path to their file, e.g. `../practices/family-counselling.md`, and web pages by their full https:// address.',
    get examples() {
      return {
        valid: [
          valid('a link to another entry of the corpus', [
            practice({path: 'practices/mentoring.md', set: {id: 'pr-2b3c4d5e'}, paragraph: 'See [family support](family-support.md).'}),
            practice({path: 'practices/family-support.md', set: {id: 'pr-3c4d5e6f'}}),
          ]),
          valid('a web address and an anchor', practice({paragraph: 'See [the paper](https://home-affairs.ec.europa.eu/index_en) and [the aims](#aims).'})),
        ],
        invalid: [
          invalid(
            'a link to an entry that does not exist',
            practice({path: 'practices/mentoring.md', set: {id: 'pr-2b3c4d5e'}, paragraph: 'See [family support](family-suport.md).'}),
            {line: line + 1, column: 5, message: 'Unexpected link target `family-suport.md`, expected an existing entry'},
          ),
          invalid('a site-absolute path', practice({paragraph: 'See [the list](/practices).'}), {
            line,
            column: 5,
            message: 'Unexpected absolute link `/practices`, expected a relative path to an entry',
          }),
        ],
      }
    },
  },
  checkCorpus(entries, report) {
    const known = new Set(entries.map(resolvedPathOf))
    for (const entry of entries) {
      if (entry.context) continue
      for (const link of linksOf(entry)) {
        const resolution = resolveEntryLink(entry.path, link.url)
        if (resolution.kind === 'invalid') report(entry, {reason: resolution.reason, place: link.place, hint: resolution.hint})
        else if (resolution.kind === 'entry' && !known.has(path.resolve(resolution.target)) && !existsSync(resolution.target)) {
          report(entry, {
            reason: `Unexpected link target \`${link.url}\`, expected an existing entry`,
            place: link.place,
            hint: 'Link other entries by relative path, e.g. `../practices/family-counselling.md`; check the spelling of the file name.',
          })
        }
      }
    }
  },
})
