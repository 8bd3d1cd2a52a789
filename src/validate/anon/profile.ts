/** The banded profile of the person an entry describes, as its type declares it; read by anon/small-population and anon/quasi-identifier-unique. */
import {typeOf} from '../../model/types/index.js'
import type {Entry} from '../entry.js'
import {placeIn} from '../front-matter.js'

export type Flat = Record<string, string>

export interface Profile {
  /** Profile fields and the country, side by side. */
  flat: Flat
  period: {from: number; to: number}
  /** The front matter key messages point at. */
  key: string
}

/** The profile of a validated entry whose type describes a person, else undefined. */
export function profileOf(entry: Entry): Profile | undefined {
  if (!entry.data) return undefined
  const quasi = typeOf(entry.data.type)?.quasiIdentifiers?.(entry.data)
  return quasi ? {flat: quasi.fields, period: quasi.period, key: quasi.key} : undefined
}

/** Where a profile message points: the profile's key. */
export const profilePlace = (entry: Entry, profile: Profile) => placeIn(entry, profile.key, 'key')
