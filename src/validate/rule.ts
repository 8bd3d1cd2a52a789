/**
 * What a rule is: a stable id, a one-line description, and a check that attaches messages to
 * entries. Rules never print or throw for a content problem; severity comes from `severity.ts`.
 */
import type {Entry} from './entry.js'

export interface Place {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

export interface Finding {
  /** What is wrong, as "Unexpected X, expected Y" or a short sentence. */
  reason: string
  place: Place
  /** What to do instead. */
  hint: string
}

export type Report = (entry: Entry, finding: Finding) => void

export interface Rule {
  /** Stable kebab-case id `family/name`; never renamed. */
  readonly id: string
  readonly description: string
  /** Also runs on context entries: set by rules that derive what corpus rules read (entry.data). */
  readonly onContext?: boolean
  /** Runs on each loaded entry (skipped for refused entries). */
  readonly check?: (entry: Entry, report: (finding: Finding) => void) => void
  /** Runs once on the whole corpus, after every entry's own checks. */
  readonly checkCorpus?: (entries: readonly Entry[], report: Report) => void
}
