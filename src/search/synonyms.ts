/** The one-way synonym table of search, built from the vocabularies (build side only: browsers get the table, not the vocabularies). */
import * as v from '../model/vocabularies.js'
import {wordsOf} from './semantics.js'

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

/** One-way synonyms: normalised word or phrase → what it also finds. */
export function synonymTable(): Map<string, string[]> {
  const table = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const key = wordsOf(from).join(' ')
    const target = wordsOf(to).join(' ')
    if (!key || !target || key === target) return
    if (!table.has(key)) table.set(key, new Set())
    table.get(key)!.add(target)
  }
  const vocabularies: v.Vocabulary[] = [v.phases, v.targetGroups, v.approaches, v.managementModels, v.ideologies, v.successCriteria, v.outcomes]
  for (const vocabulary of vocabularies) {
    for (const term of vocabulary) for (const synonym of term.synonyms ?? []) add(synonym, term.value.replaceAll('-', ' '))
  }
  for (const [from, to] of Object.entries(extraSynonyms)) add(from, to)
  return new Map([...table].map(([key, targets]) => [key, [...targets].sort()]))
}
