/**
 * Deterministic corpus generator for the benchmarks: N practices and N case reviews that pass
 * validation, 600–1,500 words each, using every vocabulary. Sentences come from the repository's
 * own (validated) entries, recombined, and from templates filled with common English words, so the
 * vocabulary of a large corpus grows as a real one would. Optionally a share of entries carries a
 * planted identifier (a name, a phone number, an exact date...) to load the anonymisation rules;
 * those entries are meant to fail validation.
 *
 *   npx tsx bench/generate.ts --out /tmp/corpus --per-type 1000 [--seed 7] [--planted 0.05]
 */
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {faker} from '@faker-js/faker'
import * as v from '../src/model/vocabularies.js'
import {corpusFiles} from '../src/validate/files.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items]
    const out: T[] = []
    const n = Math.min(pool.length, int(min, max))
    for (let i = 0; i < n; i++) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!)
    return out
  }
  return {next, int, pick, some}
}
type Rng = ReturnType<typeof prng>

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz'

interface Bank {
  practice: string[]
  case: string[]
  bullets: string[]
  lessons: string[]
}

/** Sentences of the repository's entries, split from their bodies. */
async function sentenceBank(): Promise<Bank> {
  const bank: Bank = {practice: [], case: [], bullets: [], lessons: []}
  for (const file of await corpusFiles(root)) {
    const text = await readFile(file, 'utf8')
    const body = text.slice(text.indexOf('\n---', 3) + 4)
    const kind = file.includes(`${path.sep}cases${path.sep}`) ? 'case' : 'practice'
    for (const block of body.split(/\n\s*\n/)) {
      const trimmed = block.trim()
      if (!trimmed || trimmed.startsWith('#')) continue
      if (trimmed.startsWith('- ')) {
        for (const item of trimmed.split(/\n- /)) bank.bullets.push(item.replace(/^- /, '').replace(/\s+/g, ' ').trim())
        continue
      }
      for (const sentence of trimmed.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/)) {
        if (sentence.length > 30 && !/illustrative composite/i.test(sentence)) bank[kind].push(sentence)
      }
    }
    for (const match of text.matchAll(/^ {4}text: (.{20,})$/gm)) if (kind === 'case') bank.lessons.push(match[1]!)
  }
  return bank
}

const templates = [
  (w: Words) => `Staff reported that the ${w.adjective()} ${w.noun()} helped them ${w.verb()} the plan with the probation service.`,
  (w: Words) => `The team reviewed how the ${w.noun()} and the ${w.noun()} affected continuity after release.`,
  (w: Words) => `Practitioners described the ${w.adjective()} ${w.noun()} as a reason to ${w.verb()} earlier in the sentence.`,
  (w: Words) => `A mentor and the family agreed to ${w.verb()} the ${w.noun()} together, with the consent of the client.`,
  (w: Words) => `The partnership kept a record of each ${w.noun()} so that the next officer could ${w.verb()} it.`,
  (w: Words) => `Training covered the ${w.adjective()} ${w.noun()}, media requests and gender awareness.`,
  (w: Words) => `The review found that the ${w.noun()} was ${w.adjective()} but that nobody was asked to ${w.verb()} it.`,
  (w: Words) => `Community partners were told what to ${w.verb()} if the ${w.noun()} changed.`,
]

interface Words {
  noun(): string
  adjective(): string
  verb(): string
}

function wordsFor(): Words {
  const clean = (word: string) => word.toLowerCase().replace(/[^a-z-]/g, '') || 'plan'
  return {noun: () => clean(faker.word.noun()), adjective: () => clean(faker.word.adjective()), verb: () => clean(faker.word.verb())}
}

const planted = [
  'The client, Jonas Becker, was met twice a week.',
  'His phone number was +49 170 1234567 and staff used it for reminders.',
  'He was released on 14 March 2021 from the unit.',
  'The mentor wrote to him at client.name@example.org every month.',
  'He was 27 years old when the review took place.',
]

function paragraph(rng: Rng, words: Words, bank: readonly string[], sentences: number): string {
  const out: string[] = []
  for (let i = 0; i < sentences; i++) out.push(rng.next() < 0.65 ? rng.pick(bank) : rng.pick(templates)(words))
  return out.join(' ')
}

function wrap(text: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 98) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

function body(rng: Rng, words: Words, sections: readonly string[], bank: Bank, kind: 'practice' | 'case', plant: string | undefined): string {
  const target = rng.int(600, 1500)
  const blocks = new Map<string, string[]>(sections.map((s) => [s, []]))
  let count = 0
  let turn = 0
  while (count < target) {
    const section = sections[turn % sections.length]!
    let block: string
    if (rng.next() < 0.25)
      block = rng
        .some(bank.bullets, 2, 4)
        .map((item) => `- ${item}`)
        .join('\n')
    else block = wrap(paragraph(rng, words, bank[kind], rng.int(3, 6)))
    blocks.get(section)!.push(block)
    count += block.split(/\s+/).length
    turn++
  }
  if (plant) blocks.get(sections[0]!)!.push(plant)
  return sections.map((section) => `## ${section}\n\n${blocks.get(section)!.join('\n\n')}`).join('\n\n')
}

const yamlString = (text: string) => JSON.stringify(text)
const list = (items: readonly (string | number)[], indent = '  ') => items.map((item) => `\n${indent}- ${item}`).join('')

export interface GenerateOptions {
  out: string
  perType: number
  seed?: number
  planted?: number
}

/** Writes the corpus under `out` (practices/ and cases/); returns the number of planted entries. */
export async function generate(options: GenerateOptions): Promise<{files: number; planted: number}> {
  const rng = prng(options.seed ?? 7)
  faker.seed(options.seed ?? 7)
  const words = wordsFor()
  const bank = await sentenceBank()
  await rm(options.out, {recursive: true, force: true})
  await mkdir(path.join(options.out, 'practices'), {recursive: true})
  await mkdir(path.join(options.out, 'cases'), {recursive: true})
  const ids = new Set<string>()
  const newId = (prefix: string) => {
    for (;;) {
      let id = `${prefix}-`
      for (let i = 0; i < 8; i++) id += CROCKFORD[rng.int(0, 31)]
      if (!ids.has(id)) {
        ids.add(id)
        return id
      }
    }
  }
  const countries = v.countries.map((t) => t.value)
  const euCountries = countries.filter((c) => !['EU', 'multi'].includes(c))
  const date = () => `20${rng.int(24, 26)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
  const phasesRun = () => {
    const all = v.phases.map((t) => t.value)
    const start = rng.int(0, 3)
    return all.slice(start, rng.int(start + 1, 4))
  }
  const plantFor = () => (options.planted && rng.next() < options.planted ? rng.pick(planted) : undefined)
  let plantedCount = 0
  const practiceIds: string[] = []
  const source = `\n  - title: "Contributor report"\n    year: 2023`

  for (let n = 0; n < options.perType; n++) {
    const id = newId('pr')
    practiceIds.push(id)
    const approaches = rng.some(v.approaches, 1, 3).map((t) => t.value)
    const first = v.termOf(v.approaches, approaches[0]!)!
    const title = `${first.label}: ${rng.pick(['a scheme', 'a pilot', 'a programme', 'lessons', 'practice'])} ${rng.pick(['in prison', 'before release', 'on probation', 'in the community', 'across the continuum'])} no. ${n + 1}`
    const level = rng.pick(v.evidenceLevels).value
    const plant = plantFor()
    if (plant) plantedCount++
    const text = `---
type: practice
id: ${id}
title: ${yamlString(title)}
summary: ${yamlString(`${rng.pick(bank.practice)} ${rng.pick(templates)(words)}`.slice(0, 390))}
language: en
country: ${rng.pick(countries)}
organisationType: ${rng.pick(v.organisationTypes).value}
phases:${list(phasesRun())}
targetGroups:${list(rng.some(v.targetGroups, 1, 3).map((t) => t.value))}
approaches:${list(approaches)}
recommendations:${list(
      rng
        .some(v.recommendations, 1, 3)
        .map((r) => r.number)
        .sort((a, b) => a - b),
    )}
evidence:
  level: ${level}
  references:${level === 'inspiring' ? ' []' : `\n    - title: "Evaluation report"\n      year: 2024`}
status: ${rng.pick(v.statuses).value}
provenance: contributor
sources:${source}
lastReviewed: ${date()}
---

${body(rng, words, ['Description', 'Aims', 'Methods', 'Evidence and evaluation', 'Lessons learned', 'Transferability'], bank, 'practice', plant)}
`
    await writeFile(path.join(options.out, 'practices', `practice-${String(n + 1).padStart(5, '0')}.md`), text)
  }

  for (let n = 0; n < options.perType; n++) {
    const id = newId('cr')
    const gender = rng.pick(['female', 'male', 'undisclosed'])
    // At most two of the quasi-identifiers are disclosed; small populations never name a country.
    const disclosed = new Set(rng.some(['gender', 'ageBand', 'ideology', 'country'], 1, 2))
    const ageBand = disclosed.has('ageBand') ? rng.pick(['18-24', '25-34', '35-44', '45-59']) : 'undisclosed'
    const country = disclosed.has('country') && gender !== 'female' ? rng.pick(euCountries) : 'undisclosed'
    const outcome = rng.pick(v.outcomes).value
    const visibility = rng.next() < 0.8 ? 'public' : 'practitioners'
    const from = rng.int(2012, 2022)
    const plant = plantFor()
    if (plant) plantedCount++
    const lessons = rng.some(bank.lessons.length ? bank.lessons : bank.case, 1, 3)
    const text = `---
type: case
id: ${id}
title: ${yamlString(`${rng.pick(['Continuity', 'A release', 'Support', 'A placement', 'Family work', 'A mentor'])} ${rng.pick(['that held', 'that broke down', 'under pressure', 'after a transfer', 'with mixed results'])} no. ${n + 1}`)}
language: en
outcome: ${outcome}
managementModel: ${rng.pick(v.managementModels).value}
phases:${list(phasesRun())}
profile:
  gender: ${disclosed.has('gender') ? gender : 'undisclosed'}
  ageBand: ${ageBand}
  ideology: ${disclosed.has('ideology') ? rng.pick(['islamist', 'right-wing', 'left-wing', 'separatist', 'single-issue', 'mixed-unclear']) : 'undisclosed'}
  legalStatus: undisclosed
country: ${country}
period:
  from: ${from}
  to: ${rng.int(from, 2024)}
successCriteria:${list(rng.some(v.successCriteria, 1, 3).map((t) => t.value))}
consentBasis: ${rng.pick(['illustrative-composite', 'legal-basis'])}
visibility: ${visibility}
${visibility === 'public' && outcome === 'success' ? `publicSummary: ${yamlString(rng.pick(bank.case).slice(0, 580))}\n` : ''}relatedPractices:${list(rng.some(practiceIds, 1, 3))}
lessons:${lessons.map((l) => `\n  - kind: ${rng.pick(v.lessonKinds).value}\n    text: ${yamlString(l.slice(0, 290))}`).join('')}
provenance: composite
sources:${source}
lastReviewed: ${date()}
---

${body(rng, words, ['Context', 'Interventions', 'What worked', 'What did not work', 'Lessons learned'], bank, 'case', plant)}
`
    await writeFile(path.join(options.out, 'cases', `case-${String(n + 1).padStart(5, '0')}.md`), text)
  }
  return {files: options.perType * 2, planted: plantedCount}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const {values} = parseArgs({
    options: {
      out: {type: 'string'},
      'per-type': {type: 'string', default: '100'},
      seed: {type: 'string', default: '7'},
      planted: {type: 'string', default: '0'},
    },
  })
  if (!values.out) {
    console.error('Usage: tsx bench/generate.ts --out DIR [--per-type N] [--seed S] [--planted SHARE]')
    process.exit(2)
  }
  const result = await generate({out: values.out, perType: Number(values['per-type']), seed: Number(values.seed), planted: Number(values.planted)})
  console.log(`wrote ${result.files} entries (${result.planted} with a planted identifier) to ${values.out}`)
}
