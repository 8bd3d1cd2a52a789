/**
 * Severity of each rule id. Rules report; severity decides what blocks publication. The default
 * is each rule's `meta.severity`; a caller may override it per id (or turn a rule off).
 */
import {ruleById} from './rules/index.js'

export type Severity = 'error' | 'warning' | 'off'

/** Severity of a rule id: the override, else the rule's default, else error (an unknown id never passes silently). */
export function severityOf(ruleId: string, overrides: Readonly<Record<string, Severity>> = {}): Severity {
  return overrides[ruleId] ?? ruleById(ruleId)?.meta.severity ?? 'error'
}
