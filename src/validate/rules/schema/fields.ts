/**
 * schema/* — front matter against the schema of its type: missing fields, unknown fields (with a
 * "did you mean"), values outside a vocabulary, wrong types. Each message points at the YAML line
 * of the field concerned.
 */
import type {z} from 'zod'
import {typeOf} from '../../../model/types/index.js'
import {countryAliases} from '../../../model/vocabularies.js'
import type {Entry, FrontMatter} from '../../entry.js'
import {keyNodeAt, nodeAt, type Path} from '../../front-matter.js'
import {yamlPlace} from '../../load.js'
import {defineRule, type Finding} from '../../rule.js'
import {didYouMean} from '../../suggest.js'
import {caseReview, invalid, practice, valid} from '../examples.js'

/** Where a path points: the value's node, else the nearest parent's key line. */
function placeOf(frontMatter: FrontMatter, path: Path) {
  for (let length = path.length; length > 0; length--) {
    const node = nodeAt(frontMatter, path.slice(0, length))
    if (node?.range) {
      if (length === path.length) return yamlPlace(frontMatter, node.range[0])
      const key = keyNodeAt(frontMatter, path.slice(0, length - 1), String(path[length - 1]))
      return yamlPlace(frontMatter, (key ?? node).range![0])
    }
  }
  return {line: frontMatter.firstLine, column: 1}
}

function fieldName(path: Path): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('')
}

function describe(value: unknown): string {
  if (value === undefined) return 'no value'
  if (value === null) return 'empty value'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'mapping'
  return `\`${String(value)}\``
}

function valueAt(raw: unknown, path: Path): unknown {
  let value = raw
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined
  return value
}

const typeHints: Record<string, string> = {
  array: 'write a YAML list: one `- value` per line below the field',
  number: 'write a plain number without quotes',
  string: 'write text; quote it if it starts with a special character',
  object: 'write a mapping: indented `field: value` lines below the field',
}

function findingsFor(entry: Entry, issue: z.core.$ZodIssue): Finding[] {
  const frontMatter = entry.frontMatter!
  const raw = frontMatter.raw
  const path = issue.path as Path
  const field = fieldName(path)
  switch (issue.code) {
    case 'unrecognized_keys': {
      const shape = path.length === 0 ? Object.keys(typeOf(entry.type)!.object.shape) : []
      return issue.keys.map((key) => {
        const keyNode = keyNodeAt(frontMatter, path, key)
        const suggestion = didYouMean(key, shape.length > 0 ? shape : siblingsOf(entry, path))
        const prefix = path.length > 0 ? `${field}.` : ''
        return {
          reason: `Unexpected field \`${prefix}${key}\``,
          place: keyNode?.range ? yamlPlace(frontMatter, keyNode.range[0]) : placeOf(frontMatter, path),
          hint: suggestion ? `Did you mean \`${prefix}${suggestion}\`?` : `Remove it; the fields of a ${entry.type} are listed in docs/content-model.md.`,
        }
      })
    }
    case 'invalid_type': {
      const actual = valueAt(raw, path)
      if (actual === undefined) {
        return [
          {
            reason: `Missing required field \`${field}\``,
            place: placeOf(frontMatter, path),
            hint: `Add \`${field}\` (${typeHints[issue.expected] ?? issue.expected}); \`continuum new ${entry.type}\` writes a template that explains it.`,
          },
        ]
      }
      return [
        {
          reason: `Unexpected ${describe(actual)} for \`${field}\`, expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : `a ${issue.expected}`}`,
          place: placeOf(frontMatter, path),
          hint: typeHints[issue.expected] ? `For \`${field}\`, ${typeHints[issue.expected]}.` : issue.message,
        },
      ]
    }
    case 'invalid_value': {
      const actual = valueAt(raw, path)
      if (actual === undefined) {
        return [
          {
            reason: `Missing required field \`${field}\``,
            place: placeOf(frontMatter, path),
            hint: `Add \`${field}: …\` with one of: ${issue.values.slice(0, 12).map(String).join(', ')}${issue.values.length > 12 ? ', …' : ''}.`,
          },
        ]
      }
      const allowed = issue.values.map(String)
      const alias = typeof actual === 'string' ? countryAliases[actual.toUpperCase()] : undefined
      const suggestion = alias && allowed.includes(alias) ? alias : typeof actual === 'string' ? didYouMean(actual, allowed) : undefined
      const list = allowed.length <= 8 ? allowed.map((value) => `\`${value}\``).join(', ') : `one of the ${allowed.length} values in docs/content-model.md`
      return [
        {
          reason: `Unexpected ${describe(actual)} for \`${field}\`, expected ${allowed.length === 1 ? `\`${allowed[0]}\`` : list}`,
          place: placeOf(frontMatter, path),
          hint: suggestion ? `Did you mean \`${suggestion}\`?` : `Use one of: ${allowed.slice(0, 30).join(', ')}${allowed.length > 30 ? ', …' : ''}.`,
        },
      ]
    }
    default: {
      const actual = valueAt(raw, path)
      return [
        {
          reason: `Invalid ${describe(actual)} for \`${field}\`: ${issue.message}`,
          place: placeOf(frontMatter, path),
          hint: hintFor(field, issue),
        },
      ]
    }
  }
}

function siblingsOf(entry: Entry, path: Path): string[] {
  const schema = typeOf(entry.type)!.schema as unknown as {shape?: Record<string, unknown>; def?: {in?: {shape: Record<string, unknown>}}}
  let shape = schema.shape ?? schema.def?.in?.shape
  for (const key of path) {
    let child = shape?.[String(key)] as
      | {shape?: Record<string, unknown>; def?: {in?: {shape?: Record<string, unknown>}; innerType?: unknown; element?: unknown}}
      | undefined
    while (child && !child.shape && (child.def?.innerType || child.def?.in || child.def?.element)) {
      child = (child.def.in ?? child.def.innerType ?? child.def.element) as typeof child
    }
    shape = child?.shape
  }
  return Object.keys(shape ?? {})
}

function hintFor(field: string, issue: z.core.$ZodIssue): string {
  if (field === 'id') return 'Remove the `id` line: `continuum submit` assigns ids.'
  if (issue.code === 'too_big') return 'Shorten it; details belong in the body.'
  if (issue.code === 'too_small') return 'Fill it in.'
  return 'Fix the value; docs/content-model.md lists what each field accepts.'
}

export const rule = defineRule({
  meta: {
    id: 'schema/fields',
    severity: 'error',
    description: 'Front matter matches the schema of its type: required fields, known fields only, vocabulary values.',
    hint: 'Follow the message\'s "did you mean", or docs/content-model.md, which lists every field and the values it accepts.',
    get examples() {
      return {
        valid: [valid('a complete practice', practice()), valid('a complete case review', caseReview())],
        invalid: [
          invalid('a misspelt field', caseReview({set: {outcome: null, outcom: 'success'}}), [
            {line: 1, column: 1, message: 'Missing required field `outcome`'},
            {line: 23, column: 1, message: 'Unexpected field `outcom`'},
          ]),
          invalid('a value outside the vocabulary', caseReview({set: {outcome: 'sucess'}}), {
            line: 5,
            column: 10,
            message: 'Unexpected `sucess` for `outcome`, expected `success`, `mixed`, `failure`',
          }),
          invalid('a missing field', practice({set: {title: null}}), {line: 1, column: 1, message: 'Missing required field `title`'}),
          invalid(
            'a nested field misspelt',
            caseReview({set: {profile: '\n  gendr: male\n  ageBand: undisclosed\n  ideology: undisclosed\n  legalStatus: undisclosed'}}),
            [
              {line: 8, column: 1, message: 'Missing required field `profile.gender`'},
              {line: 9, column: 3, message: 'Unexpected field `profile.gendr`'},
            ],
          ),
          invalid('a text where a list is expected', caseReview({set: {phases: 'probation'}}), {
            line: 7,
            column: 9,
            message: 'Unexpected `probation` for `phases`, expected a list',
          }),
          invalid('a period that ends before it starts', caseReview({set: {period: '{from: 2022, to: 2019}'}}), {
            line: 14,
            column: 26,
            message: 'Invalid `2019` for `period.to`: the period ends before it starts',
          }),
          invalid('a case review that is neither documented nor a composite', caseReview({set: {provenance: 'source-paper'}}), {
            line: 20,
            column: 13,
            message: 'Unexpected `source-paper` for `provenance`, expected `documented`, `composite`',
          }),
          invalid('a composite marked quotable', caseReview({set: {publicSummary: 'A mentor outside the authorities was trusted.', quotable: 'true'}}), {
            line: 25,
            column: 11,
            message:
              'Invalid `true` for `quotable`: only a documented case review can be quotable: a composite is invented and must never be quoted as a real case; remove quotable',
          }),
        ],
      }
    },
  },
  onContext: true,
  check(entry, report) {
    if (!entry.type || !entry.frontMatter) return
    const raw = entry.frontMatter.raw as Record<string, unknown>
    const result = typeOf(entry.type)!.schema.safeParse(raw)
    if (result.success) {
      entry.data = result.data
      return
    }
    for (const issue of result.error.issues) {
      // `format:` would switch Docusaurus to MDX; safety/no-format-key reports it.
      if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
        const keys = issue.keys.filter((key) => key !== 'format')
        if (keys.length === 0) continue
        for (const finding of findingsFor(entry, {...issue, keys})) report(finding)
        continue
      }
      for (const finding of findingsFor(entry, issue)) report(finding)
    }
  },
})
