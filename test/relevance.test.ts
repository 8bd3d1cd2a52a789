/**
 * The relevance floor: the benchmark's query set (bench/relevance/queries.json, written from the
 * entries and judged by reading them) run through the embedded engine over the launch content.
 * Fails under the thresholds: recall@5 ≥ 0.9 overall and ≥ 0.8 in every category, and at
 * least 9 of 10 queries about what the portal does not cover answered with nothing.
 * (bench/relevance.ts runs the same set against Pagefind, side by side.)
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadCorpus} from '../src/content/corpus.js'
import {searchDocuments} from '../src/search/documents.js'
import {search} from '../src/search/engine.js'
import {buildIndexFiles, memoryIndex} from '../src/search/index-build.js'
import {synonymTable} from '../src/search/synonyms.js'

interface Judged {
  q: string
  category: string
  relevant: string[]
}

const root = path.resolve(import.meta.dirname, '..')
const queries = JSON.parse(readFileSync(path.join(root, 'bench/relevance/queries.json'), 'utf8')) as Judged[]
const built = buildIndexFiles(searchDocuments(await loadCorpus(root, 'public')), synonymTable())

describe('relevance floor (bench/relevance/queries.json)', () => {
  it('finds a relevant entry in the top five for 90 % of the queries, 80 % in every category; returns nothing for 9 in 10 off-topic queries', async () => {
    const rows: Array<{category: string; q: string; found: boolean; reciprocal: number; top: string[]}> = []
    for (const query of queries) {
      const {hits} = await search(memoryIndex(built), {q: query.q, limit: 10})
      const top = hits.map((hit) => hit.id)
      if (query.relevant.length === 0) {
        rows.push({category: query.category, q: query.q, found: top.length === 0, reciprocal: 0, top})
        continue
      }
      const rank = top.findIndex((id) => query.relevant.includes(id))
      rows.push({category: query.category, q: query.q, found: rank >= 0 && rank < 5, reciprocal: rank >= 0 ? 1 / (rank + 1) : 0, top})
    }
    const categories = [...new Set(rows.map((row) => row.category))]
    const share = (list: typeof rows) => list.filter((row) => row.found).length / list.length
    const judged = rows.filter((row) => row.category !== 'nomatch')
    const mrr = (list: typeof rows) => list.reduce((n, row) => n + row.reciprocal, 0) / list.length
    const lines = categories.map((category) => {
      const list = rows.filter((row) => row.category === category)
      const measure = category === 'nomatch' ? 'nothing returned' : `recall@5 ${share(list).toFixed(2)}, MRR ${mrr(list).toFixed(2)}`
      return `  ${category.padEnd(9)} ${String(list.length).padStart(3)} queries  ${measure}`
    })
    const misses = rows
      .filter((row) => !row.found)
      .map((row) => `  miss [${row.category}] ${JSON.stringify(row.q)} → ${row.top.slice(0, 3).join(', ') || 'nothing'}`)
    console.log(
      `relevance (embedded, launch content): recall@5 ${share(judged).toFixed(2)}, MRR ${mrr(judged).toFixed(2)} over ${judged.length} queries\n${lines.join('\n')}\n${misses.join('\n')}`,
    )
    expect(queries.length).toBeGreaterThanOrEqual(80)
    expect(share(judged)).toBeGreaterThanOrEqual(0.9)
    for (const category of categories)
      expect(share(rows.filter((row) => row.category === category)), category).toBeGreaterThanOrEqual(category === 'nomatch' ? 0.9 : 0.8)
  })
})
