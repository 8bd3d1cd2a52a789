/** Builds valid entries to mutate in rule tables, and runs the validator on them. */
import {validateSources, type ValidateOptions} from '../../src/validate/validate.js'

export const validPracticeFront = `type: practice
title: Mentoring by formers after release
summary: Former extremists mentor released offenders who distrust authorities.
language: en
country: multi
organisationType: ngo
phases: [pre-release, community]
targetGroups: [adult-men]
approaches: [mentoring-by-formers]
recommendations: [6]
evidence:
  level: inspiring
status: approach
provenance: source-paper
sources:
  - title: RAN conclusion paper
    section: Voluntary participation
lastReviewed: 2026-01-15`

export const validCaseFront = `type: case
title: A mentor trusted where authorities were not
language: en
outcome: success
managementModel: dispersion
phases: [probation, community]
profile:
  gender: male
  ageBand: undisclosed
  ideology: undisclosed
  legalStatus: undisclosed
country: undisclosed
period: {from: 2019, to: 2022}
successCriteria: [disengagement, employment]
consentBasis: illustrative-composite
visibility: public
relatedPractices: [pr-aaaaaaaa]
lessons:
  - kind: worked
    text: Trust came through the mentor.
provenance: composite
sources:
  - title: RAN conclusion paper
lastReviewed: 2026-01-15`

export const practiceBody = ['Description', 'Aims', 'Methods', 'Evidence and evaluation', 'Lessons learned', 'Transferability']
  .map((title) => `## ${title}\n\nText about ${title.toLowerCase()}.\n`)
  .join('\n')
export const caseBody = ['Context', 'Interventions', 'What worked', 'What did not work', 'Lessons learned']
  .map((title) => `## ${title}\n\nText about ${title.toLowerCase()}.\n`)
  .join('\n')

const relatedPractice = `---\n${validPracticeFront}\nid: pr-aaaaaaaa\n---\n\n${practiceBody}`

export interface Build {
  type?: 'practice' | 'case'
  front?: string
  body?: string
  /** Text appended to the first section of the body. */
  paragraph?: string
  path?: string
}

/** The text of a complete entry. */
export function entryText(build: Build = {}): string {
  const type = build.type ?? 'case'
  const front = build.front ?? (type === 'case' ? validCaseFront : validPracticeFront)
  let body = build.body ?? (type === 'case' ? caseBody : practiceBody)
  if (build.paragraph) body = body.replace(/\n\n/, `\n\n${build.paragraph}\n\n`)
  return `---\n${front}\n---\n\n${body}`
}

/** Validates one entry (plus a practice it may relate to) and returns its messages. */
export function check(build: Build | string = {}, options: ValidateOptions = {}) {
  const text = typeof build === 'string' ? build : entryText(build)
  const path = typeof build === 'string' ? 'draft.md' : (build.path ?? 'draft.md')
  const {results} = validateSources([{path, bytes: Buffer.from(text)}], {
    context: [{path: 'practices/related.md', bytes: Buffer.from(relatedPractice)}],
    ...options,
  })
  return results[0]!.messages
}

/** Rule ids of the messages, sorted and unique. */
export function ruleIds(build: Build | string = {}): string[] {
  return [...new Set(check(build).map((message) => message.ruleId))].sort()
}

/** A valid practice with its own id and a paragraph added to its description. */
export const practiceWithId = (id: string, paragraph = 'Plain text about mentoring.') =>
  `---\n${validPracticeFront}\nid: ${id}\n---\n\n${practiceBody.replace('Text about description.', `Text about description. ${paragraph}`)}`

/** A valid case review with its own id, the practice it relates to, and a paragraph added to its context. */
export const reviewWithId = (id: string, related: string, paragraph = 'Plain text about the review.') =>
  `---\n${validCaseFront.replace('relatedPractices: [pr-aaaaaaaa]', `relatedPractices: [${related}]`)}\nid: ${id}\n---\n\n${caseBody.replace('Text about context.', `Text about context. ${paragraph}`)}`
