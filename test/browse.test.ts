/** Browsing semantics of the landing pages: URL state, facets (OR within, AND across), counts, text, sort. */
import {casesOf, practicesOf} from './helpers/corpus.js'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {applyState, countsOf, emptyState, parseState, searchOf, toggle} from '../src/content/browse.js'
import {loadCorpus} from '../src/content/corpus.js'
import {browserOf, headerOf, topicsOf} from '../src/content/views.js'

const root = path.resolve(import.meta.dirname, '..')
const corpus = await loadCorpus(root, 'public')
const practices = browserOf(corpus, 'practice')
const facet = (id: string) => practices.facets.find((f) => f.id === id)!

describe('browse state in the URL', () => {
  it('round-trips facets, text and sort, in a stable order', () => {
    const state = toggle(
      toggle(toggle({...emptyState, q: 'women', sort: 'reviewed'}, 'approach', 'dispersion'), 'phase', 'probation'),
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
      sort: 'title',
      selected: {approach: ['concentration']},
    })
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

  it('counts each value as if it were chosen, given the other facets and the text', () => {
    const state = {...toggle(emptyState, 'approach', 'concentration'), q: 'prison'}
    const counts = countsOf(practices.cards, state, facet('phase'))
    for (const phase of ['prison', 'pre-release', 'probation', 'community']) {
      expect(counts.get(phase), phase).toBe(applyState(practices.cards, toggle(state, 'phase', phase)).length)
    }
    // A facet's own selection does not shrink its own counts.
    const approachCounts = countsOf(practices.cards, state, facet('approach'))
    expect(approachCounts.get('dispersion')).toBe(applyState(practices.cards, {...state, selected: {approach: ['dispersion']}}).length)
  })

  it('needs every word of the text filter, in any field of the card', () => {
    const hits = applyState(practices.cards, {...emptyState, q: 'Women  WING'})
    expect(hits.map((c) => c.title)).toContain('A high-security wing designed for women convicted of terrorist offences')
    expect(applyState(practices.cards, {...emptyState, q: 'women zzzz'})).toEqual([])
  })

  it('sorts by title, by last review and by country', () => {
    const titles = applyState(practices.cards, emptyState).map((c) => c.title)
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')))
    const reviewed = applyState(practices.cards, {...emptyState, sort: 'reviewed'}).map((c) => c.lastReviewed)
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
