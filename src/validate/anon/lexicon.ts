/**
 * Word lists of the anonymisation rules, loaded once and lazily (they weigh about a megabyte).
 * Generated lists come from `npm run lists`; hand-kept lists live beside them as JSON.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {publicBodies} from '../../model/public-bodies.js'
import {approaches, countries, ideologies, recommendations, regions, targetGroups} from '../../model/vocabularies.js'
import {SortedWords, type WordSet} from './word-list.js'

/** The folder of the word lists (beside this module in the sources, one level up in the bundled CLI). */
export function listsDir(): string {
  for (const candidate of ['./lists/', '../lists/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(`${dir}given-names.txt`)) return dir
  }
  throw new Error('The anonymisation word lists are missing; run `npm run build` again.')
}

function readSet(dir: string, name: string): WordSet {
  return SortedWords.of(readFileSync(`${dir}${name}`, 'utf8').split('\n').filter(Boolean))
}

export interface Lexicon {
  given: WordSet
  surnames: WordSet
  places: WordSet
  common: WordSet
  /** Lowercase words that are never names or places here: vocabulary, countries, nationalities, domain words. */
  known: Set<string>
  /** Lowercase phrases allowed anywhere: public organisations and programmes, regions, countries. */
  allowPhrases: string[]
}

let cached: Lexicon | undefined

const domainWords = `eu europe european union member state states commission council parliament court prison prisons probation
police ministry justice government authority authorities service services agency centre center unit wing programme program
project network foundation association institute university council municipality region province county state federal national
veto vetos veto's rnr ngo ngos ftf ftfs ran isis isil daesh al-qaeda al-qaida qaeda taliban hamas hezbollah pkk eta ira
islam islamic islamist islamists muslim muslims jihad jihadi jihadist jihadists salafi salafist salafism sunni shia christian
christianity jewish judaism arabic arab arabs kurdish turkish moroccan somali chechen bosnian albanian syrian iraqi afghan
pakistani algerian tunisian libyan egyptian dutch german french belgian spanish italian portuguese polish swedish danish
finnish austrian irish british english scottish welsh greek hungarian czech slovak slovenian croatian romanian bulgarian
latvian lithuanian estonian maltese cypriot luxembourgish norwegian swiss icelandic serbian kosovar macedonian montenegrin
ukrainian russian georgian western eastern northern southern central syria iraq afghanistan pakistan somalia libya
mali yemen turkey morocco algeria tunisia egypt jordan lebanon chechnya caucasus balkans middle east north africa
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec imam imams chaplain chaplains mentor mentors former formers
covid internet telegram whatsapp facebook twitter instagram tiktok youtube quran koran bible ramadan eid christmas easter
section annex figure table chapter article part phase step level type group category model approach scenario option case
lessons learned description aims methods evidence evaluation transferability context interventions what worked did not
recommendation recommendations outcome success failure mixed mr mrs ms dr he she they his her their him them the a an`

/** The lexicon, loaded on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached
  const dir = listsDir()
  const known = new Set(domainWords.split(/\s+/))
  for (const vocabulary of [countries, approaches, targetGroups, ideologies, regions]) {
    for (const term of vocabulary) {
      for (const word of [term.label, ...(term.synonyms ?? [])]
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}'-]+/u))
        if (word) known.add(word)
    }
  }
  for (const recommendation of recommendations) for (const word of recommendation.title.toLowerCase().split(/\W+/)) if (word) known.add(word)
  const allowPhrases = [
    ...publicBodies.flatMap((body) => [body.name, ...(body.aliases ?? [])]),
    ...regions.flatMap((term) => [term.label, ...(term.synonyms ?? [])]),
    ...countries.map((term) => term.label),
  ].map((phrase) => phrase.toLowerCase())
  cached = {
    given: readSet(dir, 'given-names.txt'),
    surnames: readSet(dir, 'surnames.txt'),
    places: readSet(dir, 'places.txt'),
    common: readSet(dir, 'common-words.txt'),
    known,
    allowPhrases,
  }
  return cached
}
