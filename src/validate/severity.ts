/** Severity of each rule id. Rules report; this table decides what blocks publication. */
export type Severity = 'error' | 'warning' | 'off'

const warnings = new Set([
  'structure/section-order',
  'anon/quasi-identifier-unique',
  'anon/unused-suppression',
])

/** Severity of a rule id: every rule is an error unless listed as a warning. */
export function severityOf(ruleId: string, overrides: Readonly<Record<string, Severity>> = {}): Severity {
  return overrides[ruleId] ?? (warnings.has(ruleId) ? 'warning' : 'error')
}
