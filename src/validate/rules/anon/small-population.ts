/** anon/small-population — a banded profile inside a population the vocabulary marks as small identifies a person even with no name. */
import {smallPopulations} from '../../../model/vocabularies.js'
import {profileOf, profilePlace} from '../../anon/profile.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'anon/small-population',
    severity: 'error',
    description: "A case's disclosed profile does not fall in a population the vocabulary marks as small.",
    hint: 'Set the fields the message names to `undisclosed`, or withhold the fields that place the case in the small population.',
    get examples() {
      return {
        valid: [
          valid(
            'a woman in a case whose country is withheld',
            caseReview({set: {profile: '\n  gender: female\n  ageBand: undisclosed\n  ideology: undisclosed\n  legalStatus: undisclosed'}}),
          ),
        ],
        invalid: [
          invalid(
            'a woman in a named country',
            caseReview({set: {profile: '\n  gender: female\n  ageBand: undisclosed\n  ideology: undisclosed\n  legalStatus: undisclosed', country: 'NL'}}),
            {
              line: 8,
              column: 1,
              message:
                'Unexpected disclosed profile in a small population: women convicted of terrorist offences in one member state (the paper cites 15 in a Dutch wing)',
            },
          ),
        ],
      }
    },
  },
  check(entry, report) {
    const profile = profileOf(entry)
    if (!profile) return
    const flat = profile.flat
    for (const population of smallPopulations) {
      const inside = Object.entries(population.when).every(([field, value]) => flat[field] === value)
      const disclosed = population.disclosed.every((field) => flat[field] !== undefined && flat[field] !== 'undisclosed')
      if (inside && disclosed) {
        report({
          reason: `Unexpected disclosed profile in a small population: ${population.description}`,
          place: profilePlace(entry, profile),
          hint: `Set ${population.disclosed.map((field) => `\`${field}: undisclosed\``).join(' and ')}, or withhold ${Object.keys(population.when)
            .map((field) => `\`${field}\``)
            .join(', ')}.`,
        })
      }
    }
  },
})
