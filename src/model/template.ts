/**
 * The template `continuum new` writes: front matter with a comment explaining every field and its
 * allowed values, and the required body sections with a line on what belongs in each.
 */
import {listOf, type TemplateValues} from './types/define.js'
import {typeOf} from './types/index.js'
import * as v from './vocabularies.js'

export type {TemplateValues}

/** Template text for a new entry of the given type. `schemaPath` feeds the editor modeline. */
export function templateFor(typeName: string, values: TemplateValues = {}, schemaPath?: string): string {
  const type = typeOf(typeName)
  if (!type) throw new Error(`unknown entry type "${typeName}"`)
  const lines: string[] = ['---']
  if (schemaPath) lines.push(`# yaml-language-server: $schema=${schemaPath}`)
  lines.push(
    `# A Continuum ${type.labels.template}. Fill in every field, then run`,
    '#   continuum validate THIS_FILE   and   continuum submit THIS_FILE',
    '# The id is assigned by `continuum submit`: do not add one.',
    `type: ${type.name}`,
    `# Title: short and specific (max 160 characters).`,
    `title: ${JSON.stringify(values.title ?? '')}`,
    `# Language of the body text: ${listOf(v.languages)}`,
    `language: ${values.language ?? 'en'}`,
    ...type.templateLines(values),
    `# Provenance: ${type.provenances?.join(', ') ?? listOf(v.provenances)}`,
    `provenance: ${type.defaultProvenance}`,
    '# Sources: where this comes from (title, optional section, url, year).',
    'sources:',
    '  - title: ""',
    '# Date of the last review of this entry (YYYY-MM-DD).',
    `lastReviewed: ${new Date().toISOString().slice(0, 10)}`,
    '---',
    '',
  )
  for (const section of type.sections) lines.push(`## ${section.heading}`, '', section.help, '')
  return lines.join('\n')
}
