/** anon/quasi-identifier-unique — a banded profile no other case of the corpus shares can single a person out. */
import {profileOf, profilePlace, QUASI, uniqueProfiles} from '../../anon/profile.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, valid} from '../examples.js'

const disclosed = {profile: '\n  gender: male\n  ageBand: 25-34\n  ideology: right-wing\n  legalStatus: undisclosed', country: 'BE'}

export const rule = defineRule({
  meta: {
    id: 'anon/quasi-identifier-unique',
    severity: 'warning',
    description: "A case's banded profile (gender, age band, ideology, country, period) is shared by another case of the corpus.",
    hint: 'Withhold one more field (`undisclosed`) or widen the period, so the profile cannot single the person out.',
    get examples() {
      return {
        valid: [
          valid('two cases sharing a disclosed profile', [
            caseReview({path: 'first-review.md', set: disclosed}),
            caseReview({path: 'second-review.md', set: {...disclosed, period: '{from: 2021, to: 2023}'}}),
          ]),
          valid('a profile with fewer than three fields disclosed', caseReview()),
        ],
        invalid: [
          invalid('the only case with this profile', caseReview({set: disclosed}), {
            line: 8,
            column: 1,
            message: 'Unexpected unique profile: no other case shares gender, ageBand, ideology, country and period',
          }),
        ],
      }
    },
  },
  checkCorpus(entries, report) {
    const cases = entries.flatMap((entry) => {
      const profile = profileOf(entry)
      return profile ? [{entry, profile}] : []
    })
    // Linear in the cases up to a log factor (uniqueProfiles); a pairwise check was quadratic.
    const unique = uniqueProfiles(cases.map(({profile}) => profile))
    cases.forEach(({entry, profile}, index) => {
      if (entry.context || unique[index] !== true) return
      const disclosedFields = QUASI.filter((field) => profile.flat[field] !== 'undisclosed')
      report(entry, {
        reason: `Unexpected unique profile: no other case shares ${disclosedFields.join(', ')} and period`,
        place: profilePlace(entry, profile),
        hint: 'Withhold one more field (`undisclosed`) or widen the period, so the profile cannot single the person out.',
      })
    })
  },
})
