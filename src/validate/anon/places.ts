/**
 * Sizes of places and countries, and demonyms, for anon/place, anon/institution and
 * anon/quasi-identifiers-in-text. Loaded once and lazily from the generated lists
 * (`place-sizes.txt`, `countries.txt`, `demonyms.txt`, built by `npm run lists`).
 */
import {readFileSync} from 'node:fs'
import {listsDir} from './lexicon.js'

/**
 * A place of fewer people than this is a quasi-identifier: a village or a small town narrows the
 * person down to a few hundred or thousand neighbours; a city of half a million does not. The lists
 * hold the size of every town of 10,000 people or more, so the threshold cannot go below that.
 */
export const SMALL_PLACE_POPULATION = 100_000

/** A country of fewer people than this (Malta, Luxembourg, Andorra) narrows a profile down as a small town does. */
export const SMALL_COUNTRY_POPULATION = 1_500_000

interface Sizes {
  /** Population of towns of 10,000 or more, by lowercase name (the biggest town of that name). */
  places: Map<string, number>
  /** Population of countries, by every lowercase name the six languages give them. */
  countries: Map<string, number>
  demonyms: Set<string>
}

let cached: Sizes | undefined

function readSizes(file: string): Map<string, number> {
  const sizes = new Map<string, number>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t')
    if (tab > 0) sizes.set(line.slice(0, tab), Number(line.slice(tab + 1)) * 1000)
  }
  return sizes
}

function sizes(): Sizes {
  if (cached) return cached
  const dir = listsDir()
  cached = {
    places: readSizes(`${dir}place-sizes.txt`),
    countries: readSizes(`${dir}countries.txt`),
    demonyms: new Set(readFileSync(`${dir}demonyms.txt`, 'utf8').split('\n').filter(Boolean)),
  }
  return cached
}

/** The population of a town (lowercase name), or undefined when it is under 10,000 or unknown. */
export function placePopulation(name: string): number | undefined {
  return sizes().places.get(name)
}

/** Whether a place (lowercase name) is a city too big to identify anyone named in passing. */
export function isBigPlace(name: string, threshold = SMALL_PLACE_POPULATION): boolean {
  return (placePopulation(name) ?? 0) >= threshold
}

/** The population of a country (lowercase name, in any of the six languages), or undefined. */
export function countryPopulation(name: string): number | undefined {
  return sizes().countries.get(name)
}

/** Whether a lowercase word is a demonym ("estonian", "faroese", "péruvienne"). */
export function isDemonym(word: string): boolean {
  return sizes().demonyms.has(word)
}
