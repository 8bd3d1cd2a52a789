/** anon/social-media-link — a link to a social-media profile, channel or post points at a person. */
import {hostOf, SOCIAL_HOSTS} from '../../anon/patterns.js'
import {scan} from '../../anon/scan.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, paragraphLine, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'anon/social-media-link',
    severity: 'error',
    description: 'No links to social-media profiles, channels or posts.',
    hint: 'Remove the link; describe the channel in general terms ("a Telegram channel") if it matters.',
    get examples() {
      return {
        valid: [valid('a link to a research source', caseReview({paragraph: 'See [the study](https://doi.org/10.1000/xyz).'}))],
        invalid: [
          invalid('a link to a profile', caseReview({paragraph: 'He followed [a recruiter](https://www.instagram.com/someone).'}), {
            line: paragraphLine.case,
            column: 13,
            message: 'Unexpected link to `www.instagram.com`, expected no social-media profiles or channels',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.type) return
    for (const {url, place} of scan(entry).links) {
      const host = hostOf(url)
      if (host && SOCIAL_HOSTS.test(host)) {
        report({
          reason: `Unexpected link to \`${host}\`, expected no social-media profiles or channels`,
          place,
          hint: 'Remove the link; describe the channel in general terms ("a Telegram channel") if it matters.',
        })
      }
    }
  },
})
