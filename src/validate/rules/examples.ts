/**
 * Builders of rule examples: valid base entries of each type (they pass every rule) with a change
 * (front-matter fields set or removed, a paragraph added, the body replaced), and the example
 * records that test/rules/examples.test.ts runs and docs/rules.md shows.
 */
import {caseReview as caseType} from '../../model/types/case.js'
import type {EntryTypeDefinition} from '../../model/types/index.js'
import {practice as practiceType} from '../../model/types/practice.js'
import type {Example, ExampleFile, ExpectedMessage, InvalidExample} from '../rule.js'

/** A built-in type the examples are written for (its definition from the registry). */
type Kind = Pick<EntryTypeDefinition<never>, 'name' | 'sections' | 'labels'>

/** Front-matter fields in order: key and what follows the colon (a block value starts with a line break). */
type Fields = ReadonlyArray<readonly [string, string]>

const practiceFields: Fields = [
  ['type', practiceType.name],
  ['title', 'Mentoring by formers after release'],
  ['summary', 'Former extremists mentor released offenders who distrust authorities.'],
  ['language', 'en'],
  ['country', 'multi'],
  ['organisationType', 'ngo'],
  ['phases', '[pre-release, community]'],
  ['targetGroups', '[adult-men]'],
  ['approaches', '[mentoring-by-formers]'],
  ['recommendations', '[6]'],
  ['evidence', '\n  level: inspiring'],
  ['status', 'approach'],
  ['provenance', 'source-paper'],
  ['sources', '\n  - title: RAN conclusion paper\n    section: Voluntary participation'],
  ['lastReviewed', '2026-01-15'],
]

/** The id of the practice every example case review relates to (it is in the context of every example). */
export const RELATED_PRACTICE_ID = 'pr-aaaaaaaa'

const caseFields: Fields = [
  ['type', caseType.name],
  ['title', 'A mentor trusted where authorities were not'],
  ['language', 'en'],
  ['outcome', 'success'],
  ['managementModel', 'dispersion'],
  ['phases', '[probation, community]'],
  ['profile', '\n  gender: male\n  ageBand: undisclosed\n  ideology: undisclosed\n  legalStatus: undisclosed'],
  ['country', 'undisclosed'],
  ['period', '{from: 2019, to: 2022}'],
  ['successCriteria', '[disengagement, employment]'],
  ['consentBasis', 'illustrative-composite'],
  ['visibility', 'public'],
  ['relatedPractices', `[${RELATED_PRACTICE_ID}]`],
  ['lessons', '[{kind: worked, text: Trust came through the mentor.}]'],
  ['provenance', 'composite'],
  ['sources', '\n  - title: RAN conclusion paper'],
  ['lastReviewed', '2026-01-15'],
]

/** The template body of a type: every required section (from the registry), each with a line of text. */
export const templateBody = (kind: Kind = practiceType) =>
  kind.sections.map(({heading}) => `## ${heading}\n\nText about ${heading.toLowerCase()}.\n`).join('\n')

export interface Change {
  /** Front-matter fields to set (the YAML after the colon) or to remove (null); new fields come last. */
  set?: Readonly<Record<string, string | null>>
  /** Markdown added at the start of the first section of the body. */
  paragraph?: string
  /** The whole body instead of the template's sections. */
  body?: string
  /** Where the file is (a name of its own by default, in no content folder). */
  path?: string
}

const renderField = (key: string, value: string) => `${key}:${value.startsWith('\n') ? value : ` ${value}`}`

function entry(kind: Kind, change: Change = {}): ExampleFile {
  const set = change.set ?? {}
  const fields = (kind === practiceType ? practiceFields : caseFields)
    .filter(([key]) => set[key] !== null)
    .map(([key, value]) => [key, set[key] ?? value] as const)
  for (const [key, value] of Object.entries(set)) if (value !== null && !fields.some(([name]) => name === key)) fields.push([key, value])
  let body = change.body ?? templateBody(kind)
  if (change.paragraph !== undefined) body = body.replace(/\n\n/, `\n\n${change.paragraph}\n\n`)
  const text = `---\n${fields.map(([key, value]) => renderField(key, value)).join('\n')}\n---\n\n${body}`
  const file: ExampleFile = {path: change.path ?? (kind === practiceType ? 'mentoring-after-release.md' : 'a-mentor-trusted.md'), text}
  const label = kind.labels.noun[0]
  const shown: Array<{text: string; lang: string; where: string}> = []
  const changed = Object.entries(set)
  if (changed.length > 0)
    shown.push({
      text: changed.map(([key, value]) => (value === null ? `# (no \`${key}\` field)` : renderField(key, value))).join('\n'),
      lang: 'yaml',
      where: `in the front matter of a valid ${label}`,
    })
  if (change.paragraph !== undefined) shown.push({text: change.paragraph, lang: 'markdown', where: `added to the first section of a valid ${label}`})
  if (change.body !== undefined) shown.push({text: change.body, lang: 'markdown', where: `the body of a valid ${label}`})
  if (shown.length === 0) shown.push({text: '', lang: '', where: `a valid ${label}, unchanged`})
  return {...file, shown}
}

/** A valid practice, changed as asked. */
export const practice = (change?: Change): ExampleFile => entry(practiceType, change)

/** A valid case review, changed as asked (it relates to the context practice RELATED_PRACTICE_ID). */
export const caseReview = (change?: Change): ExampleFile => entry(caseType, change)

/** A file of any text, shown whole (long texts are cut in the documentation). */
export const rawFile = (path: string, text: string, extra: Omit<ExampleFile, 'path' | 'text'> = {}): ExampleFile => ({path, text, ...extra})

/** The practice every example is validated beside, so that case reviews have a practice to relate to. */
export const relatedPractice: ExampleFile = practice({path: 'practices/related-practice.md', set: {id: RELATED_PRACTICE_ID}})

/** The bytes and flags `validateSources` reads for an example file. */
export function sourceOf(file: ExampleFile): {path: string; bytes: Uint8Array; symlink?: boolean; unreadable?: string} {
  return {
    path: file.path,
    bytes: file.symlink || file.unreadable !== undefined ? new Uint8Array() : Buffer.from(file.text, file.encoding === 'latin1' ? 'latin1' : 'utf8'),
    ...(file.symlink ? {symlink: true} : {}),
    ...(file.unreadable !== undefined ? {unreadable: file.unreadable} : {}),
  }
}

type Options = Pick<Example, 'context' | 'budgetMs'>

const listOf = <T>(value: T | readonly T[]): readonly T[] => (Array.isArray(value) ? value : [value as T])

/** An example that must produce no message at all. */
export function valid(name: string, files: ExampleFile | readonly ExampleFile[], options: Options = {}): Example {
  return {name, files: listOf(files), ...options}
}

/** An example that must produce exactly these messages of its rule (and of no other rule but `also`). */
export function invalid(
  name: string,
  files: ExampleFile | readonly ExampleFile[],
  expected: ExpectedMessage | readonly ExpectedMessage[],
  options: Options & {also?: readonly string[]} = {},
): InvalidExample {
  return {name, files: listOf(files), expected: listOf(expected), ...options}
}

/** Line of the paragraph `Change.paragraph` adds, per entry type. */
export const paragraphLine = {
  practice: practice().text.split('\n').indexOf('## Description') + 3,
  case: caseReview().text.split('\n').indexOf('## Context') + 3,
}

/** A file grown to exactly `bytes` bytes of UTF-8 by a paragraph of plain sentences (for size limits). */
export function padded(file: ExampleFile, bytes: number): ExampleFile {
  const sentence = 'Mentors and clients met every week. '
  const marker = '## Description\n\n'
  const at = file.text.indexOf(marker) + marker.length
  const missing = bytes - Buffer.byteLength(file.text) - 2
  const paragraph = sentence.repeat(Math.ceil(missing / sentence.length)).slice(0, missing)
  return {
    ...file,
    text: `${file.text.slice(0, at)}${paragraph}\n\n${file.text.slice(at)}`,
    shown: [
      {
        text: `${sentence.repeat(3)}…`,
        lang: 'markdown',
        where: `added to the first section of a valid practice until the file is ${bytes.toLocaleString('en')} bytes`,
      },
    ],
  }
}
