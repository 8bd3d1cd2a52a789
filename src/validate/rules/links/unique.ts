/** links/unique — ids and slugs are unique across the corpus: they name pages, feed items and search documents. */
import type {Entry} from '../../entry.js'
import {placeIn, rawOf} from '../../front-matter.js'
import {slugOfEntry} from '../../links.js'
import {defineRule} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'links/unique',
    severity: 'error',
    description: 'Ids and slugs are unique across the corpus.',
    hint: 'Ids are assigned once by `continuum submit`: remove a copied id and submit the file again; rename one of two files with the same name.',
    get examples() {
      return {
        valid: [
          valid('two practices with ids of their own', [
            practice({path: 'practices/mentoring.md', set: {id: 'pr-2b3c4d5e'}}),
            practice({path: 'practices/family-support.md', set: {id: 'pr-3c4d5e6f'}}),
          ]),
        ],
        invalid: [
          invalid(
            'two practices with the same id',
            [practice({path: 'practices/mentoring.md', set: {id: 'pr-2b3c4d5e'}}), practice({path: 'practices/family-support.md', set: {id: 'pr-2b3c4d5e'}})],
            {path: 'practices/family-support.md', line: 20, column: 5, message: 'Duplicate id `pr-2b3c4d5e`, already used by practices/mentoring.md'},
          ),
          invalid(
            'two files with the same name in different folders',
            [practice({path: 'practices/mentoring.md', set: {id: 'pr-2b3c4d5e'}}), practice({path: 'drafts/mentoring.md'})],
            {path: 'drafts/mentoring.md', line: 1, column: 1, message: 'Duplicate slug `mentoring`, already used by practices/mentoring.md'},
          ),
        ],
      }
    },
  },
  checkCorpus(entries, report) {
    const byId = new Map<string, Entry>()
    const bySlug = new Map<string, Entry>()
    for (const entry of entries) {
      const id = rawOf(entry)?.id
      if (typeof id === 'string') {
        const first = byId.get(id)
        if (first) {
          report(entry, {
            reason: `Duplicate id \`${id}\`, already used by ${first.path}`,
            place: placeIn(entry, 'id'),
            hint: 'Ids are assigned once by `continuum submit`; remove this id and submit the file again to get a new one.',
          })
        } else byId.set(id, entry)
      }
      if (entry.refused) continue
      const slug = slugOfEntry(entry)
      const first = bySlug.get(slug)
      if (first && first.path !== entry.path) {
        report(entry, {
          reason: `Duplicate slug \`${slug}\`, already used by ${first.path}`,
          place: {line: 1, column: 1},
          hint: 'Rename one of the files: page addresses come from file names.',
        })
      } else bySlug.set(slug, entry)
    }
  },
})
