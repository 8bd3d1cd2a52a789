/** The stored embedded index: reused for the same input by the same code, never trusted otherwise. */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {buildIndexFiles} from '../src/search/index-build.js'
import {cachedIndexFiles, indexCacheFile, indexCacheVersion, indexInputKey} from '../src/search/index-cache.js'
import {writeSignedFile} from '../src/validate/cache.js'
import {searchDocument} from './helpers/search-index.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'continuum-index-cache-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const synonyms = new Map<string, string[]>([['mentor', ['coach']]])
let serial = 0
const checkout = () => path.join(work, `c${++serial}`)

describe('the stored embedded index', () => {
  it('is what building gives, whatever was stored before (property)', () => {
    const root = checkout()
    const body = fc.array(fc.constantFrom('mentoring', 'family', 'probation', 'release', 'work'), {maxLength: 12}).map((words) => words.join(' '))
    fc.assert(
      fc.property(fc.array(fc.array(body, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 6}), (runs) => {
        for (const bodies of runs) {
          const docs = bodies.map((text, i) => searchDocument(`pr-${i}`, text))
          const expected = buildIndexFiles(docs, synonyms)
          const got = cachedIndexFiles(root, 'public', docs, synonyms, {}, {})
          expect(got.head).toBe(expected.head)
          expect([...got.files]).toEqual([...expected.files])
        }
      }),
      {numRuns: 40},
    )
  })

  it('is reused for the same documents: a stored index signed here is returned as stored', () => {
    const root = checkout()
    const docs = [searchDocument('pr-a', 'mentoring by formers')]
    cachedIndexFiles(root, 'public', docs, synonyms, {}, {})
    // A marker only a reused file can return.
    writeSignedFile(indexCacheFile(root, 'public'), indexCacheVersion(), {key: indexInputKey(docs, synonyms), head: 'h.json', files: [['h.json', 'marker']]})
    expect(cachedIndexFiles(root, 'public', docs, synonyms, {}, {}).files.get('h.json')).toBe('marker')
    // Other documents, or another edition: built, not reused.
    expect(cachedIndexFiles(root, 'public', [searchDocument('pr-b', 'family work')], synonyms, {}, {}).files.has('h.json')).toBe(false)
    expect(cachedIndexFiles(root, 'practitioners', docs, synonyms, {}, {}).files.has('h.json')).toBe(false)
  })

  it('is rebuilt when the stored file was edited, truncated, corrupted or not signed here', () => {
    const root = checkout()
    const docs = [searchDocument('pr-a', 'mentoring by formers')]
    const expected = buildIndexFiles(docs, synonyms)
    const file = indexCacheFile(root, 'public')
    cachedIndexFiles(root, 'public', docs, synonyms, {}, {})
    const stored = readFileSync(file, 'utf8')
    const [header, body] = [stored.slice(0, stored.indexOf('\n')), stored.slice(stored.indexOf('\n') + 1)]
    expect(body).toContain('formers')
    const tampered = [
      `${header}\n${body.replace('formers', 'someone')}`,
      stored.slice(0, stored.length / 2),
      'not json at all',
      `${header.replace(/"digest":"[0-9a-f]+"/, `"digest":"${'0'.repeat(64)}"`)}\n${body}`,
      '',
    ]
    for (const text of tampered) {
      writeFileSync(file, text)
      const got = cachedIndexFiles(root, 'public', docs, synonyms, {}, {})
      expect([...got.files]).toEqual([...expected.files])
    }
  })

  it('is neither read nor written with CONTINUUM_CACHE=0, nor without a checkout', () => {
    const root = checkout()
    const docs = [searchDocument('pr-a', 'mentoring')]
    cachedIndexFiles(root, 'public', docs, synonyms, {}, {CONTINUUM_CACHE: '0'})
    expect(existsSync(indexCacheFile(root, 'public'))).toBe(false)
    expect(cachedIndexFiles(undefined, 'public', docs, synonyms, {}, {}).head).toBe(buildIndexFiles(docs, synonyms).head)
  })
})
