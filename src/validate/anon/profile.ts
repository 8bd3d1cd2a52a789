/** A case review's banded profile as flat fields, read by anon/small-population and anon/quasi-identifier-unique. */
import type {CaseReview} from '../../model/schemas.js'
import type {Entry} from '../entry.js'
import {placeIn} from '../front-matter.js'

export type Flat = Record<string, string>

/** The profile fields and the country, side by side. */
export function flatten(data: CaseReview): Flat {
  return {...data.profile, country: data.country}
}

/** Where a profile message points: the `profile` key. */
export const profilePlace = (entry: Entry) => placeIn(entry, 'profile', 'key')
