/**
 * The template `continuum new` writes: front matter with a comment explaining every field and its
 * allowed values, and the required body sections with a line on what belongs in each.
 */
import {requiredSections, type EntryType} from './schemas.js'
import * as v from './vocabularies.js'

export interface TemplateValues {
  title?: string
  country?: string
  language?: string
  summary?: string
}

const list = (vocabulary: v.Vocabulary) => vocabulary.map((term) => term.value).join(', ')

const sectionHelp: Record<string, string> = {
  Description: 'What the practice is, who runs it, for whom, in which phase of the continuum.',
  Aims: 'What it sets out to change, for the person and for public safety.',
  Methods: 'How it works in practice: staff, steps, duration, cooperation with other actors.',
  'Evidence and evaluation': 'What is known about its effects; cite evaluations, or say that none exists yet.',
  'Lessons learned': 'What worked, what did not, what you would do differently.',
  Transferability: 'What another member state needs to adopt it: legal basis, staff, cost, conditions.',
  Context: 'The situation at the start, in general terms: no names, towns, exact dates or ages.',
  Interventions: 'What was done, by whom (roles, not names), in which phase.',
  'What worked': 'What helped, against the success criteria you chose.',
  'What did not work': 'What failed or broke continuity, honestly: others learn most from this.',
}

function yamlString(value: string): string {
  return JSON.stringify(value)
}

/** Template text for a new entry of the given type. `schemaPath` feeds the editor modeline. */
export function templateFor(type: EntryType, values: TemplateValues = {}, schemaPath?: string): string {
  const lines: string[] = ['---']
  if (schemaPath) lines.push(`# yaml-language-server: $schema=${schemaPath}`)
  lines.push(
    `# A Continuum ${type === 'practice' ? 'practice entry' : 'case review'}. Fill in every field, then run`,
    '#   continuum validate THIS_FILE   and   continuum submit THIS_FILE',
    '# The id is assigned by `continuum submit`: do not add one.',
    `type: ${type}`,
    `# Title: short and specific (max 160 characters).`,
    `title: ${yamlString(values.title ?? '')}`,
    `# Language of the body text: ${list(v.languages)}`,
    `language: ${values.language ?? 'en'}`,
  )
  if (type === 'practice') {
    lines.push(
      '# Summary in English, two or three sentences (max 400 characters).',
      `summary: ${yamlString(values.summary ?? '')}`,
      `# Country: ISO code, or EU / multi. One of: ${list(v.countries)}`,
      `country: ${values.country ?? ''}`,
      `# Organisation type: ${list(v.organisationTypes)}`,
      'organisationType: ',
      `# Phases of the continuum (a list): ${list(v.phases)}`,
      'phases:',
      '  - prison',
      `# Target groups (a list): ${list(v.targetGroups)}`,
      'targetGroups:',
      '  - adult-men',
      `# Approaches (a list): ${list(v.approaches)}`,
      'approaches:',
      '  - multi-agency',
      '# Which of the 13 recommendations of the RAN paper it addresses (numbers 1-13):',
      ...v.recommendations.map((r) => `#   ${r.number}. ${r.title}`),
      'recommendations:',
      '  - 3',
      `# Evidence level: ${list(v.evidenceLevels)}. Anything above "inspiring" needs references.`,
      'evidence:',
      '  level: inspiring',
      '  references: []',
      `# Status: ${list(v.statuses)}`,
      'status: active',
      '# Year it started (optional).',
      '# startYear: 2020',
    )
  } else {
    lines.push(
      `# Outcome: ${list(v.outcomes)}`,
      'outcome: ',
      `# Prison management model: ${list(v.managementModels)}`,
      'managementModel: ',
      `# Phases covered (a list): ${list(v.phases)}`,
      'phases:',
      '  - prison',
      '# Banded profile. Use `undisclosed` wherever a value could help identify the person.',
      'profile:',
      `  # ${list(v.genders)}`,
      '  gender: undisclosed',
      `  # ${list(v.ageBands)}`,
      '  ageBand: undisclosed',
      `  # ${list(v.ideologies)}`,
      '  ideology: undisclosed',
      `  # ${list(v.legalStatuses)}`,
      '  legalStatus: undisclosed',
      '# Country (ISO code) or undisclosed. A woman, a minor or a person whose citizenship was revoked',
      '# in a named country is a small population: use undisclosed there.',
      `country: ${values.country ?? 'undisclosed'}`,
      '# Period in years only.',
      'period:',
      '  from: 2019',
      '  to: 2022',
      `# Success criteria used, not only reoffending (a list): ${list(v.successCriteria)}`,
      'successCriteria:',
      '  - no-reoffending',
      `# Consent basis: ${list(v.consentBases)}`,
      'consentBasis: ',
      `# Visibility: public, or practitioners (never in the public edition, its feeds or search).`,
      'visibility: practitioners',
      '# Optional summary cleared for communicators to quote (public cases only, max 600 characters).',
      '# publicSummary: ""',
      '# Ids of related practices (pr-…), at least one.',
      'relatedPractices:',
      '  - pr-00000000',
      '# Lessons, one short sentence each.',
      'lessons:',
      '  - ""',
    )
  }
  lines.push(
    `# Provenance: ${list(v.provenances)}`,
    `provenance: ${type === 'case' ? 'illustrative-composite' : 'contributor'}`,
    '# Sources: where this comes from (title, optional section, url, year).',
    'sources:',
    '  - title: ""',
    '# Date of the last review of this entry (YYYY-MM-DD).',
    `lastReviewed: ${new Date().toISOString().slice(0, 10)}`,
    '---',
    '',
  )
  for (const section of requiredSections[type]) {
    lines.push(`## ${section}`, '', sectionHelp[section] ?? 'Write this section.', '')
  }
  if (type === 'case') {
    lines.splice(lines.length - 2, 1, 'What another practitioner should take from this case.')
  } else {
    lines.splice(lines.length - 2, 1, sectionHelp.Transferability!)
  }
  return lines.join('\n')
}
