/** Turns a detector (text in, hits out) into a rule that reads every segment of an entry. */
import {describesPerson} from '../../model/types/index.js'
import {defineRule, type Rule, type RuleMeta} from '../rule.js'
import {lexicon, type Lexicon} from './lexicon.js'
import {isAllowed, scan, type Segment} from './scan.js'

export interface Hit {
  start: number
  end: number
  reason: string
  hint: string
  /** A plausible reading rather than a certain one: reported as a warning (Finding.uncertain). */
  uncertain?: boolean
}

export interface AnonRuleSpec {
  meta: RuleMeta
  /** Reads only entries whose type describes a person (case reviews); every entry by default. */
  personOnly?: boolean
  detect(segment: Segment, lex: Lexicon): Iterable<Hit>
}

/** A rule from a detector: hits inside allowed spans are dropped, overlapping hits reported once. */
export function anonRule(spec: AnonRuleSpec): Rule {
  return defineRule({
    meta: spec.meta,
    check(entry, report) {
      if (!entry.type || (spec.personOnly && !describesPerson(entry.type))) return
      const lex = lexicon()
      for (const segment of scan(entry).segments) {
        let lastEnd = -1
        const hits = [...spec.detect(segment, lex)].sort((a, b) => a.start - b.start)
        for (const hit of hits) {
          if (hit.start < lastEnd || isAllowed(segment, hit.start, hit.end)) continue
          lastEnd = hit.end
          const start = segment.placeAt(hit.start)
          const end = segment.placeAt(hit.end)
          report({
            reason: hit.reason,
            place: {line: start.line, column: start.column, endLine: end.line, endColumn: end.column},
            hint: hit.hint,
            ...(hit.uncertain ? {uncertain: true} : {}),
          })
        }
      }
    },
  })
}

/** Shortens a matched text for a message. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat
}
