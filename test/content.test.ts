/**
 * The launch content (issue 3): enough entries, every topic and recommendation covered, honest
 * provenance, and no suppressions. The validator itself runs in `npm test` over the same files.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {CommonData as EntryData} from '../src/model/fields.js'
import type {CaseData} from '../src/model/types/case.js'
import type {PracticeData} from '../src/model/types/practice.js'
import {recommendations} from '../src/model/vocabularies.js'
import {corpusFiles} from '../src/validate/files.js'
import {validateSources} from '../src/validate/validate.js'

const root = path.resolve(import.meta.dirname, '..')
const files = await corpusFiles(root)
const sources = await Promise.all(files.map(async (file) => ({path: path.relative(root, file), bytes: await readFile(file)})))
const {results, entries} = validateSources(sources)
const data = entries.map((entry) => entry.data).filter((d): d is EntryData => d !== undefined)
const practices = data.filter((d): d is PracticeData => d.type === 'practice')
const cases = data.filter((d): d is CaseData => d.type === 'case')

describe('launch content', () => {
  it('validates with no message at all', () => {
    expect(results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`))).toEqual([])
    expect(data).toHaveLength(entries.length)
  })

  it('has at least 15 practices and 10 case reviews', () => {
    expect(practices.length).toBeGreaterThanOrEqual(15)
    expect(cases.length).toBeGreaterThanOrEqual(10)
  })

  it('addresses every recommendation of the paper with at least one practice', () => {
    const answered = new Set(practices.flatMap((p) => p.recommendations))
    expect(recommendations.map((r) => r.number).filter((n) => !answered.has(n))).toEqual([])
  })

  it('covers each topic of the issue with at least one practice', () => {
    const approaches = new Set(practices.flatMap((p) => p.approaches))
    const groups = new Set(practices.flatMap((p) => p.targetGroups))
    for (const approach of [
      'concentration',
      'dispersion',
      'gender-sensitive',
      'mentoring-by-formers',
      'family-counselling',
      'multi-agency',
      'rnr',
      'risk-management',
      'scenario-testing',
      'ngo-cooperation',
      'information-sharing',
      'staff-training',
      'public-communication',
      'community-preparation',
      'trauma-informed',
      'post-release-conditions',
    ])
      expect(approaches, approach).toContain(approach)
    expect(groups).toContain('non-eu-nationals')
  })

  it('has successes, failures and mixed outcomes, and each management model with a success and a failure', () => {
    const outcomes = new Set(cases.map((c) => c.outcome))
    expect([...outcomes].sort()).toEqual(['failure', 'mixed', 'success'])
    for (const model of ['concentration', 'dispersion']) {
      const under = cases.filter((c) => c.managementModel === model)
      expect(
        under.map((c) => c.outcome),
        model,
      ).toContain('success')
      expect(
        under.map((c) => c.outcome),
        model,
      ).toContain('failure')
    }
  })

  it('keeps some case reviews for practitioners, and gives every public success a quotable summary', () => {
    expect(cases.filter((c) => c.visibility === 'practitioners').length).toBeGreaterThanOrEqual(2)
    const publicSuccesses = cases.filter((c) => c.visibility === 'public' && c.outcome === 'success')
    expect(publicSuccesses.length).toBeGreaterThanOrEqual(3)
    for (const c of publicSuccesses) expect(c.publicSummary, c.title).toBeTruthy()
  })

  it('records provenance honestly: paper-based practices cite a section, composites say so, documented entries cite a public source', () => {
    for (const p of practices.filter((p) => p.provenance === 'source-paper')) for (const source of p.sources) expect(source.section, p.title).toBeTruthy()
    for (const c of cases.filter((c) => c.provenance === 'composite')) expect(c.consentBasis, c.title).toBe('illustrative-composite')
    for (const c of cases.filter((c) => c.provenance === 'documented')) expect(c.consentBasis, c.title).toBe('public-record')
    for (const entry of entries.filter((e) => e.data?.type === 'case' && e.data.provenance === 'composite'))
      expect(entry.text, entry.path).toMatch(/illustrative composite/i)
    for (const d of data.filter((d) => d.provenance === 'documented'))
      expect(
        d.sources.some((s) => s.publisher && s.year && s.url?.startsWith('https://')),
        d.title,
      ).toBe(true)
  })

  it('holds documented programmes from at least 10 countries, with differing evidence levels, and documented case reviews', () => {
    const documented = practices.filter((p) => p.provenance === 'documented')
    expect(documented.length).toBeGreaterThanOrEqual(20)
    expect(new Set(practices.map((p) => p.country).filter((c) => c !== 'multi' && c !== 'EU')).size).toBeGreaterThanOrEqual(10)
    expect(new Set(practices.map((p) => p.evidence.level)).size).toBeGreaterThanOrEqual(3)
    expect(cases.filter((c) => c.provenance === 'documented').length).toBeGreaterThanOrEqual(5)
  })

  it('links every case review to practices that exist, and uses no suppression comment', () => {
    const ids = new Set(practices.map((p) => p.id))
    for (const c of cases) for (const id of c.relatedPractices) expect(ids, `${c.title} → ${id}`).toContain(id)
    for (const entry of entries) expect(entry.text, entry.path).not.toMatch(/continuum-disable/)
  })
})
