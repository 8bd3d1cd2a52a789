/**
 * anon/small-population and anon/quasi-identifier-unique — a case's banded profile can identify a
 * person even with no name: report a profile that falls in a population the vocabulary marks as
 * small (error), and one that no other case of the corpus shares (warning).
 */
import {smallPopulations} from '../../../model/vocabularies.js'
import type {CaseReview} from '../../../model/schemas.js'
import type {Entry} from '../../entry.js'
import {placeIn} from '../../front-matter.js'
import type {Rule} from '../../rule.js'

const profilePlace = (entry: Entry) => placeIn(entry, 'profile', 'key')

type Flat = Record<string, string>

function flatten(data: CaseReview): Flat {
  return {...data.profile, country: data.country}
}

export const smallPopulationRule: Rule = {
  id: 'anon/small-population',
  description: 'A case\'s disclosed profile does not fall in a population the vocabulary marks as small.',
  check(entry, report) {
    if (entry.data?.type !== 'case') return
    const flat = flatten(entry.data as CaseReview)
    for (const population of smallPopulations) {
      const inside = Object.entries(population.when).every(([field, value]) => flat[field] === value)
      const disclosed = population.disclosed.every((field) => flat[field] !== undefined && flat[field] !== 'undisclosed')
      if (inside && disclosed) {
        report({
          reason: `Unexpected disclosed profile in a small population: ${population.description}`,
          place: profilePlace(entry),
          hint: `Set ${population.disclosed.map((field) => `\`${field}: undisclosed\``).join(' and ')}, or withhold ${Object.keys(population.when).map((field) => `\`${field}\``).join(', ')}.`,
        })
      }
    }
  },
}

const QUASI = ['gender', 'ageBand', 'ideology', 'country'] as const

interface Profile {
  flat: Flat
  period: CaseReview['period']
}

function compatible(a: Profile, b: Profile): boolean {
  const fieldsMatch = QUASI.every((field) => a.flat[field] === 'undisclosed' || b.flat[field] === 'undisclosed' || a.flat[field] === b.flat[field])
  return fieldsMatch && a.period.from <= b.period.to && b.period.from <= a.period.to
}

export const uniqueProfileRule: Rule = {
  id: 'anon/quasi-identifier-unique',
  description: 'A case\'s banded profile (gender, age band, ideology, country, period) is shared by another case of the corpus.',
  checkCorpus(entries, report) {
    const cases = entries
      .filter((entry): entry is Entry & {data: CaseReview} => entry.data?.type === 'case')
      .map((entry) => ({entry, profile: {flat: flatten(entry.data), period: entry.data.period}}))
    for (const {entry, profile} of cases) {
      if (entry.context) continue
      const disclosed = QUASI.filter((field) => profile.flat[field] !== 'undisclosed')
      if (disclosed.length < 3) continue
      if (cases.some((other) => other.entry !== entry && compatible(profile, other.profile))) continue
      report(entry, {
        reason: `Unexpected unique profile: no other case shares ${disclosed.join(', ')} and period`,
        place: profilePlace(entry),
        hint: 'Withhold one more field (`undisclosed`) or widen the period, so the profile cannot single the person out.',
      })
    }
  },
}
