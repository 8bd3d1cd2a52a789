/**
 * Search: the embedded engine's relevance table and semantics, the edition boundary, the
 * Meilisearch contract (settings, documents, search requests) against a loopback stand-in, the CLI
 * commands, and a live Meilisearch run when MEILISEARCH_HOST is set.
 */
import {casesOf, practicesOf} from './helpers/corpus.js'
import {spawn} from 'node:child_process'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadCorpus} from '../src/content/corpus.js'
import {searchDocuments} from '../src/search/documents.js'
import {load, searchEmbedded} from '../src/search/embedded.js'
import {buildEngine, serialise} from '../src/search/embedded-build.js'
import {meiliDocuments, meiliSettings} from '../src/search/meili.js'
import {meiliSearchBody} from '../src/search/meili-query.js'
import {browserSearchSettings} from '../src/search/config.js'
import {queryGroups, searchableFields, searchFacets} from '../src/search/semantics.js'
import {synonymTable} from '../src/search/synonyms.js'
import {fakeMeili, type FakeMeili} from './helpers/fake-meili.js'
import {relevanceTable} from './helpers/relevance.js'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'cli/bin/run.js')
const publicCorpus = await loadCorpus(root, 'public')
const practitionerCorpus = await loadCorpus(root, 'practitioners')
const synonyms = synonymTable()
const documents = searchDocuments(publicCorpus)
const engine = load(JSON.parse(serialise(buildEngine(documents, synonyms))))

function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const clean = {...process.env}
    for (const name of Object.keys(clean)) if (name.startsWith('MEILI')) delete clean[name]
    const child = spawn(process.execPath, [bin, ...args], {cwd: root, env: {...clean, NO_COLOR: '1', ...env}})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

describe('embedded search: relevance table', () => {
  it('puts the expected entry first for every query (typos, synonyms, prefixes, filters)', () => {
    const rows = relevanceTable.map((row) => {
      const hits = searchEmbedded(engine, row.query)
      const rank = hits.findIndex((hit) => hit.id === row.first) + 1
      const top3 = hits.slice(0, 3).map((hit) => hit.id)
      return {q: row.query.q, why: row.why, rank, missingTop3: (row.alsoTop3 ?? []).filter((id) => !top3.includes(id))}
    })
    console.log(
      `relevance table (embedded): ${rows.filter((r) => r.rank === 1).length}/${rows.length} first\n${rows.map((r) => `  ${String(r.rank || '-').padStart(2)}  ${JSON.stringify(r.q).padEnd(26)} ${r.why}`).join('\n')}`,
    )
    expect(rows.filter((r) => r.rank !== 1 || r.missingTop3.length > 0)).toEqual([])
  })
})

describe('embedded search: semantics', () => {
  const ids = (q: string, filters = {}) => searchEmbedded(engine, {q, filters, limit: 100}).map((hit) => hit.id)

  it('requires every word', () => {
    expect(ids('probation turnover').length).toBeGreaterThan(0)
    expect(ids('probation qqqqzzzz')).toEqual([])
  })

  it('matches only the last word as a prefix', () => {
    expect(ids('concentr')).toContain('pr-e7xn0yg0')
    expect(ids('concentr prison')).toEqual([])
  })

  it('allows no typo under 5 letters, one from 5, two from 9', () => {
    expect(ids('wing prison').length).toBeGreaterThan(0)
    expect(ids('wung prison')).toEqual([]) // 4 letters: no typo forgiven
    expect(ids('truma support')).toContain('pr-epav3k6m') // 5 letters, 1 typo
    expect(ids('tramua support')).toEqual([]) // 6 letters, 2 typos: too many
    expect(ids('cunseling family')).toContain('pr-8f3q6t1c') // 9 letters, 2 typos
  })

  it('applies vocabulary synonyms one way', () => {
    expect(synonyms.get('dispersal')).toEqual(['dispersion'])
    expect(synonyms.get('ftf')).toEqual(['returnee', 'returnees'])
    expect(synonyms.get('veto')).toEqual(['violent extremist or terrorist offender'])
    expect(synonyms.get('risk need responsivity')).toEqual(['rnr'])
    expect(queryGroups('foreign terrorist fighters probation', synonyms)).toEqual([
      {typed: ['foreign', 'terrorist', 'fighters'], alternatives: [['returnees']], last: false},
      {typed: ['probation'], alternatives: [], last: true},
    ])
    expect(synonyms.has('dispersion')).toBe(false)
  })

  it('combines filters: OR within a facet, AND across facets, with the text', () => {
    const successOrMixed = ids('', {outcome: ['success', 'mixed']})
    expect(successOrMixed.sort()).toEqual(
      casesOf(publicCorpus)
        .filter((c) => c.data.outcome !== 'failure')
        .map((c) => c.data.id!)
        .sort(),
    )
    const dispersionFailures = ids('', {managementModel: ['dispersion'], outcome: ['failure']})
    expect(dispersionFailures.sort()).toEqual(
      casesOf(publicCorpus)
        .filter((c) => c.data.managementModel === 'dispersion' && c.data.outcome === 'failure')
        .map((c) => c.data.id!)
        .sort(),
    )
    expect(ids('women', {type: ['case']}).every((id) => id.startsWith('cr-'))).toBe(true)
  })

  it('weights title above summary above terms above body', () => {
    expect(searchableFields).toEqual(['title', 'summary', 'terms', 'body'])
    // "counselling" is in one practice's title and in other entries' bodies only.
    expect(ids('counselling')[0]).toBe('pr-8f3q6t1c')
  })
})

describe('editions and size', () => {
  it('the public index holds no practitioner-only entry; the practitioner index holds them all', () => {
    const hidden = casesOf(practitionerCorpus).filter((c) => c.data.visibility === 'practitioners')
    expect(hidden.length).toBeGreaterThan(0)
    const publicIndex = serialise(buildEngine(documents, synonyms))
    for (const c of hidden) {
      expect(publicIndex).not.toContain(c.data.id!)
      expect(publicIndex).not.toContain(c.data.title)
    }
    const practitionerIndex = serialise(buildEngine(searchDocuments(practitionerCorpus), synonyms))
    for (const c of hidden) expect(practitionerIndex).toContain(c.data.id!)
    expect(documents.map((d) => d.id).sort()).toEqual([...practicesOf(publicCorpus), ...casesOf(publicCorpus)].map((e) => e.data.id!).sort())
  })

  it('reports the index size and query latency for the current content', () => {
    const json = serialise(buildEngine(documents, synonyms))
    const times: number[] = []
    for (let round = 0; round < 20; round++) {
      for (const row of relevanceTable) {
        const start = performance.now()
        searchEmbedded(engine, row.query)
        times.push(performance.now() - start)
      }
    }
    times.sort((a, b) => a - b)
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(3)
    console.log(
      `embedded index: ${documents.length} entries, ${json.length} bytes, ${gzipSync(json).length} bytes gzip; query latency over ${times.length} queries: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`,
    )
    expect(json.length).toBeGreaterThan(0)
  })
})

describe('Meilisearch contract', () => {
  it('settings carry the shared semantics', () => {
    const settings = meiliSettings(synonyms)
    expect(settings.searchableAttributes).toEqual(['title', 'summary', 'terms', 'body'])
    expect(settings.filterableAttributes).toEqual([...new Set(searchFacets.map((f) => f.attribute))])
    expect(settings.sortableAttributes).toEqual(['title', 'lastReviewed'])
    expect(settings.typoTolerance).toEqual({enabled: true, minWordSizeForTypos: {oneTypo: 5, twoTypos: 9}})
    expect(settings.synonyms).toEqual(Object.fromEntries(synonyms))
    expect(settings.rankingRules?.slice(0, 4)).toEqual(['words', 'typo', 'proximity', 'attribute'])
  })

  it('documents: one per entry of the edition, primary key id, facet attributes as values', () => {
    const payload = meiliDocuments(documents)
    expect(payload).toHaveLength(practicesOf(publicCorpus).length + casesOf(publicCorpus).length)
    const practice = payload.find((d) => d.id === 'pr-e7xn0yg0')!
    expect(practice).toMatchObject({
      type: 'practice',
      url: '/practices/concentration-in-specialised-units',
      path: 'practices/concentration-in-specialised-units.md',
      approaches: expect.arrayContaining(['concentration']),
      country: 'multi',
    })
    const story = payload.find((d) => d.id === 'cr-5h0krbwz')!
    expect(story).toMatchObject({type: 'case', typeLabel: 'Case review', outcome: ['success'], managementModel: ['concentration'], outcomeLabel: 'Success'})
    expect(new Set(payload.map((d) => d.id)).size).toBe(payload.length)
  })

  it('a search request: every word required, filters as OR-lists inside an AND-list', () => {
    expect(meiliSearchBody({q: 'mentor', filters: {type: ['case'], outcome: ['success', 'mixed']}, limit: 5})).toEqual({
      q: 'mentor',
      limit: 5,
      matchingStrategy: 'all',
      showRankingScore: true,
      attributesToRetrieve: ['id', 'type', 'typeLabel', 'title', 'url', 'path', 'countryLabel', 'outcomeLabel'],
      filter: [['type = "case"'], ['outcome = "success"', 'outcome = "mixed"']],
    })
    expect(meiliSearchBody({q: 'x', filters: {phase: ['a"b']}}).filter).toEqual([['phases = "a\\"b"']])
  })

  it('the portal gets the search key only, and refuses an admin key in its place', () => {
    expect(browserSearchSettings({}, 'public')).toEqual({backend: 'embedded'})
    expect(
      browserSearchSettings({MEILISEARCH_HOST: 'http://127.0.0.1:7700/', MEILISEARCH_SEARCH_KEY: 's', MEILISEARCH_ADMIN_KEY: 'a'}, 'practitioners'),
    ).toEqual({backend: 'meilisearch', host: 'http://127.0.0.1:7700', searchKey: 's', index: 'continuum-practitioners'})
    expect(() => browserSearchSettings({MEILISEARCH_HOST: 'http://h', MEILISEARCH_SEARCH_KEY: 'a', MEILISEARCH_ADMIN_KEY: 'a'}, 'public')).toThrow(
      /search-only key/,
    )
  })
})

describe('continuum index and continuum search against a Meilisearch stand-in', () => {
  let meili: FakeMeili
  const keys = {admin: 'admin-key-for-tests', search: 'search-key-for-tests'}
  beforeAll(async () => {
    meili = await fakeMeili(keys)
  })
  afterAll(() => meili?.close())

  it('creates the index, applies settings, adds every document, and is idempotent', async () => {
    const env = {MEILISEARCH_HOST: meili.url, MEILISEARCH_ADMIN_KEY: keys.admin}
    const first = await cli(['index'], env)
    expect(first.stderr).toMatch(/Indexed \d+\/\d+ documents/)
    expect(first.stdout).toMatch(/Index continuum-public .* holds the public edition: \d+ entries added or updated, 0 stale removed \(index created\)/)
    expect(first.code).toBe(0)
    const index = meili.indexes.get('continuum-public')!
    expect(index.primaryKey).toBe('id')
    expect(index.settings).toEqual(JSON.parse(JSON.stringify(meiliSettings(synonyms))))
    expect([...index.documents.keys()].sort()).toEqual(documents.map((d) => d.id).sort())
    expect(meili.requests.every((r) => r.path === '/health' || r.authorization === `Bearer ${keys.admin}`)).toBe(true)

    // A stale document (an entry since deleted or withheld) is removed on the next run; nothing else changes.
    index.documents.set('cr-stale0001', {id: 'cr-stale0001', title: 'gone'})
    const second = await cli(['index'], env)
    expect(second.stdout).toMatch(/1 stale removed/)
    expect(second.stdout).not.toMatch(/index created/)
    expect([...index.documents.keys()].sort()).toEqual(documents.map((d) => d.id).sort())
  })

  it('indexes each edition in its own index', async () => {
    const result = await cli(['index', '--edition', 'practitioners'], {MEILISEARCH_HOST: meili.url, MEILISEARCH_ADMIN_KEY: keys.admin})
    expect(result.code).toBe(0)
    expect(meili.indexes.get('continuum-practitioners')!.documents.size).toBe(practicesOf(practitionerCorpus).length + casesOf(practitionerCorpus).length)
    expect(meili.indexes.get('continuum-public')!.documents.size).toBe(documents.length)
  })

  it('refuses a wrong key with a sentence, not a stack', async () => {
    const result = await cli(['index'], {MEILISEARCH_HOST: meili.url, MEILISEARCH_ADMIN_KEY: keys.search})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/refused the key \(invalid_api_key\)/)
    expect(result.stderr).toMatch(/MEILISEARCH_ADMIN_KEY/)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('says when the server cannot be reached, and when no host is set', async () => {
    const closed = await cli(['index'], {MEILISEARCH_HOST: 'http://127.0.0.1:9', MEILISEARCH_ADMIN_KEY: keys.admin})
    expect(closed.code).toBe(1)
    expect(closed.stderr).toMatch(/Cannot reach Meilisearch at http:\/\/127\.0\.0\.1:9/)
    expect(closed.stderr).not.toMatch(/\n\s+at /)
    const unset = await cli(['index'])
    expect(unset.code).toBe(2)
    expect(unset.stderr).toMatch(/MEILISEARCH_HOST is not set/)
  })

  it('continuum search sends the shared request with the search key and prints JSON hits', async () => {
    const before = meili.requests.length
    const result = await cli(['search', 'mentor', '--type', 'case', '--outcome', 'success', '--format', 'json', '--limit', '3'], {
      MEILISEARCH_HOST: meili.url,
      MEILISEARCH_SEARCH_KEY: keys.search,
    })
    expect(result.code).toBe(0)
    const request = meili.requests.slice(before).find((r) => r.path === '/indexes/continuum-public/search')!
    expect(request.authorization).toBe(`Bearer ${keys.search}`)
    expect(request.body).toEqual(meiliSearchBody({q: 'mentor', filters: {type: ['case'], outcome: ['success']}, limit: 3}))
    const output = JSON.parse(result.stdout) as {engine: string; hits: Array<Record<string, unknown>>}
    expect(output.engine).toBe('meilisearch')
    expect(Object.keys(output.hits[0]!).sort()).toEqual(['id', 'path', 'score', 'title', 'type', 'url'])
  })
})

describe('continuum search (embedded)', () => {
  it('returns the same first hit as the engine for every row of the relevance table', async () => {
    for (const row of relevanceTable) {
      const flags = Object.entries(row.query.filters ?? {}).flatMap(([facet, values]) =>
        (values ?? []).flatMap((value) => [`--${facet.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value]),
      )
      const result = await cli(['search', ...(row.query.q ? [row.query.q] : []), ...flags, '--format', 'json'])
      expect(result.code, result.stderr).toBe(0)
      const output = JSON.parse(result.stdout) as {engine: string; hits: Array<{id: string}>}
      expect(output.engine).toBe('embedded')
      expect(output.hits[0]?.id, JSON.stringify(row.query)).toBe(row.first)
    }
  }, 180_000)

  it('explains an unknown facet value and a missing query', async () => {
    const wrong = await cli(['search', 'x', '--outcome', 'sucess'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/Unknown value "sucess" for --outcome\. Did you mean "success"\?/)
    const empty = await cli(['search'])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/Give words to search for/)
  })
})

describe.runIf(process.env.MEILISEARCH_HOST)('live Meilisearch (MEILISEARCH_HOST is set)', () => {
  const env = {
    MEILISEARCH_HOST: process.env.MEILISEARCH_HOST,
    MEILISEARCH_ADMIN_KEY: process.env.MEILISEARCH_ADMIN_KEY ?? process.env.MEILISEARCH_MASTER_KEY,
    MEILISEARCH_SEARCH_KEY: process.env.MEILISEARCH_SEARCH_KEY ?? process.env.MEILISEARCH_ADMIN_KEY ?? process.env.MEILISEARCH_MASTER_KEY,
    MEILISEARCH_INDEX_PREFIX: 'continuum-test',
  }
  it('indexes the public edition twice (idempotent) and answers the relevance table', async () => {
    for (let run = 0; run < 2; run++) {
      const result = await cli(['index'], env)
      expect(result.code, result.stderr).toBe(0)
    }
    const misses: string[] = []
    for (const row of relevanceTable) {
      const flags = Object.entries(row.query.filters ?? {}).flatMap(([facet, values]) =>
        (values ?? []).flatMap((value) => [`--${facet.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value]),
      )
      const result = await cli(['search', ...(row.query.q ? [row.query.q] : []), ...flags, '--format', 'json', '--limit', '3'], env)
      expect(result.code, result.stderr).toBe(0)
      const hits = (JSON.parse(result.stdout) as {hits: Array<{id: string}>}).hits.map((h) => h.id)
      if (!hits.includes(row.first)) misses.push(`${JSON.stringify(row.query)} → ${hits.join(', ')}`)
    }
    // Same semantics, different ranking formulas: the expected entry must be in Meilisearch's top three.
    expect(misses).toEqual([])
  })
})
