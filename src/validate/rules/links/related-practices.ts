/** links/related-practices — every id in `relatedPractices` names a practice of the corpus. */
import {placeIn, rawOf} from '../../front-matter.js'
import {relatedIdsOf, typeOf} from '../../../model/types/index.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, RELATED_PRACTICE_ID, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'links/related-practices',
    severity: 'error',
    description: 'Every id in `relatedPractices` names a practice of the corpus.',
    hint: "Copy the id from the `id:` line of the practice's file, or remove it from the list.",
    get examples() {
      return {
        valid: [valid(`a case review relating to practice ${RELATED_PRACTICE_ID}, which exists`, caseReview())],
        invalid: [
          invalid('an id no practice has', caseReview({set: {relatedPractices: `[${RELATED_PRACTICE_ID}, pr-zzzzzzzz]`}}), {
            line: 18,
            column: 33,
            message: 'Unexpected related practice `pr-zzzzzzzz`, expected the id of a practice in practices/',
          }),
        ],
      }
    },
  },
  // The field and the type it points at come from the entry's type (its `related` declaration).
  checkCorpus(entries, report) {
    const idsByType = new Map<string, Set<string>>()
    for (const entry of entries) {
      const raw = rawOf(entry)
      if (typeof raw?.type !== 'string' || typeof raw.id !== 'string') continue
      let ids = idsByType.get(raw.type)
      if (!ids) idsByType.set(raw.type, (ids = new Set()))
      ids.add(raw.id)
    }
    for (const entry of entries) {
      if (!entry.data || entry.context) continue
      const type = typeOf(entry.data.type)
      const target = typeOf(type?.related?.type)
      if (!type?.related || !target) continue
      const known = idsByType.get(target.name) ?? new Set<string>()
      for (const [index, id] of relatedIdsOf(type, entry.data).entries()) {
        if (known.has(id)) continue
        const noun = target.labels.noun[0]
        report(entry, {
          reason: `Unexpected related ${noun} \`${id}\`, expected the id of a ${noun} in ${target.folder}/`,
          place: placeIn(entry, `${type.related.field}.${index}`),
          hint: `Copy the id from the \`id:\` line of the ${noun}'s file, or remove the line.`,
        })
      }
    }
  },
})
