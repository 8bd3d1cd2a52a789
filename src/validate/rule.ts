/**
 * What a rule is: `meta` (a stable id, its default severity, what it checks, how to fix it, and
 * runnable examples) and a check that attaches messages to entries. Rules never print or throw for
 * a content problem. Rules checked while loading a file or by the engine (time budget, internal
 * errors, suppressions) have no check: they hold the meta and the builders of their messages.
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
  /**
   * The rule is not sure (a plausible reading, not a certain one): reported one level lower than the
   * rule's severity, so an error rule's uncertain finding is a warning that asks to confirm or suppress.
   */
  uncertain?: boolean
}

export type Report = (entry: Entry, finding: Finding) => void

/** One file of an example: a path and its whole text. */
export interface ExampleFile {
  path: string
  text: string
  /** How the text is saved: UTF-8 unless said otherwise (`latin1` shows a file saved in a legacy encoding). */
  encoding?: 'utf8' | 'latin1'
  /** The path is a symbolic link to a file holding `text`. */
  symlink?: boolean
  /** The file could not be read, for this reason (`text` is then empty). */
  unreadable?: string
  /** What the documentation shows instead of the whole text: the parts that matter and where they sit (none: an unchanged template). */
  shown?: ReadonlyArray<{text: string; lang: string; where: string}>
}

/** A runnable example: files validated together, as `continuum validate` would. */
export interface Example {
  /** What it shows, in a few words. */
  name: string
  /** Files validated (and reported) together. */
  files: readonly ExampleFile[]
  /** Files read only as context for corpus rules; a practice case reviews relate to is always there. */
  context?: readonly ExampleFile[]
  /** Time budget for each file, in milliseconds (the default is the documented limit). */
  budgetMs?: number
}

/** One message an invalid example must produce. */
export interface ExpectedMessage {
  /** The file it is reported on (the first file by default). */
  path?: string
  line: number
  column: number
  /** The message, exactly. */
  message: string
}

export interface InvalidExample extends Example {
  /** Every message of this rule the example produces, in order. */
  expected: readonly ExpectedMessage[]
  /** Other rules the example also triggers (a refused file is not checked further, so usually none). */
  also?: readonly string[]
}

export interface RuleMeta {
  /** Stable kebab-case id `family/name`; never renamed. */
  readonly id: string
  /** Default severity; `severity.ts` reads it, configuration may override it. */
  readonly severity: 'error' | 'warning'
  /** What the rule checks, in one or two sentences. */
  readonly description: string
  /** What to do about a message of this rule, in general (each message carries its own hint too). */
  readonly hint: string
  /** Examples run by test/rules/examples.test.ts and shown in docs/rules.md; rule files build them in a getter, so a validation run never pays for them. */
  readonly examples: {readonly valid: readonly Example[]; readonly invalid: readonly InvalidExample[]}
}

export interface Rule {
  readonly meta: RuleMeta
  /** `meta.id`, for short. */
  readonly id: string
  /** Also runs on context entries: set by rules that derive what corpus rules read (entry.data). */
  readonly onContext?: boolean
  /** Runs on each loaded entry (skipped for refused entries). */
  readonly check?: (entry: Entry, report: (finding: Finding) => void) => void
  /** Runs once on the whole corpus, after every entry's own checks. */
  readonly checkCorpus?: (entries: readonly Entry[], report: Report) => void
}

/** A rule from its meta and checks (`id` is taken from the meta), with any message builders it exports. */
export function defineRule<Extra extends object = object>(spec: Omit<Rule, 'id'> & Extra): Rule & Extra {
  return {...spec, id: spec.meta.id}
}
