/** links/related-practices — every id in `relatedPractices` names a practice of the corpus. */
import {placeIn, rawOf} from '../../front-matter.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, RELATED_PRACTICE_ID, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'links/related-practices',
    severity: 'error',
    description: 'Every id in `relatedPractices` names a practice of the corpus.',
    hint: 'Copy the id from the `id:` line of the practice\'s file, or remove it from the list.',
    get examples() {
      return {
        valid: [valid(`a case review relating to practice ${RELATED_PRACTICE_ID}, which exists`, caseReview())],
        invalid: [invalid('an id no practice has', caseReview({set: {relatedPractices: `[${RELATED_PRACTICE_ID}, pr-zzzzzzzz]`}}), {line: 18, column: 33, message: 'Unexpected related practice `pr-zzzzzzzz`, expected the id of a practice in practices/'})],
      }
    },
  },
  checkCorpus(entries, report) {
    const practices = new Set<string>()
    for (const entry of entries) {
      const raw = rawOf(entry)
      if (raw?.type === 'practice' && typeof raw.id === 'string') practices.add(raw.id)
    }
    for (const entry of entries) {
      if (!entry.data || entry.context) continue
      for (const [index, id] of (entry.data.relatedPractices ?? []).entries()) {
        if (practices.has(id)) continue
        report(entry, {
          reason: `Unexpected related practice \`${id}\`, expected the id of a practice in practices/`,
          place: placeIn(entry, `relatedPractices.${index}`),
          hint: 'Copy the id from the `id:` line of the practice\'s file, or remove the line.',
        })
      }
    }
  },
})
