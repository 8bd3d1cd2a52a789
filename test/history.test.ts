/**
 * History and review dates, with a temporary git repository: first publication, last change and
 * the change history of each entry come from one `git log` pass (renames followed); a subject
 * naming a practitioners-only review is not shown in the public edition; outside git there is no
 * history and no error; an entry reviewed more than 18 months before the (injected) date is due for
 * review in its record, its card, the review page, the export and `continuum validate`.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {entriesOf, loadCorpus, type Corpus} from '../src/content/corpus.js'
import {parseLog, readHistories, redactHistories, type Histories} from '../src/content/history.js'
import {exportCorpus} from '../src/content/open-data/export.js'
import {cardsOf} from '../src/content/views/cards.js'
import {entryRecordOf} from '../src/content/views/record.js'
import {reviewViewOf} from '../src/content/views/review.js'
import {addMonths, isDueForReview, reviewDueOn, reviewMonthsFrom, todayFrom} from '../src/model/review.js'
import {contentFolders} from '../src/model/types/index.js'
import {gitContent, history} from './helpers/git-content.js'
import {contentWith, root} from './helpers/portal.js'

const run = promisify(execFile)
const cli = path.join(root, 'cli/bin/run.js')
const TODAY = '2026-06-01'

let dir: string
let corpus: Corpus
let histories: Histories

beforeAll(async () => {
  dir = await gitContent()
  corpus = await loadCorpus(dir, 'public')
  histories = await readHistories(dir, contentFolders())
}, 120_000)
afterAll(async () => {
  if (dir) await rm(dir, {recursive: true, force: true})
})

describe('history from git', () => {
  it('gives each entry its first publication, last change and changes, newest first, following a rename', () => {
    const renamed = histories.get(history.renamed.to)!
    expect(renamed).toEqual({
      firstPublished: '2025-01-15',
      lastChanged: '2025-09-03',
      changes: [
        {date: '2025-09-03', subject: 'Rename the mentoring practice'},
        {date: '2025-01-15', subject: 'Add the launch entries'},
      ],
      count: 2,
    })
    expect(histories.has(history.renamed.from)).toBe(false)
    const untouched = histories.get('practices/concentration-in-specialised-units.md')!
    expect(untouched).toMatchObject({firstPublished: '2025-01-15', lastChanged: '2025-01-15', count: 1})
    expect(histories.get(history.due.path)).toMatchObject({lastChanged: '2026-03-01', count: 2})
    // Every published entry has a history.
    for (const entry of corpus.published) expect(histories.has(entry.path), entry.path).toBe(true)
  })

  it('replaces a subject that names a withheld entry in an edition without it', () => {
    const withheldTitles = [history.redacted.withheldTitle]
    const cleared = redactHistories(histories, withheldTitles, 'Updated')
    expect(histories.get(history.redacted.path)!.changes[0]!.subject).toContain(history.redacted.withheldTitle)
    expect(cleared.get(history.redacted.path)!.changes[0]).toEqual({date: '2026-02-10', subject: 'Updated'})
    expect(cleared.get(history.renamed.to)!.changes[0]!.subject).toBe('Rename the mentoring practice')
  })

  it('is empty, without an error, outside a git checkout or when turned off', async () => {
    const plain = await contentWith({})
    try {
      expect((await readHistories(plain, contentFolders())).size).toBe(0)
      expect((await readHistories(dir, contentFolders(), {...process.env, CONTINUUM_HISTORY: '0'})).size).toBe(0)
    } finally {
      await rm(plain, {recursive: true, force: true})
    }
    const empty = await mkdtemp(path.join(os.tmpdir(), 'continuum-nogit-'))
    try {
      expect((await readHistories(empty, contentFolders(), {...process.env, PATH: empty})).size).toBe(0)
    } finally {
      await rm(empty, {recursive: true, force: true})
    }
  })

  it('parses a log with a file deleted and created again as two files', () => {
    const log = [
      '\u001e2026-03-01T00:00:00Z\u001fCreate it again',
      '',
      'A\tpractices/x.md',
      '\u001e2026-02-01T00:00:00Z\u001fDelete it',
      '',
      'D\tpractices/x.md',
      '\u001e2026-01-01T00:00:00Z\u001fFirst version',
      '',
      'A\tpractices/x.md',
    ].join('\n')
    expect(parseLog(log, (p) => p).get('practices/x.md')).toMatchObject({firstPublished: '2026-03-01', count: 1})
  })
})

describe('review dates', () => {
  it('reads the interval and the date from the environment, checked', () => {
    expect(todayFrom({CONTINUUM_TODAY: '2026-06-01'})).toBe('2026-06-01')
    expect(() => todayFrom({CONTINUUM_TODAY: '1 June'})).toThrow(/CONTINUUM_TODAY/)
    expect(reviewMonthsFrom({})).toBe(18)
    expect(reviewMonthsFrom({CONTINUUM_REVIEW_MONTHS: '12'})).toBe(12)
    expect(() => reviewMonthsFrom({CONTINUUM_REVIEW_MONTHS: '0'})).toThrow(/CONTINUUM_REVIEW_MONTHS/)
    expect(addMonths('2025-08-31', 18)).toBe('2027-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(reviewDueOn('2024-10-01')).toBe('2026-04-01')
    expect(isDueForReview('2024-10-01', '2026-03-31')).toBe(false)
    expect(isDueForReview('2024-10-01', '2026-04-01')).toBe(true)
  })

  it('marks the entry due for review on its page, its card, the review page and in the export', () => {
    expect(process.env.CONTINUUM_TODAY).toBe(TODAY)
    const entry = corpus.published.find((e) => e.path === history.due.path)!
    const record = entryRecordOf(entry, {siteUrl: 'https://example.org/', reviewMonths: 18, today: TODAY, history: histories.get(entry.path)!})
    expect(record.review).toEqual({due: true, dueOn: history.due.dueOn, months: 18})
    const other = corpus.published.find((e) => e.path === history.renamed.to)!
    expect(entryRecordOf(other, {siteUrl: 'https://example.org/', reviewMonths: 18, today: TODAY}).review.due).toBe(false)
    const cards = cardsOf(corpus, entry.type.name)
    expect(cards.filter((card) => card.facets.review?.[0] === 'due').map((card) => card.id)).toEqual([history.due.id])
    expect(cards.find((card) => card.id === history.due.id)!.badges.some((badge) => badge.kind === 'due')).toBe(true)
    const review = reviewViewOf(corpus, {today: TODAY, months: 18, histories})
    expect(review.rows.filter((row) => row.state === 'due').map((row) => row.id)).toEqual([history.due.id])
    expect(review.rows[0]!.id).toBe(history.due.id)
    // With a 24-month interval it is not due yet.
    expect(reviewViewOf(corpus, {today: TODAY, months: 24}).rows.some((row) => row.state === 'due')).toBe(false)
    const data = exportCorpus(corpus, {siteUrl: 'https://example.org/', histories})
    const row = data.records.find((r) => r.id === history.due.id)!
    expect(row).toMatchObject({reviewDue: history.due.dueOn, firstPublished: '2025-01-15', lastChanged: '2026-03-01'})
    expect(entriesOf(corpus, 'practice').length).toBeGreaterThan(0)
  })

  it('is a warning of continuum validate, on the injected date', async () => {
    const validate = (today: string, months?: string) =>
      run(process.execPath, [cli, 'validate', '--format', 'json', '--no-cache'], {
        cwd: dir,
        env: {...process.env, CONTINUUM_TODAY: today, ...(months ? {CONTINUUM_REVIEW_MONTHS: months} : {}), NO_COLOR: '1'},
      })
    const due = (stdout: string) =>
      (JSON.parse(stdout) as Array<{filePath: string; messages: Array<{ruleId: string; severity: number; message: string}>}>).flatMap((result) =>
        result.messages.filter((m) => m.ruleId === 'schema/review-due').map((m) => ({file: path.relative(dir, path.resolve(dir, result.filePath)), ...m})),
      )
    const now = await validate(TODAY)
    expect(due(now.stdout)).toEqual([
      expect.objectContaining({
        file: history.due.path,
        ruleId: 'schema/review-due',
        severity: 1,
        message: `Entry last reviewed on ${history.due.lastReviewed}, more than 18 months ago: due for review since ${history.due.dueOn}`,
      }),
    ])
    expect(due((await validate('2026-03-31')).stdout)).toEqual([])
    expect(due((await validate(TODAY, '24')).stdout)).toEqual([])
  }, 120_000)
})
