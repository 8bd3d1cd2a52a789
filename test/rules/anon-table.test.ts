/**
 * The anonymisation table (test/fixtures/anon-table/*.json, issue 14): paragraphs written the way
 * practitioners write, half identifying, half clean, in six languages. Each paragraph sits in a
 * valid case review; it counts as flagged when an anon/* rule reports on its line. The test prints
 * recall and false alarms per language and category, and fails under recall 0.95 or above 5 %
 * false alarms in any language (FLOORS); `bench/anon-table.ts` prints the same figures beside an
 * off-the-shelf NER library's.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {check, entryText, validCaseFront} from '../helpers/entry.js'

interface Row {
  text: string
  identifying: boolean
  category: string
  rule: string | null
}

/** The figures each language must keep: the issue's target, reached on this table on 2026-11-25. */
const target = {recall: 0.95, falseAlarms: 0.05}
const FLOORS: Record<string, {recall: number; falseAlarms: number}> = {en: target, fr: target, de: target, nl: target, es: target, it: target}

const folder = path.resolve(import.meta.dirname, '../fixtures/anon-table')
const languages = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort()

function flagged(row: Row, language: string): boolean {
  const text = entryText({front: validCaseFront.replace(/^language: en$/m, `language: ${language}`), paragraph: row.text})
  const line = text.slice(0, text.indexOf(row.text)).split('\n').length
  return check(text).some((message) => message.ruleId.startsWith('anon/') && message.line === line)
}

describe('the anonymisation table', () => {
  it.each(languages)('%s: keeps its recall and false-alarm floors, and reports them per category', (language) => {
    const rows = JSON.parse(readFileSync(path.join(folder, `${language}.json`), 'utf8')) as Row[]
    const judged = rows.map((row) => ({...row, flagged: flagged(row, language)}))
    const identifying = judged.filter((row) => row.identifying)
    const clean = judged.filter((row) => !row.identifying)
    const recall = identifying.filter((row) => row.flagged).length / identifying.length
    const falseAlarms = clean.filter((row) => row.flagged).length / clean.length
    const categories = [...new Set(judged.map((row) => row.category))].sort()
    const lines = categories.map((category) => {
      const list = judged.filter((row) => row.category === category)
      const hits = list.filter((row) => row.flagged).length
      return `  ${category.padEnd(22)} ${list[0]!.identifying ? 'recall' : 'false alarms'} ${(hits / list.length).toFixed(2)} (${hits}/${list.length})`
    })
    console.log(
      `anonymisation table, ${language}: recall ${recall.toFixed(3)} (${identifying.length} identifying), false alarms ${falseAlarms.toFixed(3)} (${clean.length} clean)\n${lines.join('\n')}`,
    )
    expect(rows.length).toBeGreaterThanOrEqual(language === 'en' ? 200 : 30)
    expect(recall).toBeGreaterThanOrEqual(FLOORS[language]!.recall)
    expect(falseAlarms).toBeLessThanOrEqual(FLOORS[language]!.falseAlarms)
  })
})
