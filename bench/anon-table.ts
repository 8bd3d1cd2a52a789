/**
 * The anonymisation table of issue 14: every paragraph of test/fixtures/anon-table/<language>.json
 * through the validator and through an off-the-shelf English NER library (compromise), side by
 * side: recall on identifying paragraphs, false alarms on clean ones, and milliseconds per 1,000
 * words, per language and per category. It measures and never fails on the figures; it fails only
 * when a table is malformed (unknown category, wrong rule, a national number whose checksum does
 * not pass). The report is Markdown on standard output.
 *
 *   npx tsx bench/anon-table.ts                  print the report
 *   npx tsx bench/anon-table.ts --out FILE       also write it to FILE (by convention bench/anon-table-last-run.md)
 *   options: --details (list every paragraph the validator misses or flags wrongly, and compromise's)
 *            --runs N (timing repetitions, median taken; default 5)
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import nlp from 'compromise'
import {scan} from '../src/validate/anon/scan.js'
import {rules} from '../src/validate/rules/index.js'
import {loadGuarded} from '../src/validate/validate.js'
import {check, entryText, validCaseFront} from '../test/helpers/entry.js'
import {log, median} from './measure.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tableDir = path.join(root, 'test/fixtures/anon-table')
const {values: flags} = parseArgs({
  options: {
    out: {type: 'string'},
    details: {type: 'boolean', default: false},
    runs: {type: 'string', default: '5'},
  },
})
const runs = Math.max(1, Number.parseInt(flags.runs, 10) || 5)

// ---------------------------------------------------------------- the tables

interface Row {
  text: string
  identifying: boolean
  category: string
  rule: string | null
  note: string
}

/** Identifying categories, in report order, with the rule that should catch each. */
const IDENTIFYING: Record<string, string> = {
  'surname-alone': 'anon/person-name',
  'full-name-no-cue': 'anon/person-name',
  'name-particle': 'anon/person-name',
  'name-origin': 'anon/person-name',
  'name-cue': 'anon/person-name',
  facility: 'anon/institution',
  'birth-date': 'anon/exact-date',
  'exact-date': 'anon/exact-date',
  'national-id': 'anon/id-number',
  age: 'anon/exact-age',
  nickname: 'anon/nom-de-guerre',
  combination: 'anon/quasi-identifiers-in-text',
  phone: 'anon/phone-number',
  iban: 'anon/id-number',
  plate: 'anon/vehicle-plate',
  'small-place': 'anon/place',
}
const CLEAN = ['clean-role', 'clean-programme', 'clean-author', 'clean-big-city', 'clean-sentence-start', 'clean-numbers', 'clean-general']
const CATEGORY_ORDER = [...Object.keys(IDENTIFYING), ...CLEAN]
const LANGUAGE_ORDER = ['en', 'fr', 'de', 'nl', 'es', 'it']
const MINIMUM: Record<string, number> = {en: 220}
const MINIMUM_OTHER = 36

function readTable(file: string): Row[] {
  const raw: unknown = JSON.parse(readFileSync(path.join(tableDir, file), 'utf8'))
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array of rows`)
  return raw.map((value: unknown, index) => {
    const where = `${file} row ${index + 1}`
    if (typeof value !== 'object' || value === null) throw new Error(`${where}: expected an object`)
    const row = value as Record<string, unknown>
    const {text, identifying, category, rule, note} = row
    if (typeof text !== 'string' || text.trim() === '' || text.includes('\n')) throw new Error(`${where}: text must be one non-empty line`)
    if (typeof identifying !== 'boolean') throw new Error(`${where}: identifying must be true or false`)
    if (typeof category !== 'string') throw new Error(`${where}: category must be a string`)
    if (typeof note !== 'string' || note.trim() === '') throw new Error(`${where}: note must say what the trap is`)
    if (identifying) {
      if (!(category in IDENTIFYING)) throw new Error(`${where}: unknown identifying category ${category}`)
      if (rule !== IDENTIFYING[category]) throw new Error(`${where}: category ${category} expects rule ${IDENTIFYING[category]}, not ${String(rule)}`)
    } else {
      if (!CLEAN.includes(category)) throw new Error(`${where}: unknown clean category ${category}`)
      if (rule !== null) throw new Error(`${where}: a clean row has rule null`)
    }
    const extra = Object.keys(row).filter((key) => !['text', 'identifying', 'category', 'rule', 'note'].includes(key))
    if (extra.length > 0) throw new Error(`${where}: unknown fields ${extra.join(', ')}`)
    return {text, identifying, category, rule: rule as string | null, note}
  })
}

const tables = readdirSync(tableDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({language: file.replace(/\.json$/, ''), rows: readTable(file)}))
  .sort((a, b) => rank(LANGUAGE_ORDER, a.language) - rank(LANGUAGE_ORDER, b.language))
for (const {language, rows} of tables) {
  const minimum = MINIMUM[language] ?? MINIMUM_OTHER
  if (rows.length < minimum) throw new Error(`${language}.json: ${rows.length} paragraphs, at least ${minimum} expected`)
  const seen = new Set<string>()
  for (const row of rows) {
    if (seen.has(row.text)) throw new Error(`${language}.json: the same paragraph twice: ${row.text}`)
    seen.add(row.text)
  }
}
const known = new Set(rules.map((rule) => rule.id))
for (const rule of Object.values(IDENTIFYING)) if (!known.has(rule)) throw new Error(`the table names rule ${rule}, which the validator does not have`)

function rank(order: string[], value: string): number {
  const index = order.indexOf(value)
  return index === -1 ? order.length : index
}

// ---------------------------------------------------------------- checksums of the numbers planted

const digitsOf = (text: string) => text.replace(/\D/g, '')
const weighted = (digits: string, weights: number[]) => weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0)
const mod97 = (digits: string) => Number(BigInt(digits) % 97n)
function luhn(digits: string): boolean {
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  return sum % 10 === 0
}
const SPANISH_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'
const FISCAL_ODD: Record<string, number> = Object.fromEntries(
  [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((char, index) => [
    char,
    [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][index]!,
  ]),
)
function steuerId(digits: string): boolean {
  if (digits.length !== 11 || digits[0] === '0') return false
  let product = 10
  for (const char of digits.slice(0, 10)) {
    let sum = (Number(char) + product) % 10
    if (sum === 0) sum = 10
    product = (sum * 2) % 11
  }
  return (11 - product) % 10 === Number(digits[10])
}

/** The schemes the notes name, how to find such a number in the text, and its checksum. */
const schemes: Array<{name: string; note: RegExp; find: RegExp; valid: (found: string) => boolean}> = [
  {name: 'Swedish personnummer (Luhn)', note: /personnummer/i, find: /\b\d{6}[-+]?\d{4}\b/g, valid: (found) => luhn(digitsOf(found))},
  {
    name: 'Danish CPR (mod 11)',
    note: /\bCPR\b/,
    find: /\b\d{6}-?\d{4}\b/g,
    valid: (found) => weighted(digitsOf(found), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
  },
  {name: 'Dutch BSN (eleven-test)', note: /\bBSN\b/, find: /\b\d{9}\b/g, valid: (found) => (weighted(found, [9, 8, 7, 6, 5, 4, 3, 2, -1]) + 1100) % 11 === 0},
  {
    name: 'Belgian national number (mod 97)',
    note: /Belgian national number/i,
    find: /\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b/g,
    valid: (found) => {
      const digits = digitsOf(found)
      const check = Number(digits.slice(9))
      return 97 - mod97(digits.slice(0, 9)) === check || 97 - mod97(`2${digits.slice(0, 9)}`) === check
    },
  },
  {
    name: 'Spanish NIE (mod 23)',
    note: /\bNIE\b/,
    find: /\b[XYZ]\d{7}[A-Z]\b/g,
    valid: (found) => SPANISH_LETTERS[Number(`${'XYZ'.indexOf(found[0]!)}${found.slice(1, 8)}`) % 23] === found[8],
  },
  {name: 'Spanish DNI (mod 23)', note: /\bDNI\b/, find: /\b\d{8}[A-Z]\b/g, valid: (found) => SPANISH_LETTERS[Number(found.slice(0, 8)) % 23] === found[8]},
  {
    name: 'French NIR (mod 97 key)',
    note: /\bNIR\b/,
    find: /\b[12](?: ?\d{2}){3} ?\d{3} ?\d{3} ?\d{2}\b/g,
    valid: (found) => {
      const digits = digitsOf(found)
      return digits.length === 15 && 97 - mod97(digits.slice(0, 13)) === Number(digits.slice(13))
    },
  },
  {
    name: 'UK NHS number (mod 11)',
    note: /\bNHS\b/,
    find: /\b\d{3} ?\d{3} ?\d{4}\b/g,
    valid: (found) => {
      const digits = digitsOf(found)
      const check = (11 - (weighted(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11
      return check !== 10 && check === Number(digits[9])
    },
  },
  {
    name: 'Polish PESEL (weighted mod 10)',
    note: /PESEL/,
    find: /\b\d{11}\b/g,
    valid: (found) => (10 - (weighted(found, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(found[10]),
  },
  {
    name: 'Finnish personal identity code (mod 31)',
    note: /Finnish personal identity code/i,
    find: /\b\d{6}[-+A]\d{3}[0-9A-Y]\b/g,
    valid: (found) => '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(found.slice(0, 6) + found.slice(7, 10)) % 31] === found[10],
  },
  {name: 'German tax identification number (ISO 7064 MOD 11,10)', note: /tax identification number/i, find: /\b\d{11}\b/g, valid: steuerId},
  {
    name: 'Italian codice fiscale (check character)',
    note: /codice fiscale/i,
    find: /\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b/g,
    valid: (found) => {
      let sum = 0
      for (let index = 0; index < 15; index++) {
        const char = found[index]!
        sum += index % 2 === 0 ? FISCAL_ODD[char]! : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 65
      }
      return String.fromCharCode(65 + (sum % 26)) === found[15]
    },
  },
  {
    name: 'IBAN (ISO 13616 mod 97)',
    note: /\bIBAN\b/,
    find: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})+(?: ?[A-Z0-9]{1,3})?\b/g,
    valid: (found) => {
      const compact = found.replace(/\s/g, '')
      const numeric = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (char) => String(char.charCodeAt(0) - 55))
      return mod97(numeric) === 1
    },
  },
]

/** Every national-id and IBAN row: the number its note names passes the scheme's checksum. */
function verifyChecksums(): string[] {
  const lines: string[] = []
  for (const {language, rows} of tables) {
    for (const row of rows.filter((candidate) => candidate.category === 'national-id' || candidate.category === 'iban')) {
      const scheme = schemes.find((candidate) => candidate.note.test(row.note))
      if (!scheme) throw new Error(`${language}.json: the note of a ${row.category} row names no known scheme: ${row.note}`)
      const found = [...row.text.matchAll(scheme.find)].map((match) => match[0])
      const valid = found.find((candidate) => scheme.valid(candidate))
      if (!valid) throw new Error(`${language}.json: no number in this row passes the ${scheme.name} checksum: ${row.text}`)
      lines.push(`| ${language} | ${scheme.name} | \`${valid}\` |`)
    }
  }
  return lines
}

// ---------------------------------------------------------------- the two detectors

const frontFor = (language: string) => validCaseFront.replace(/^language: en$/m, `language: ${language}`)
const anonRules = rules.filter((rule) => rule.id.startsWith('anon/'))

/** anon/* rules that report on the paragraph's lines, once the paragraph sits in a valid case review. */
function validatorRules(row: Row, language: string): string[] {
  const text = entryText({front: frontFor(language), paragraph: row.text})
  const line = text.slice(0, text.indexOf(row.text)).split('\n').length
  return [...new Set(check(text).flatMap((message) => (message.ruleId.startsWith('anon/') && message.line === line ? [message.ruleId] : [])))].sort()
}

const COMPROMISE_RULE =
  'flagged when `nlp(text).people()` or `.places()` finds anything, when a term is tagged `#PhoneNumber`, or when a `#Value` term holds six or more consecutive digits'

/** What compromise finds in a paragraph: `people`, `places`, `phone`, `number`. */
function compromiseFinds(text: string): string[] {
  const doc = nlp(text)
  const found: string[] = []
  if (doc.people().found) found.push('people')
  if (doc.places().found) found.push('places')
  if (doc.match('#PhoneNumber').found) found.push('phone')
  if ((doc.match('#Value').out('array') as string[]).some((term) => /\d{6}/.test(term))) found.push('number')
  return found
}

/** Words of paragraph text each validator sample covers at least: a small group is repeated inside its entry, so that the entry's fixed costs weigh little. */
const SAMPLE_WORDS = 2000

interface Timing {
  words: number
  validatorMs: number
  compromiseMs: number
}

/**
 * Times a group of paragraphs. Validator: the shared scan plus every anon/* rule, on one entry
 * holding the paragraphs (repeated up to SAMPLE_WORDS words), loading and parsing not counted.
 * compromise: nlp() and the look-ups on each paragraph. Medians of `runs` runs.
 */
function timeGroup(rows: Row[], language: string): Timing {
  const words = wordsOf(rows)
  const repeats = Math.max(1, Math.ceil(SAMPLE_WORDS / Math.max(1, words)))
  const paragraphs = Array.from({length: repeats}, () => rows.map((row) => row.text)).flat()
  const bytes = Buffer.from(entryText({front: frontFor(language), paragraph: paragraphs.join('\n\n')}))
  const validator: number[] = []
  const compromise: number[] = []
  for (let run = 0; run < runs; run++) {
    const entry = loadGuarded({path: 'draft.md', bytes}, () => {})
    let started = performance.now()
    scan(entry)
    for (const rule of anonRules) rule.check?.(entry, () => {})
    validator.push((performance.now() - started) / repeats)
    started = performance.now()
    for (const row of rows) compromiseFinds(row.text)
    compromise.push(performance.now() - started)
  }
  return {words, validatorMs: median(validator), compromiseMs: median(compromise)}
}

const wordsOf = (rows: Row[]) => rows.reduce((sum, row) => sum + row.text.split(/\s+/).filter(Boolean).length, 0)

// ---------------------------------------------------------------- the run

interface Judged extends Row {
  language: string
  validator: string[]
  compromise: string[]
}

if (check({front: frontFor('en')}).length > 0) throw new Error('the case review the paragraphs are put into is not valid by itself')
log(`${anonRules.length} anon/* rules; ${tables.reduce((sum, table) => sum + table.rows.length, 0)} paragraphs in ${tables.length} tables`)
const checksumLines = verifyChecksums()
const judged: Judged[] = tables.flatMap(({language, rows}) =>
  rows.map((row) => ({...row, language, validator: validatorRules(row, language), compromise: compromiseFinds(row.text)})),
)
// Warm-up (word lists, compiled patterns, compromise's lexicon) before any timing.
timeGroup(tables[0]!.rows, tables[0]!.language)

const flaggedBy = (row: Judged, who: 'validator' | 'compromise') => row[who].length > 0
const ratio = (count: number, total: number) => (total === 0 ? '–' : `${(count / total).toFixed(2)} (${count}/${total})`)
const perThousand = (ms: number, words: number) => (words === 0 ? '–' : ((ms / words) * 1000).toFixed(2))

interface Figures {
  identifying: number
  clean: number
  validatorHits: number
  validatorRuleHits: number
  validatorFalse: number
  compromiseHits: number
  compromiseFalse: number
}

function figures(rows: Judged[]): Figures {
  const identifying = rows.filter((row) => row.identifying)
  const clean = rows.filter((row) => !row.identifying)
  return {
    identifying: identifying.length,
    clean: clean.length,
    validatorHits: identifying.filter((row) => flaggedBy(row, 'validator')).length,
    validatorRuleHits: identifying.filter((row) => row.rule !== null && row.validator.includes(row.rule)).length,
    validatorFalse: clean.filter((row) => flaggedBy(row, 'validator')).length,
    compromiseHits: identifying.filter((row) => flaggedBy(row, 'compromise')).length,
    compromiseFalse: clean.filter((row) => flaggedBy(row, 'compromise')).length,
  }
}

const speed = (timing: Timing | undefined) =>
  timing ? ` ${perThousand(timing.validatorMs, timing.words)} | ${perThousand(timing.compromiseMs, timing.words)} |` : ''
const addTimings = (timings: Timing[]): Timing => ({
  words: timings.reduce((sum, timing) => sum + timing.words, 0),
  validatorMs: timings.reduce((sum, timing) => sum + timing.validatorMs, 0),
  compromiseMs: timings.reduce((sum, timing) => sum + timing.compromiseMs, 0),
})

function summaryRow(label: string, f: Figures, timing: Timing): string {
  return `| ${label} | ${f.identifying + f.clean} | ${f.identifying} | ${f.clean} | ${ratio(f.validatorHits, f.identifying)} | ${ratio(f.validatorRuleHits, f.identifying)} | ${ratio(f.validatorFalse, f.clean)} | ${ratio(f.compromiseHits, f.identifying)} | ${ratio(f.compromiseFalse, f.clean)} |${speed(timing)}`
}

/** One line per category; with timings, each category's paragraphs (all languages) are timed as a group. */
function categoryRows(rows: Judged[], timed: boolean): string[] {
  const lines = timed
    ? [
        '| category | paragraphs | validator: flagged | validator: expected rule | compromise: flagged | validator ms/1k words | compromise ms/1k words |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ]
    : ['| category | paragraphs | validator: flagged | validator: expected rule | compromise: flagged |', '| --- | ---: | ---: | ---: | ---: |']
  const categories = [...new Set(rows.map((row) => row.category))].sort((a, b) => rank(CATEGORY_ORDER, a) - rank(CATEGORY_ORDER, b))
  for (const category of categories) {
    const subset = rows.filter((row) => row.category === category)
    const f = figures(subset)
    const clean = category.startsWith('clean-')
    lines.push(
      `| ${category} (${clean ? 'false alarms' : 'recall'}) | ${f.identifying + f.clean} | ${clean ? ratio(f.validatorFalse, f.clean) : ratio(f.validatorHits, f.identifying)} | ${
        clean ? '' : ratio(f.validatorRuleHits, f.identifying)
      } | ${clean ? ratio(f.compromiseFalse, f.clean) : ratio(f.compromiseHits, f.identifying)} |${speed(timed ? timeGroup(subset, 'en') : undefined)}`,
    )
  }
  return lines
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim()
  } catch {
    return 'unknown'
  }
})()
const compromiseVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/compromise/package.json'), 'utf8')) as {version: string}).version

const out: string[] = []
out.push('# Anonymisation table: the validator beside compromise')
out.push('')
out.push(
  `Commit ${commit}, compromise ${compromiseVersion}, ${runs} timing runs (median), load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores at the end of the run (timings on a busy machine run high). Tables: \`test/fixtures/anon-table/{${tables.map((t) => t.language).join(',')}}.json\`, ${judged.length} paragraphs (${judged.filter((row) => row.identifying).length} identifying, ${judged.filter((row) => !row.identifying).length} clean). Produced by \`npx tsx bench/anon-table.ts\`.`,
)
out.push('')
out.push('How a paragraph is judged:')
out.push('')
out.push(
  "- **validator**: the paragraph is put into the first section of a valid case review (front matter `language` set to the table's), the entry is validated as `test/rules/anon.test.ts` does, and the paragraph counts as flagged when any `anon/*` rule reports on its line. *Expected rule*: the identifying paragraphs for which the rule the table names is among those rules (`combination` names `anon/quasi-identifiers-in-text`, which reads several quasi-identifiers in one sentence of the prose; `anon/quasi-identifier-unique` reads only the front matter).",
)
out.push(`- **compromise** (an English library; the other languages go through it as they are): ${COMPROMISE_RULE}.`)
out.push('- **recall**: identifying paragraphs flagged / identifying paragraphs. **False alarms**: clean paragraphs flagged / clean paragraphs.')
out.push(
  `- **ms/1k words**, per language (each table as one group; "all" adds them up) and per category (its paragraphs of every language as one group), median of ${runs} runs. Validator: the shared scan plus every \`anon/*\` rule's check on one case review holding the group's paragraphs, repeated up to ${SAMPLE_WORDS} words so that the entry's fixed costs weigh little (loading and parsing the file not counted); compromise: \`nlp()\` and the four look-ups on each paragraph. The tables per language and category give no speed: their groups are too small to time.`,
)
out.push('')
out.push('## Per language')
out.push('')
out.push(
  '| language | paragraphs | identifying | clean | validator recall | validator expected rule | validator false alarms | compromise recall | compromise false alarms | validator ms/1k words | compromise ms/1k words |',
)
out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
const languageTimings = new Map(tables.map(({language, rows}) => [language, timeGroup(rows, language)]))
for (const {language} of tables) out.push(summaryRow(language, figures(judged.filter((row) => row.language === language)), languageTimings.get(language)!))
out.push(summaryRow('**all**', figures(judged), addTimings([...languageTimings.values()])))
out.push(
  summaryRow(
    'other than en',
    figures(judged.filter((row) => row.language !== 'en')),
    addTimings([...languageTimings].flatMap(([language, timing]) => (language === 'en' ? [] : [timing]))),
  ),
)
out.push('')
out.push('## Per category, all languages')
out.push('')
out.push(...categoryRows(judged, true))
for (const {language} of tables) {
  out.push('')
  out.push(`## Per category: ${language}`)
  out.push('')
  out.push(
    ...categoryRows(
      judged.filter((row) => row.language === language),
      false,
    ),
  )
}
out.push('')
out.push('## Checksums of the planted numbers')
out.push('')
out.push(
  `Every \`national-id\` and \`iban\` paragraph holds a number that passes the checksum of the scheme its note names (${checksumLines.length} of ${checksumLines.length}).`,
)
out.push('')
out.push('| language | scheme | number |')
out.push('| --- | --- | --- |')
out.push(...checksumLines)
if (flags.details) {
  const cell = (text: string) => text.replaceAll('|', '\\|')
  for (const who of ['validator', 'compromise'] as const) {
    out.push('')
    out.push(`## Details: ${who}`)
    out.push('')
    out.push(
      `Identifying paragraphs ${who === 'validator' ? 'no anon/* rule flags' : 'compromise does not flag'}, then clean paragraphs it flags (with what fired).`,
    )
    out.push('')
    out.push('| language | category | verdict | fired | paragraph |')
    out.push('| --- | --- | --- | --- | --- |')
    for (const row of judged.filter((candidate) => candidate.identifying && !flaggedBy(candidate, who)))
      out.push(`| ${row.language} | ${row.category} | missed | | ${cell(row.text)} |`)
    if (who === 'validator')
      for (const row of judged.filter(
        (candidate) => candidate.identifying && flaggedBy(candidate, who) && candidate.rule && !candidate.validator.includes(candidate.rule),
      ))
        out.push(`| ${row.language} | ${row.category} | flagged by another rule | ${row.validator.join(', ')} | ${cell(row.text)} |`)
    for (const row of judged.filter((candidate) => !candidate.identifying && flaggedBy(candidate, who)))
      out.push(`| ${row.language} | ${row.category} | false alarm | ${row[who].join(', ')} | ${cell(row.text)} |`)
  }
}
const report = `${out.join('\n')}\n`
process.stdout.write(report)
if (flags.out) {
  writeFileSync(path.resolve(flags.out), report)
  log(`written to ${flags.out}`)
}
