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

/** The quasi-identifiers two profiles must not disagree on (undisclosed agrees with anything), besides the period. */
export const QUASI = ['gender', 'ageBand', 'ideology', 'country'] as const
const UNDISCLOSED = 'undisclosed'

/** Whether two profiles could describe the same person: no disclosed field differs and the periods overlap. */
export function compatible(a: Profile, b: Profile): boolean {
  const fieldsMatch = QUASI.every((field) => a.flat[field] === UNDISCLOSED || b.flat[field] === UNDISCLOSED || a.flat[field] === b.flat[field])
  return fieldsMatch && a.period.from <= b.period.to && b.period.from <= a.period.to
}

interface Bucket {
  /** Profile indices sorted by period start. */
  order: number[]
  froms: number[]
  /** For each prefix of `order`: the two latest period ends in it, with their profile indices. */
  best: Array<[number, number, number, number]>
}

/**
 * For each profile with at least `minDisclosed` disclosed fields, whether no other profile is
 * compatible with it (undefined for the others). In O(n log n): profiles are indexed by the values
 * of each set of fields; a profile looks up the 2^k keys its disclosed fields allow (each the value
 * or undisclosed), and within a key the earliest-starting profiles' latest ends tell whether a
 * period overlaps.
 */
export function uniqueProfiles(profiles: readonly Profile[], minDisclosed = 3): Array<boolean | undefined> {
  const subsets = new Map<string, Map<string, number[]>>()
  const disclosedOf = profiles.map((profile) => QUASI.filter((field) => profile.flat[field] !== UNDISCLOSED))
  // Index every profile under each set of fields some profile discloses (at most 2^4 sets).
  const wanted = new Set(disclosedOf.filter((fields) => fields.length >= minDisclosed).map((fields) => fields.join(',')))
  for (const name of wanted) {
    const fields = name.split(',')
    const index = new Map<string, number[]>()
    profiles.forEach((profile, i) => {
      const key = fields.map((field) => profile.flat[field] ?? '').join('\0')
      const list = index.get(key)
      if (list) list.push(i)
      else index.set(key, [i])
    })
    subsets.set(name, index)
  }
  const buckets = new Map<number[], Bucket>()
  const bucketOf = (list: number[]): Bucket => {
    let bucket = buckets.get(list)
    if (!bucket) {
      const order = [...list].sort((a, b) => profiles[a]!.period.from - profiles[b]!.period.from)
      const best: Bucket['best'] = []
      let top: [number, number, number, number] = [-Infinity, -1, -Infinity, -1]
      for (const i of order) {
        const to = profiles[i]!.period.to
        if (to > top[0]) top = [to, i, top[0], top[1]]
        else if (to > top[2]) top = [top[0], top[1], to, i]
        best.push(top)
      }
      bucket = {order, froms: order.map((i) => profiles[i]!.period.from), best}
      buckets.set(list, bucket)
    }
    return bucket
  }
  /** Whether a profile of the bucket other than `self` has a period overlapping `self`'s. */
  const overlaps = (bucket: Bucket, self: number): boolean => {
    const {from, to} = profiles[self]!.period
    // Profiles starting no later than `to`: a prefix of the order.
    let low = 0
    let high = bucket.froms.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (bucket.froms[mid]! <= to) low = mid + 1
      else high = mid
    }
    if (low === 0) return false
    const [end, who, second] = bucket.best[low - 1]!
    return (who !== self ? end : second) >= from
  }
  return profiles.map((profile, self) => {
    const fields = disclosedOf[self]!
    if (fields.length < minDisclosed) return undefined
    const index = subsets.get(fields.join(','))!
    for (let mask = 0; mask < 1 << fields.length; mask++) {
      const key = fields.map((field, f) => (mask & (1 << f) ? UNDISCLOSED : (profile.flat[field] ?? ''))).join('\0')
      const list = index.get(key)
      if (list && overlaps(bucketOf(list), self)) return false
    }
    return true
  })
}
