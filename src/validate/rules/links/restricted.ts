/** links/restricted — a public entry links to a practitioners-only case review only when the link says so. */
import path from 'node:path'
import {RESTRICTED_LINK_TITLE, resolveEntryLink} from '../../../model/links.js'
import {isPublic, linksOf, resolvedPathOf} from '../../links.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, paragraphLine, practice, valid} from '../examples.js'

const restricted = () => caseReview({path: 'cases/restricted-review.md', set: {visibility: 'practitioners', id: 'cr-2b3c4d5e'}})
const linking = (link: string) => practice({path: 'practices/mentoring.md', set: {id: 'pr-3c4d5e6f'}, paragraph: `See ${link}.`})

export const rule = defineRule({
  meta: {
    id: 'links/restricted',
    severity: 'error',
    description: `A public entry links to a practitioners-only case review only with the title "${RESTRICTED_LINK_TITLE}", which the public edition shows as text without the link.`,
    hint: `Mark the link: [text](../cases/review.md "${RESTRICTED_LINK_TITLE}"); the public edition then shows its text without the link.`,
    get examples() {
      return {
        valid: [
          valid('a marked link to a practitioners-only review', [
            linking(`[the review](../cases/restricted-review.md "${RESTRICTED_LINK_TITLE}")`),
            restricted(),
          ]),
        ],
        invalid: [
          invalid('an unmarked link to a practitioners-only review', [linking('[the review](../cases/restricted-review.md)'), restricted()], {
            line: paragraphLine.practice + 1,
            column: 5,
            message:
              'Unexpected link from a public entry to the practitioners-only `../cases/restricted-review.md`, expected the link marked as practitioners-only',
          }),
        ],
      }
    },
  },
  checkCorpus(entries, report) {
    const byPath = new Map(entries.map((entry) => [resolvedPathOf(entry), entry]))
    for (const entry of entries) {
      if (entry.context || !isPublic(entry)) continue
      for (const link of linksOf(entry)) {
        const resolution = resolveEntryLink(entry.path, link.url)
        if (resolution.kind !== 'entry') continue
        const target = byPath.get(path.resolve(resolution.target))
        if (!target || isPublic(target) || link.title === RESTRICTED_LINK_TITLE) continue
        report(entry, {
          reason: `Unexpected link from a public entry to the practitioners-only \`${link.url}\`, expected the link marked as practitioners-only`,
          place: link.place,
          hint: `The public edition leaves that entry out. Mark the link: [text](${link.url} "${RESTRICTED_LINK_TITLE}"); the public edition then shows its text without the link.`,
        })
      }
    }
  },
})
