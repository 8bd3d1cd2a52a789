/**
 * The entry-type registry: a third type is one module and one content folder, registered once; it
 * is then validated, published, browsable and searchable like the built-in ones.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {entriesOf, loadCorpus, type Corpus} from '../src/content/corpus.js'
import {browserOf, headerOf, searchPageFacets} from '../src/content/views.js'
import {facetTable} from '../src/model/facets.js'
import {facetValues} from '../src/model/facet-values.js'
import {templateFor} from '../src/model/template.js'
import {entryTypes, registerEntryType} from '../src/model/types/index.js'
import {searchDocuments} from '../src/search/documents.js'
import {search} from '../src/search/engine.js'
import {buildIndexFiles, memoryIndex} from '../src/search/index-build.js'
import {meiliSettings} from '../src/search/meili.js'
import {synonymTable} from '../src/search/synonyms.js'
import {validateSources} from '../src/validate/validate.js'
import {training} from './fixtures/third-type/training.js'

const root = path.resolve(import.meta.dirname, 'fixtures/third-type')
const entryFile = path.join(root, 'trainings/recognising-grooming-online.md')

let unregister: () => void
let corpus: Corpus
beforeAll(async () => {
  unregister = registerEntryType(training)
  corpus = await loadCorpus(root, 'public')
})
afterAll(() => unregister())

describe('a third entry type, registered', () => {
  it('is validated: the valid entry passes, a broken one gets located messages from the same rules', async () => {
    const text = await readFile(entryFile, 'utf8')
    const ok = validateSources([{path: 'trainings/recognising-grooming-online.md', bytes: Buffer.from(text)}])
    expect(ok.results[0]!.messages).toEqual([])
    const broken = text.replace('hours: 14', 'hours: many\ncolour: blue').replace('## Curriculum', '## Programme')
    const {results} = validateSources([{path: 'trainings/broken.md', bytes: Buffer.from(broken)}])
    const found = results[0]!.messages.map((m) => `${m.line} ${m.ruleId}`)
    expect(found).toContain('9 schema/fields')
    expect(found).toContain('10 schema/fields')
    expect(found.some((m) => m.endsWith('structure/required-sections'))).toBe(true)
    // Its id prefix is its own: a practice id is refused on a training.
    const wrongId = validateSources([{path: 'trainings/x.md', bytes: Buffer.from(text.replace('tr-3k7m9q2x', 'pr-3k7m9q2x'))}])
    expect(wrongId.results[0]!.messages.map((m) => m.ruleId)).toContain('schema/fields')
  })

  it('is published in its edition, with a page address under its folder', () => {
    const [published] = entriesOf(corpus, 'training')
    expect(published?.permalink).toBe('/trainings/recognising-grooming-online')
    expect(entriesOf(corpus, 'practice')).toHaveLength(1)
    const header = headerOf(published!, corpus)
    expect(header).toMatchObject({type: 'training', kicker: 'Staff training', browse: '/trainings', lead: expect.stringContaining('two-day course')})
    expect(header.blocks.map((block) => block.anchor)).toEqual(['cx-audience'])
  })

  it('is browsable: cards and facets from its module', () => {
    const browser = browserOf(corpus, 'training')
    expect(browser.labels.title).toBe('Trainings')
    expect(browser.cards.map((card) => [card.id, card.typeLabel, card.country.label])).toEqual([['tr-3k7m9q2x', 'Training', 'Netherlands']])
    expect(browser.facets.map((facet) => [facet.id, facet.label])).toEqual([
      ['phase', 'Phase'],
      ['targetGroup', 'Audience'],
      ['country', 'Country'],
      // Every type has a review date, so every browse page offers the review facet.
      ['review', 'Review'],
    ])
    expect(browser.cards[0]!.facets.targetGroup).toEqual(['adult-men', 'youth'])
  })

  it('is searchable: its documents, the type facet and the search page offer it', async () => {
    const documents = searchDocuments(corpus)
    expect(documents.find((d) => d.type === 'training')).toMatchObject({
      id: 'tr-3k7m9q2x',
      typeLabel: 'Training',
      targetGroups: ['adult-men', 'youth'],
      url: '/trainings/recognising-grooming-online',
    })
    const index = memoryIndex(buildIndexFiles(documents, synonymTable()))
    const {hits} = await search(index, {q: 'grooming gaming'})
    expect(hits.map((hit) => [hit.id, hit.typeLabel])).toEqual([['tr-3k7m9q2x', 'Training']])
    const filtered = await search(index, {q: '', filters: {type: ['training']}})
    expect(filtered.hits.map((hit) => hit.id)).toEqual(['tr-3k7m9q2x'])
    expect(filtered.counts.type).toMatchObject({training: 1})
    expect(
      searchPageFacets(corpus)
        .find((facet) => facet.id === 'type')!
        .values.map((value) => value.value),
    ).toContain('training')
    expect(facetValues('type').map((value) => value.label)).toEqual(['Practice', 'Case review', 'Training'])
  })

  it('gets a template from its module', () => {
    const template = templateFor('training', {title: 'Course'})
    expect(template).toContain('type: training')
    expect(template).toContain('## Curriculum')
    const filled = template.replace('country: ', 'country: NL').replace('summary: ""', 'summary: "A course."').replace('  - title: ""', '  - title: "A source"')
    const {results} = validateSources([{path: 'trainings/course.md', bytes: Buffer.from(filled)}])
    expect(results[0]!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).not.toContain('schema/type')
  })
})

describe('the registry', () => {
  it('refuses a type whose name, folder or id prefix is taken', () => {
    expect(() => registerEntryType({...training, name: 'practice'})).toThrow(/clashes/)
    expect(() => registerEntryType({...training, name: 'course', idPrefix: 'pr'})).toThrow(/clashes/)
  })

  it('feeds one facet table to Meilisearch: every search facet is filterable', () => {
    const settings = meiliSettings(new Map())
    expect(settings.filterableAttributes).toEqual([...new Set(facetTable.filter((facet) => facet.search).map((facet) => facet.attribute))])
  })

  it('lists every type of the registry, and only facets of the table', () => {
    for (const type of entryTypes())
      for (const facet of type.facets)
        expect(
          facetTable.map((f) => f.id),
          `${type.name}: ${facet.id}`,
        ).toContain(facet.id)
  })
})
