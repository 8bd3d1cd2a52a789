/**
 * Browsing semantics of the landing pages: URL state, facets (OR within, AND across), counts, words
 * (the ids the search finds for them), sort; and the search page's URL state.
 */
import {casesOf, practicesOf} from './helpers/corpus.js'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {applyState, countsOf, emptyState, parseState, searchOf, sortOf, toggle} from '../src/content/browse.js'
import {emptySearch, parseSearch, queryOf, searchUrlOf} from '../src/content/search-state.js'
import {loadCorpus} from '../src/content/corpus.js'
import {browserOf, headerOf, searchPageFacets, topicsOf} from '../src/content/views.js'
import {corpusIndex, rankingOf} from './helpers/search-index.js'

const root = path.resolve(import.meta.dirname, '..')
const corpus = await loadCorpus(root, 'public')
const practices = browserOf(corpus, 'practice')
const facet = (id: string) => practices.facets.find((f) => f.id === id)!
const index = corpusIndex(corpus)
/** What the practices page's words keep: the ids the search finds among practices, best first. */
const ranking = (q: string) => rankingOf(index, 'practice', q)

describe('browse state in the URL', () => {
  it('round-trips facets, text and sort, in a stable order', () => {
    const state = toggle(
      toggle(toggle({...emptyState, q: 'women', sort: 'reviewed' as const}, 'approach', 'dispersion'), 'phase', 'probation'),
      'approach',
      'concentration',
    )
    const search = searchOf(state, practices.facets)
    expect(search).toBe('?q=women&phase=probation&approach=concentration&approach=dispersion&sort=reviewed')
    expect(parseState(search, practices.facets)).toEqual({
      q: 'women',
      sort: 'reviewed',
      selected: {phase: ['probation'], approach: ['concentration', 'dispersion']},
    })
    expect(searchOf(emptyState, practices.facets)).toBe('')
  })

  it('ignores unknown facets, values and sorts from a hand-edited URL', () => {
    expect(parseState('?phase=moon&colour=red&sort=random&approach=concentration,nope', practices.facets)).toEqual({
      q: '',
      selected: {approach: ['concentration']},
    })
  })

  it('writes a sort only when one was chosen: by title without words, best match with them, unless another is chosen', () => {
    expect(sortOf(emptyState)).toBe('title')
    expect(sortOf({...emptyState, q: 'women'})).toBe('relevance')
    expect(sortOf({...emptyState, q: 'women', sort: 'title'})).toBe('title')
    expect(sortOf({...emptyState, q: 'women', sort: 'reviewed'})).toBe('reviewed')
    // Best match without words is the title order.
    expect(sortOf({...emptyState, sort: 'relevance'})).toBe('title')
    expect(searchOf({...emptyState, q: 'women'}, practices.facets)).toBe('?q=women')
    expect(searchOf({...emptyState, q: 'women', sort: 'title'}, practices.facets)).toBe('?q=women&sort=title')
    expect(parseState('?q=women&sort=title', practices.facets)).toEqual({q: 'women', sort: 'title', selected: {}})
  })
})

describe('search page state in the URL', () => {
  const facets = searchPageFacets(corpus)

  it('round-trips words, facets and sort, in a stable order, and asks the query they say', () => {
    const state = toggle(toggle({...emptySearch, q: ' mentor ', sort: 'date' as const}, 'outcome', 'success'), 'type', 'case')
    const search = searchUrlOf(state, facets)
    expect(search).toBe('?q=mentor&type=case&outcome=success&sort=date')
    expect(parseSearch(search, facets)).toEqual({q: 'mentor', sort: 'date', selected: {type: ['case'], outcome: ['success']}})
    expect(queryOf(parseSearch(search, facets), 20)).toEqual({q: 'mentor', filters: {type: ['case'], outcome: ['success']}, sort: 'date', limit: 20, offset: 0})
    expect(searchUrlOf(emptySearch, facets)).toBe('')
  })

  it('ignores unknown facets, values and sorts, and asks nothing of an empty state', () => {
    expect(parseSearch('?type=moon&colour=red&sort=random&phase=prison,nope', facets)).toEqual({q: '', sort: 'relevance', selected: {phase: ['prison']}})
    expect(queryOf(parseSearch('?sort=date', facets), 20)).toBeUndefined()
    expect(queryOf(parseSearch('?q=%20%20', facets), 20)).toBeUndefined()
    expect(queryOf(parseSearch('?phase=prison', facets), 20)).toMatchObject({q: '', filters: {phase: ['prison']}})
  })
})

describe('filtering and counts', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    const either = applyState(practices.cards, toggle(toggle(emptyState, 'approach', 'concentration'), 'approach', 'dispersion'))
    expect(either.map((c) => c.id).sort()).toEqual(
      practicesOf(corpus)
        .filter((p) => p.data.approaches.some((a) => a === 'concentration' || a === 'dispersion'))
        .map((p) => p.data.id)
        .sort(),
    )
    const both = applyState(practices.cards, toggle(toggle(emptyState, 'approach', 'concentration'), 'phase', 'pre-release'))
    expect(both.map((c) => c.id).sort()).toEqual(
      practicesOf(corpus)
        .filter((p) => p.data.approaches.includes('concentration') && p.data.phases.includes('pre-release'))
        .map((p) => p.data.id)
        .sort(),
    )
  })

  it('counts each value as if it were chosen, given the other facets and the words', async () => {
    const state = {...toggle(emptyState, 'approach', 'concentration'), q: 'prison'}
    const found = await ranking('prison')
    const counts = countsOf(practices.cards, state, facet('phase'), found)
    for (const phase of ['prison', 'pre-release', 'probation', 'community']) {
      expect(counts.get(phase), phase).toBe(applyState(practices.cards, toggle(state, 'phase', phase), found).length)
    }
    // A facet's own selection does not shrink its own counts.
    const approachCounts = countsOf(practices.cards, state, facet('approach'), found)
    expect(approachCounts.get('dispersion')).toBe(applyState(practices.cards, {...state, selected: {approach: ['dispersion']}}, found).length)
    // The words count: without them, more cards.
    const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0)
    expect(sum(countsOf(practices.cards, {...emptyState, q: ''}, facet('phase')))).toBeGreaterThan(
      sum(countsOf(practices.cards, {...emptyState, q: 'prison'}, facet('phase'), found)),
    )
  })

  it('keeps the cards the search finds for the words, best first, combined with the facets', async () => {
    const found = await ranking('Women  WING')
    const hits = applyState(practices.cards, {...emptyState, q: 'Women  WING'}, found)
    expect(hits.map((c) => c.id)).toEqual(found)
    expect(hits.map((c) => c.title)).toContain('A high-security wing designed for women convicted of terrorist offences')
    // A typo and an American spelling find what the search finds.
    expect((await ranking('tehrapy')).length).toBeGreaterThan(0)
    expect(applyState(practices.cards, {...emptyState, q: 'counseling'}, await ranking('counseling')).map((c) => c.title)).toContain(
      'Counselling the family and close circle when the offender refuses programmes',
    )
    const mentor = await ranking('mentor')
    const withFacet = applyState(practices.cards, {...toggle(emptyState, 'phase', 'community'), q: 'mentor'}, mentor)
    expect(withFacet.map((c) => c.id)).toEqual(mentor.filter((id) => practices.cards.find((c) => c.id === id)!.facets.phase!.includes('community')))
    // Nothing found, nothing kept; words without what the search found are a mistake.
    expect(applyState(practices.cards, {...emptyState, q: 'zzzzqx'}, await ranking('zzzzqx'))).toEqual([])
    expect(() => applyState(practices.cards, {...emptyState, q: 'women'})).toThrow(/search/)
  })

  it("sorts the words' results by another order when one is chosen", async () => {
    const found = await ranking('women')
    const byTitle = applyState(practices.cards, {...emptyState, q: 'women', sort: 'title'}, found).map((c) => c.title)
    expect(byTitle).toEqual([...byTitle].sort((a, b) => a.localeCompare(b, 'en')))
    expect(new Set(byTitle).size).toBe(found.length)
  })

  it('sorts by title, by last review and by country', () => {
    const titles = applyState(practices.cards, emptyState).map((c) => c.title)
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')))
    const reviewed = applyState(practices.cards, {...emptyState, sort: 'reviewed'}).map((c) => c.lastReviewed)
    expect(applyState(practices.cards, {...emptyState, sort: 'relevance'}).map((c) => c.title)).toEqual(titles)
    expect(reviewed).toEqual([...reviewed].sort().reverse())
  })

  it('offers only facet values that occur', () => {
    for (const f of practices.facets)
      for (const value of f.values)
        expect(
          practices.cards.some((c) => c.facets[f.id]!.includes(value.value)),
          `${f.id}=${value.value}`,
        ).toBe(true)
  })
})

describe('views', () => {
  it('links both ways within the edition: a practice lists the public case reviews citing it', () => {
    const practice = practicesOf(corpus).find((p) => p.data.id === 'pr-e7xn0yg0')!
    const header = headerOf(practice, corpus)
    const citedBy = header.blocks.find((block) => block.anchor === 'cx-cited-by')
    if (citedBy?.kind !== 'links') throw new Error('expected the cited-by block')
    expect(citedBy.links.map((l) => l.id)).toEqual(
      casesOf(corpus)
        .filter((c) => c.data.relatedPractices.includes('pr-e7xn0yg0'))
        .map((c) => c.data.id),
    )
    expect(header.phases.filter((p) => p.lit).map((p) => p.value)).toEqual(practice.data.phases)
  })

  it('never links to a withheld case review from a public page', async () => {
    const practitioners = await loadCorpus(root, 'practitioners')
    const hidden = new Set(
      casesOf(practitioners)
        .filter((c) => c.data.visibility === 'practitioners')
        .map((c) => c.data.id),
    )
    expect(hidden.size).toBeGreaterThan(0)
    const everything = JSON.stringify([practicesOf(corpus).map((p) => headerOf(p, corpus)), topicsOf(corpus), browserOf(corpus, 'case')])
    for (const id of hidden) expect(everything).not.toContain(id!)
  })

  it('has one topic per recommendation and outcome counts per management model', () => {
    const topics = topicsOf(corpus)
    expect(topics.filter((t) => t.slug.startsWith('recommendation-'))).toHaveLength(13)
    const models = topics.find((t) => t.slug === 'concentration-vs-dispersion')!
    const concentration = casesOf(corpus).filter((c) => c.data.managementModel === 'concentration')
    expect(models.sides[0]!.outcomes.success).toBe(concentration.filter((c) => c.data.outcome === 'success').length)
  })
})
