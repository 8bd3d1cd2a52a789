/** The one-way synonym table of search, built from the vocabularies (build side only: browsers get the table, not the vocabularies). */
import * as v from '../model/vocabularies.js'
import places from './places.en.json' with {type: 'json'}
import {stopWords, wordsOf} from './text.js'

/** Field-word synonyms that no vocabulary term carries. */
const extraSynonyms: Record<string, string> = {
  veto: 'violent extremist or terrorist offender',
  vetos: 'violent extremist or terrorist offenders',
  'violent extremist offender': 'veto',
  'terrorist offender': 'veto',
  ftf: 'returnee',
  ftfs: 'returnees',
  'foreign fighters': 'returnees',
  ngo: 'non governmental organisation',
  formers: 'former extremists',
  recidivism: 'reoffending',
}

/** A phrase as search compares it: normalised words, stop words left out. */
const phraseOf = (text: string) =>
  wordsOf(text)
    .filter((word) => !stopWords.has(word))
    .join(' ')

/** One-way synonyms: normalised word or phrase → what it also finds (demonyms and other names find their country). */
export function synonymTable(): Map<string, string[]> {
  const table = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const key = phraseOf(from)
    const target = phraseOf(to)
    if (!key || !target || key === target) return
    if (!table.has(key)) table.set(key, new Set())
    table.get(key)!.add(target)
  }
  const vocabularies: v.Vocabulary[] = [v.phases, v.targetGroups, v.approaches, v.managementModels, v.ideologies, v.successCriteria, v.outcomes]
  for (const vocabulary of vocabularies) {
    for (const term of vocabulary) for (const synonym of term.synonyms ?? []) add(synonym, term.value.replaceAll('-', ' '))
  }
  for (const [from, to] of Object.entries(extraSynonyms)) add(from, to)
  for (const [country, names] of Object.entries(places.names)) for (const name of names) add(name, country)
  return new Map([...table].map(([key, targets]) => [key, [...targets].sort()]))
}
