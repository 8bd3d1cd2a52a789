/** anon/press-link — case reviews link only to institutional and research sources: press coverage of the case identifies the person. */
import {hostOf, SOCIAL_HOSTS} from '../../anon/patterns.js'
import {describesPerson, typeOf} from '../../../model/types/index.js'
import {scan} from '../../anon/scan.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, paragraphLine, valid} from '../examples.js'

/** Sources a case review may link to: public institutions, research, and the portal itself. */
const INSTITUTIONAL =
  /(?:^|\.)(?:europa\.eu|coe\.int|un\.org|unodc\.org|osce\.org|oecd\.org|who\.int|icct\.nl|rusi\.org|doi\.org|europris\.org|cep-probation\.org|gctf\.org|gov|gov\.[a-z]{2}|gouv\.fr|gv\.at|bund\.de|admin\.ch|overheid\.nl|rijksoverheid\.nl|government\.nl|belgium\.be|justice\.fr|justiz\.de|bmi\.bund\.de|regeringen\.se|regeringen\.no|ac\.uk|edu|uni-[a-z-]+\.de|[a-z-]+\.ac\.[a-z]{2}|researchgate\.net|springer\.com|tandfonline\.com|sagepub\.com|wiley\.com|sciencedirect\.com|jstor\.org|ssrn\.com|zenodo\.org|nature\.com|frontiersin\.org|mdpi\.com|journals\.[a-z.]+)$/i

export const rule = defineRule({
  meta: {
    id: 'anon/press-link',
    severity: 'error',
    description: 'Case reviews link only to institutional or research sources, never to press coverage of the case.',
    hint: 'Remove the link; cite a public report or study instead.',
    get examples() {
      return {
        valid: [
          valid(
            'links to an institution and a study',
            caseReview({
              paragraph: '[The RAN paper](https://home-affairs.ec.europa.eu/index_en) and [a study](https://doi.org/10.1000/xyz) describe the approach.',
            }),
          ),
        ],
        invalid: [
          invalid(
            'a link to a news article',
            caseReview({paragraph: 'The [news report](https://www.example-news.com/2021/released-man) covered the release.'}),
            {
              line: paragraphLine.case,
              column: 5,
              message: 'Unexpected link to `www.example-news.com` in a case review, expected institutional or research sources only',
            },
          ),
        ],
      }
    },
  },
  check(entry, report) {
    if (!describesPerson(entry.type)) return
    const noun = typeOf(entry.type)!.labels.noun[0]
    for (const {url, place} of scan(entry).links) {
      const host = hostOf(url)
      if (!host || !/^https?:/i.test(url) || SOCIAL_HOSTS.test(host) || INSTITUTIONAL.test(host)) continue
      report({
        reason: `Unexpected link to \`${host}\` in a ${noun}, expected institutional or research sources only`,
        place,
        hint: 'Press coverage and other pages about the case identify the person: remove the link. Cite a public report or study instead.',
      })
    }
  },
})
