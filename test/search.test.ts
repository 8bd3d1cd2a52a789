/**
 * Search: the embedded engine's relevance table and semantics, the edition boundary, the
 * Meilisearch contract (settings, documents, search requests) against a loopback stand-in, the CLI
 * commands, and a live Meilisearch run when MEILISEARCH_HOST is set.
 */
import {casesOf, practicesOf} from './helpers/corpus.js'
import {spawn} from 'node:child_process'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import fc from 'fast-check'
import {stemmer} from 'stemmer'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadCorpus} from '../src/content/corpus.js'
import {type SearchDocument, searchDocuments} from '../src/search/documents.js'
import {fieldBases, postingsFile, search, type SearchHead, type SearchQuery} from '../src/search/engine.js'
import {buildIndexFiles, memoryIndex} from '../src/search/index-build.js'
import {meiliDocuments, meiliSettings} from '../src/search/meili.js'
import {meiliSearchBody} from '../src/search/meili-query.js'
import {browserSearchSettings} from '../src/search/config.js'
import {searchableFields, searchFacets} from '../src/search/semantics.js'
import {canonicalSpelling, keyOf, spellingVariants, stopWords, typoDistance, wordsOf} from '../src/search/text.js'
import {synonymTable} from '../src/search/synonyms.js'
import {fakeMeili, type FakeMeili} from './helpers/fake-meili.js'
import {relevanceTable} from './helpers/relevance.js'
import {searchDocument} from './helpers/search-index.js'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'cli/bin/run.js')
const publicCorpus = await loadCorpus(root, 'public')
const practitionerCorpus = await loadCorpus(root, 'practitioners')
const synonyms = synonymTable()
const documents = searchDocuments(publicCorpus)
const built = buildIndexFiles(documents, synonyms)
/** A fresh index per query, as a browser opening the page: `loaded` lists the files the query read. */
const fresh = () => memoryIndex(built)
const run = (query: SearchQuery) => search(fresh(), query)
const ids = async (q: string, filters = {}) => (await run({q, filters, limit: 100})).hits.map((hit) => hit.id)

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
  it('puts the expected entry first for every query (typos, synonyms, prefixes, filters)', async () => {
    const rows = []
    for (const row of relevanceTable) {
      const hits = (await run(row.query)).hits
      const rank = hits.findIndex((hit) => hit.id === row.first) + 1
      const top3 = hits.slice(0, 3).map((hit) => hit.id)
      rows.push({q: row.query.q, why: row.why, rank, missingTop3: (row.alsoTop3 ?? []).filter((id) => !top3.includes(id))})
    }
    console.log(
      `relevance table (embedded): ${rows.filter((r) => r.rank === 1).length}/${rows.length} first\n${rows.map((r) => `  ${String(r.rank || '-').padStart(2)}  ${JSON.stringify(r.q).padEnd(26)} ${r.why}`).join('\n')}`,
    )
    expect(rows.filter((r) => r.rank !== 1 || r.missingTop3.length > 0)).toEqual([])
  })
})

describe('embedded search: index files', () => {
  /** Every (document, position) of every key, as plain nested maps: the index's meaning, written the simple way. */
  function reference(docs: readonly SearchDocument[]): Map<string, Map<number, number[]>> {
    const sorted = [...docs].sort((a, c) => a.title.localeCompare(c.title, 'en') || (a.id < c.id ? -1 : 1))
    const postings = new Map<string, Map<number, number[]>>()
    sorted.forEach((document, doc) => {
      for (const field of ['title', 'summary', 'terms', 'headings', 'body'] as const) {
        wordsOf(String(document[field] ?? '')).forEach((word, position) => {
          if (stopWords.has(word)) return
          const at = fieldBases[field] + (field === 'body' ? position : Math.min(position, 999))
          const byDoc = postings.get(keyOf(word)) ?? new Map<number, number[]>()
          postings.set(keyOf(word), byDoc)
          byDoc.set(doc, [...(byDoc.get(doc) ?? []), at])
        })
      }
    })
    return postings
  }
  /** The postings the files hold, decoded: the dictionary gives the keys in order, the shards their lists. */
  function decoded(files: ReturnType<typeof buildIndexFiles>): Map<string, Map<number, number[]>> {
    const head = JSON.parse(files.files.get(files.head)!) as SearchHead
    const keys = head.dictionary === '' ? [] : head.dictionary.split('\n').map((line) => line.split(' ')[0]!)
    const lists = head.shards.flatMap((_, shard) => JSON.parse(files.files.get(postingsFile(head, shard))!) as number[][])
    expect(lists.length).toBe(keys.length)
    return new Map(
      keys.map((key, k) => {
        const flat = lists[k]!
        const byDoc = new Map<number, number[]>()
        let doc = 0
        for (let i = 0; i < flat.length; ) {
          doc += flat[i++]!
          const count = flat[i++]!
          let position = 0
          const positions: number[] = []
          for (let n = 0; n < count; n++) positions.push((position += flat[i++]!))
          byDoc.set(doc, positions)
        }
        return [key, byDoc]
      }),
    )
  }
  const word = fc.constantFrom(
    'mentoring',
    'mentors',
    'organisation',
    'organizations',
    'the',
    'centre',
    'center',
    'probation',
    'family',
    'families',
    '2021',
    'x',
    'counselling',
  )
  const text = fc.array(word, {maxLength: 40}).map((words) => words.join(' '))
  const document = fc.record({id: fc.uuid(), title: text, summary: text, body: text})

  it('hold every position of every word of every field, keyed as queries key them (property)', () => {
    fc.assert(
      fc.property(fc.array(document, {maxLength: 12}), fc.integer({min: 20, max: 400}), (docs, shardBytes) => {
        const full = docs.map((d) => ({...documents[0]!, ...d, terms: '', headings: ''}))
        const files = buildIndexFiles(full, new Map(), {shardBytes})
        expect(decoded(files)).toEqual(reference(full))
      }),
      {numRuns: 150},
    )
  })

  it('give a word the same key whether or not it was seen before', () => {
    for (const w of ['organisations', 'counselling', 'behaviours', 'centres', '2021', 'mentoring']) {
      const first = keyOf(w)
      expect(keyOf(w)).toBe(first)
      expect(first).toBe(/^\d+$/.test(w) ? w : stemmer(canonicalSpelling(w)))
    }
  })
})

describe('embedded search: text', () => {
  it('brings British and American spellings, plurals and -ing forms to one key', () => {
    const same = [
      ['organisation', 'organization', 'organisations', 'organizations'],
      ['counselling', 'counseling'],
      ['counsellor', 'counselor'],
      ['behaviour', 'behavior'],
      ['behavioural', 'behavioral'],
      ['centre', 'center'],
      ['centres', 'centers'],
      ['defence', 'defense'],
      ['offences', 'offenses'],
      ['programme', 'program', 'programmes', 'programs'],
      ['analyse', 'analyze'],
      ['dialogue', 'dialog'],
      ['mentoring', 'mentor', 'mentors'],
      ['prisons', 'prison'],
    ]
    for (const group of same) expect(new Set(group.map(keyOf)), group.join(' ')).toHaveProperty('size', 1)
    // Words that only look alike stay apart.
    for (const [a, b] of [
      ['four', 'for'],
      ['tour', 'tor'],
      ['more', 'mor'],
      ['prize', 'prise'],
    ])
      expect(canonicalSpelling(a!)).not.toBe(canonicalSpelling(b!))
    expect(spellingVariants('organisation')).toContain('organization')
    expect(spellingVariants('counselling')).toContain('counseling')
    expect(spellingVariants('centre')).toContain('center')
    expect(spellingVariants('prison')).toEqual([])
  })

  it('counts typos as Meilisearch does: a swap is one, the first letter counts twice', () => {
    expect(typoDistance('tehrapy', 'therapy', 1)).toBe(1)
    expect(typoDistance('therpay', 'therapy', 1)).toBe(1)
    expect(typoDistance('thrapy', 'therapy', 1)).toBe(1)
    expect(typoDistance('bherapy', 'therapy', 1)).toBe(2)
    expect(typoDistance('bherapy', 'therapy', 2)).toBe(2)
    expect(typoDistance('htreapy', 'therapy', 2)).toBe(3)
    expect(typoDistance('abcdefgh', 'therapy', 2)).toBe(3)
  })

  it('agrees with a plain Damerau-Levenshtein (optimal string alignment) on random words (property)', () => {
    const osa = (a: string, b: string) => {
      const d = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
        }
      return d[a.length]![b.length]!
    }
    const word = fc.string({unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 9})
    fc.assert(
      fc.property(word, word, fc.integer({min: 0, max: 3}), (a, b, max) => {
        const expected = osa(a, b) + (a[0] === b[0] ? 0 : 1)
        expect(typoDistance(a, b, max)).toBe(Math.min(expected, max + 1))
      }),
      {numRuns: 2000},
    )
  })
})

describe('embedded search: semantics', () => {
  it('finds every word of every field: any body word of any entry finds that entry (property)', async () => {
    const entries = documents.map((d) => ({
      id: d.id,
      words: [...new Set(wordsOf(`${d.body} ${d.headings}`).filter((w) => !stopWords.has(w) && /\p{L}/u.test(w)))],
    }))
    await fc.assert(
      fc.asyncProperty(fc.integer({min: 0, max: entries.length - 1}), fc.nat(), async (e, w) => {
        const entry = entries[e]!
        const word = entry.words[w % entry.words.length]!
        const hits = await run({q: `${word} `, limit: 1000})
        expect(
          hits.hits.map((hit) => hit.id),
          word,
        ).toContain(entry.id)
      }),
      {numRuns: 150},
    )
  })

  it('prefers all words but requires none: a word found nowhere is left out with a note', async () => {
    const both = await run({q: 'probation turnover'})
    expect(both.hits[0]!.matched).toBe(2)
    const unknown = await run({q: 'probation qqqqzzzz'})
    expect(unknown.dropped).toEqual(['qqqqzzzz'])
    expect(unknown.hits.map((h) => h.id)).toEqual((await run({q: 'probation'})).hits.map((h) => h.id))
    // Most of what was typed found nowhere: nothing, rather than whatever the rest finds.
    const mostly = await run({q: 'qqqq zzzzz probation'})
    expect(mostly.hits).toEqual([])
    expect(mostly.nothing).toBe('unknown-words')
  })

  it('ranks entries that match more of the words first, and needs half of them', async () => {
    const result = await run({q: 'how do probation officers build trust with a client', limit: 100})
    expect(result.used).toEqual(['probation', 'officers', 'build', 'trust', 'client'])
    const matched = result.hits.map((h) => h.matched)
    expect(matched).toEqual([...matched].sort((a, b) => b - a))
    expect(Math.min(...matched)).toBeGreaterThanOrEqual(3)
  })

  it('does not count stop words, and a query of stop words alone finds nothing', async () => {
    expect(await ids('the wing of women')).toEqual(await ids('wing women'))
    const only = await run({q: 'how do the'})
    expect(only.hits).toEqual([])
    expect(only.nothing).toBe('stop-words')
  })

  it('matches only the last word as a prefix', async () => {
    expect(await ids('concentr')).toContain('pr-e7xn0yg0')
    expect(await ids('ment')).toContain('pr-1028smsz')
    expect((await run({q: 'ment prison'})).dropped).toEqual(['ment'])
    // A trailing space ends the word: no prefix.
    expect((await run({q: 'ment '})).hits).toEqual([])
  })

  it('allows no typo under 5 letters, one from 5, two from 9; a swap of two letters is one', async () => {
    expect((await run({q: 'wung prison'})).dropped).toEqual(['wung'])
    expect(await ids('truma support')).toContain('pr-epav3k6m')
    expect(await ids('tramua support')).toContain('pr-epav3k6m') // 6 letters, one swap
    expect((await run({q: 'tarmua support'})).dropped).toEqual(['tarmua']) // two swaps: too many
    expect(await ids('cunseling family')).toContain('pr-8f3q6t1c')
    expect((await ids('tehrapy')).length).toBeGreaterThan(0)
    expect(await ids('tehrapy')).toEqual(await ids('therapy'))
  })

  it('suggests a spelling when the best result came through typos', async () => {
    expect((await run({q: 'tehrapy'})).suggestion).toBe('therapy')
    expect((await run({q: 'mentring formers'})).suggestion).toBe('mentoring formers')
    expect((await run({q: 'mentoring formers'})).suggestion).toBeUndefined()
  })

  it('finds British spellings from American ones, plurals and -ing forms', async () => {
    expect(await ids('counseling')).toEqual(await ids('counselling'))
    expect(await ids('organizations')).toEqual(await ids('organisation'))
    expect((await ids('behavior')).length).toBeGreaterThan(0)
    expect(await ids('behavior')).toEqual(await ids('behaviour'))
    // One stem, the same entries first; "mentoring", longer, also reaches "monitoring" with two typos, after them.
    const mentors = await ids('mentors')
    expect(new Set((await ids('mentoring')).slice(0, mentors.length))).toEqual(new Set(mentors))
  })

  it('applies vocabulary synonyms one way, and country names find their country', async () => {
    expect(synonyms.get('dispersal')).toEqual(['dispersion'])
    expect(synonyms.get('ftf')).toEqual(['returnee', 'returnees'])
    expect(synonyms.get('veto')).toEqual(['violent extremist terrorist offender'])
    expect(synonyms.get('risk need responsivity')).toEqual(['rnr'])
    expect(synonyms.get('dutch')).toEqual(['netherlands'])
    expect(synonyms.has('dispersion')).toBe(false)
    // Every Dutch practice is found first by the demonym (a case review's country is not a search term).
    const dutch = practicesOf(publicCorpus)
      .filter((e) => e.data.country === 'NL')
      .map((e) => e.data.id!)
    expect(dutch.length).toBeGreaterThan(0)
    const found = await ids('dutch')
    expect(found.slice(0, dutch.length).sort()).toEqual(dutch.sort())
  })

  it('returns nothing for queries about what the portal does not cover', async () => {
    for (const q of ['lasagne recipe', 'cryptocurrency mining rigs', 'football transfer window']) expect(await ids(q), q).toEqual([])
  })

  it('combines filters: OR within a facet, AND across facets, with the text; counts per facet', async () => {
    const successOrMixed = await ids('', {outcome: ['success', 'mixed']})
    expect(successOrMixed.sort()).toEqual(
      casesOf(publicCorpus)
        .filter((c) => c.data.outcome !== 'failure')
        .map((c) => c.data.id!)
        .sort(),
    )
    const dispersionFailures = await ids('', {managementModel: ['dispersion'], outcome: ['failure']})
    expect(dispersionFailures.sort()).toEqual(
      casesOf(publicCorpus)
        .filter((c) => c.data.managementModel === 'dispersion' && c.data.outcome === 'failure')
        .map((c) => c.data.id!)
        .sort(),
    )
    expect((await ids('women', {type: ['case']})).every((id) => id.startsWith('cr-'))).toBe(true)
    // Counts of a facet ignore that facet's own filter (so other values can still be added).
    const counted = await run({q: '', filters: {outcome: ['success']}})
    expect(counted.counts.outcome!.failure).toBe(casesOf(publicCorpus).filter((c) => c.data.outcome === 'failure').length)
    expect(counted.counts.type).toEqual({case: counted.total})
  })

  it('sorts by relevance or by date of last review', async () => {
    const byDate = await run({q: 'prison', sort: 'date', limit: 100})
    const dates = byDate.hits.map((h) => h.lastReviewed)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(new Set(byDate.hits.map((h) => h.id))).toEqual(new Set((await run({q: 'prison', limit: 100})).hits.map((h) => h.id)))
  })

  it('weights title above summary above terms above headings above body, and close words above far ones', async () => {
    expect(searchableFields).toEqual(['title', 'summary', 'terms', 'headings', 'body'])
    // "counselling" is in one practice's title and in other entries' bodies only.
    expect((await ids('counselling'))[0]).toBe('pr-8f3q6t1c')
    const doc = searchDocument
    const filler = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda'
    const pair = buildIndexFiles([doc('far', `gender ${filler} awareness ${filler}`), doc('near', `${filler} gender awareness ${filler}`)], new Map())
    expect((await search(memoryIndex(pair), {q: 'gender awareness'})).hits.map((h) => h.id)).toEqual(['near', 'far'])
  })

  it('a query reads the head, the shards of its words and the chunks of the hits shown, nothing else', async () => {
    const index = fresh()
    const result = await search(index, {q: 'mentoring', limit: 3})
    expect(result.hits.length).toBe(3)
    const files = index.loaded
    expect(files[0]).toBe(built.head)
    expect(files.filter((f) => f.startsWith('postings-')).length).toBe(1)
    expect(files.filter((f) => f.startsWith('documents-')).length).toBeLessThanOrEqual(3)
    expect(files.length).toBeLessThan(built.files.size)
  })

  it('never fails on arbitrary input (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({maxLength: 80}), async (q) => {
        const result = await run({q})
        expect(result.hits.length).toBeLessThanOrEqual(20)
      }),
      {numRuns: 300},
    )
  })
})

describe('editions and size', () => {
  const allText = (files: ReturnType<typeof buildIndexFiles>) => [...files.files.values()].join('\n')
  it('the public index holds no practitioner-only entry; the practitioner index holds them all', () => {
    const hidden = casesOf(practitionerCorpus).filter((c) => c.data.visibility === 'practitioners')
    expect(hidden.length).toBeGreaterThan(0)
    const publicIndex = allText(built)
    for (const c of hidden) {
      expect(publicIndex).not.toContain(c.data.id!)
      expect(publicIndex).not.toContain(c.data.title)
    }
    const practitionerIndex = allText(buildIndexFiles(searchDocuments(practitionerCorpus), synonyms))
    for (const c of hidden) expect(practitionerIndex).toContain(c.data.id!)
    expect(documents.map((d) => d.id).sort()).toEqual([...practicesOf(publicCorpus), ...casesOf(publicCorpus)].map((e) => e.data.id!).sort())
  })

  it('reports the index size, bytes per query and query latency for the current content', async () => {
    const total = [...built.files.values()].reduce((n, text) => n + gzipSync(text).length, 0)
    const times: number[] = []
    const bytes: number[] = []
    for (const row of relevanceTable) {
      const index = fresh()
      const start = performance.now()
      await search(index, row.query)
      times.push(performance.now() - start)
      bytes.push(index.loaded.reduce((n, name) => n + gzipSync(built.files.get(name)!).length, 0))
    }
    times.sort((a, b) => a - b)
    bytes.sort((a, b) => a - b)
    const at = (list: number[], p: number) => list[Math.min(list.length - 1, Math.floor(p * list.length))]!
    console.log(
      `embedded index: ${documents.length} entries, ${built.files.size} files, ${total} bytes gzip in all; a first query reads ${at(bytes, 0.5)} bytes gzip (median, max ${at(bytes, 1)}); latency p50 ${at(times, 0.5).toFixed(2)} ms, p95 ${at(times, 0.95).toFixed(2)} ms`,
    )
    expect(at(bytes, 1)).toBeLessThan(total)
  })
})

describe('Meilisearch contract', () => {
  it('settings carry the shared semantics', () => {
    const settings = meiliSettings(synonyms, documents)
    expect(settings.searchableAttributes).toEqual(['title', 'summary', 'terms', 'headings', 'body'])
    expect(settings.filterableAttributes).toEqual([...new Set(searchFacets.map((f) => f.attribute))])
    expect(settings.sortableAttributes).toEqual(['title', 'lastReviewed'])
    expect(settings.typoTolerance).toEqual({enabled: true, minWordSizeForTypos: {oneTypo: 5, twoTypos: 9}})
    for (const [from, to] of synonyms) expect(settings.synonyms?.[from]).toEqual(to)
    // The corpus's British spellings are found from the American ones.
    expect(settings.synonyms?.counseling).toEqual(['counselling'])
    expect(settings.synonyms?.organization).toContain('organisation')
    expect(settings.stopWords).toEqual([...stopWords].sort())
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

  it('a search request: all words preferred, filters as OR-lists inside an AND-list, facet counts, sort', () => {
    expect(meiliSearchBody({q: 'mentor', filters: {type: ['case'], outcome: ['success', 'mixed']}, limit: 5})).toEqual({
      q: 'mentor',
      limit: 5,
      offset: 0,
      matchingStrategy: 'frequency',
      showRankingScore: true,
      attributesToRetrieve: [
        'id',
        'type',
        'typeLabel',
        'title',
        'url',
        'path',
        'snippet',
        'countryLabel',
        'phaseLabels',
        'outcomeLabel',
        'provenanceLabel',
        'lastReviewed',
      ],
      facets: [...new Set(searchFacets.map((f) => f.attribute))],
      filter: [['type = "case"'], ['outcome = "success"', 'outcome = "mixed"']],
    })
    expect(meiliSearchBody({q: 'x', sort: 'date'}).sort).toEqual(['lastReviewed:desc'])
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
    expect(index.settings).toEqual(JSON.parse(JSON.stringify(meiliSettings(synonyms, documents))))
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
    expect(request.body).toEqual(meiliSearchBody({q: 'mentor', filters: {type: ['case'], outcome: ['success']}, limit: 3, sort: 'relevance'}))
    const output = JSON.parse(result.stdout) as {engine: string; hits: Array<Record<string, unknown>>}
    expect(output.engine).toBe('meilisearch')
    expect(Object.keys(output.hits[0]!).sort()).toEqual(['id', 'path', 'score', 'title', 'type', 'url'])
  })
})

describe('continuum search (embedded)', () => {
  it('returns the same hits as the engine for every row of the relevance table', async () => {
    for (const row of relevanceTable) {
      const expected = (await run({...row.query, limit: 10})).hits.map((hit) => hit.id)
      const flags = Object.entries(row.query.filters ?? {}).flatMap(([facet, values]) =>
        (values ?? []).flatMap((value) => [`--${facet.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value]),
      )
      const result = await cli(['search', ...(row.query.q ? [row.query.q] : []), ...flags, '--format', 'json'])
      expect(result.code, result.stderr).toBe(0)
      const output = JSON.parse(result.stdout) as {engine: string; hits: Array<{id: string}>}
      expect(output.engine).toBe('embedded')
      expect(
        output.hits.map((hit) => hit.id),
        JSON.stringify(row.query),
      ).toEqual(expected)
      expect(output.hits[0]?.id, JSON.stringify(row.query)).toBe(row.first)
    }
  }, 180_000)

  it('says which words it left out and what it suggests', async () => {
    const result = await cli(['search', 'Portugal prison'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/No results for "portugal"; showing results for the other words\./)
    const typo = await cli(['search', 'tehrapy'])
    expect(typo.stdout).toMatch(/Did you mean "therapy"\?/)
    const nothing = await cli(['search', 'lasagne recipe'])
    expect(nothing.code).toBe(0)
    expect(nothing.stdout).toMatch(/No entry matches "lasagne recipe"/)
  })

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
