/**
 * The lean first load of the landing pages: what ships inline, and the compact table fetched after
 * load, which must browse exactly as the full cards did (same results, same order, same counts),
 * for any facets, sort and words (the ids the search found for them).
 */
import {mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {generate} from '../bench/generate.js'
import {applyState, type BrowseState, countsOf, emptyState, type Ranking, sortKeys} from '../src/content/browse.js'
import {decodeTable, FIRST_PAGE, splitBrowser} from '../src/content/browse-data.js'
import {type Corpus, loadCorpus} from '../src/content/corpus.js'
import {browserOf} from '../src/content/views.js'
import {browseData, browseDataFolder} from '../src/site/browse-data.js'
import {casesOf} from './helpers/corpus.js'

const root = path.resolve(import.meta.dirname, '..')
const repoCorpus = await loadCorpus(root, 'public')
let generated: Corpus
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'continuum-browse-data-'))
  await generate({out: dir, perType: 120, seed: 5})
  generated = await loadCorpus(dir, 'public')
}, 120_000)
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

/**
 * A browse state drawn from the view's facets, with the ids the search found for its words: any
 * of the view's ids (and ids of no card of the view), in any order; none without words.
 */
function stateOf(view: ReturnType<typeof browserOf>): fc.Arbitrary<{state: BrowseState; ranking: Ranking}> {
  const ids = [...view.cards.map((card) => card.id), 'pr-notacard', 'cr-notacard']
  const facet = fc.constantFrom(...view.facets)
  const selection = fc.array(
    facet.chain((f) =>
      fc.tuple(
        fc.constant(f.id),
        fc.subarray(
          f.values.map((v) => v.value),
          {minLength: 1, maxLength: Math.min(3, f.values.length)},
        ),
      ),
    ),
    {maxLength: 2},
  )
  return fc
    .record({
      q: fc.constantFrom('', 'women', 'zzzq'),
      sort: fc.option(fc.constantFrom(...sortKeys), {nil: undefined}),
      selected: selection.map((pairs) => Object.fromEntries(pairs)),
      found: fc.shuffledSubarray(ids),
    })
    .map(({q, sort, selected, found}) => ({state: {q, selected, ...(sort ? {sort} : {})}, ranking: q ? found : undefined}))
}

describe('the table fetched after load', () => {
  for (const [label, corpusOf] of [
    ['this repository', () => repoCorpus],
    ['a generated corpus of 240 entries', () => generated],
  ] as const) {
    for (const type of ['practice', 'case'] as const) {
      it(`gives back every ${type} card of ${label}: same fields`, () => {
        const view = browserOf(corpusOf(), type)
        const {first, table} = splitBrowser(view)
        // Through JSON, as the browser gets it.
        const cards = decodeTable(JSON.parse(JSON.stringify(table)), JSON.parse(JSON.stringify(first.facets)))
        expect(cards.map((card) => card.id)).toEqual(applyState(view.cards, emptyState).map((card) => card.id))
        const byId = new Map(view.cards.map((card) => [card.id, card]))
        const facetIds = new Set(view.facets.map((f) => f.id))
        for (const card of cards) {
          const original = byId.get(card.id)!
          const {facets: fa, ...rest} = card
          const {facets: fb, ...restOriginal} = original
          expect(rest).toEqual(restOriginal)
          // Facets offered on the page keep every value; a facet no card uses is not offered at all.
          expect(Object.fromEntries(Object.entries(fa).filter(([id]) => facetIds.has(id)))).toEqual(
            Object.fromEntries(Object.entries(fb).filter(([id]) => facetIds.has(id))),
          )
        }
      })

      it(`browses the ${type} cards of ${label} exactly as the full cards did: results, order and counts`, () => {
        const view = browserOf(corpusOf(), type)
        const {first, table} = splitBrowser(view)
        const cards = decodeTable(JSON.parse(JSON.stringify(table)), first.facets)
        fc.assert(
          fc.property(stateOf(view), ({state, ranking}) => {
            expect(applyState(cards, state, ranking).map((c) => c.id)).toEqual(applyState(view.cards, state, ranking).map((c) => c.id))
            for (const facet of view.facets) expect(countsOf(cards, state, facet, ranking)).toEqual(countsOf(view.cards, state, facet, ranking))
          }),
          {numRuns: 150},
        )
      })
    }
  }

  it('is much smaller than the cards it replaces', () => {
    const view = browserOf(generated, 'practice')
    const {table} = splitBrowser(view)
    expect(JSON.stringify(table).length).toBeLessThan(JSON.stringify(view.cards).length * 0.8)
  })
})

describe('what ships inline', () => {
  it('is the first page in the default sort, the facets and the unfiltered counts', () => {
    const view = browserOf(generated, 'practice')
    const {first} = splitBrowser(view)
    expect(first.total).toBe(view.cards.length)
    expect(first.first.map((card) => card.id)).toEqual(
      applyState(view.cards, emptyState)
        .slice(0, FIRST_PAGE)
        .map((card) => card.id),
    )
    expect(first.first).toEqual(applyState(view.cards, emptyState).slice(0, FIRST_PAGE))
    expect(first.facets).toEqual(view.facets)
    for (const facet of view.facets) expect(first.counts[facet.id]).toEqual(Object.fromEntries(countsOf(view.cards, emptyState, facet)))
    // At 120 practices already about a fifth of all the cards (the facets' descriptions are most of
    // it); cards no longer carry the words of a filter, so the whole is smaller than it was.
    expect(JSON.stringify(first).length).toBeLessThan(JSON.stringify(view).length / 4.5)
  })

  it('points at a file under the base URL whose name holds a hash of its content', () => {
    const view = browserOf(repoCorpus, 'case')
    const {first, file} = browseData(view, '/continuum/')
    expect(file.name).toMatch(new RegExp(`^${browseDataFolder}/browse-cases\\.[0-9a-f]{12}\\.json$`))
    expect(first.table).toBe(`/continuum/${file.name}`)
    expect(browseData(view, '/').file.name).toBe(file.name)
    // Another content, another name (so a cached copy is never stale).
    const fewer = {...view, cards: view.cards.slice(1)}
    expect(browseData(fewer, '/').file.name).not.toBe(file.name)
  })

  it('holds no practitioners-only case review in the public edition, inline or deferred', async () => {
    const practitioners = await loadCorpus(root, 'practitioners')
    const hidden = casesOf(practitioners).filter((c) => c.data.visibility === 'practitioners')
    expect(hidden.length).toBeGreaterThan(0)
    const {first, file} = browseData(browserOf(repoCorpus, 'case'), '/')
    const shipped = JSON.stringify(first) + file.text
    for (const c of hidden) for (const secret of [c.data.id!, c.data.title, c.slug]) expect(shipped).not.toContain(secret)
    // The practitioner edition's table does hold them (so the check above can fail).
    const full = browseData(browserOf(practitioners, 'case'), '/').file.text
    for (const c of hidden) expect(full).toContain(c.data.id!)
  })
})
