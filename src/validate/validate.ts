/**
 * The validator: loads sources into entries, runs every rule, applies reasoned suppressions, and
 * returns ESLint-shaped results. It knows nothing of the CLI or the site.
 */
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {Entry} from './entry.js'
import {loadEntry, type Source} from './load.js'
import type {LintMessage, LintResult} from './report/format.js'
import type {Finding} from './rule.js'
import {rules} from './rules/index.js'
import {severityOf, type Severity} from './severity.js'
import {suppressionsOf} from './suppressions.js'

export interface ValidateOptions {
  /** Entries loaded only as context for corpus rules (ids, links, profiles); not reported. */
  context?: readonly Source[]
  severity?: Readonly<Record<string, Severity>>
}

interface Collected {
  ruleId: string
  finding: Finding
}

/** Validates sources and returns one result per source, in order. */
export function validateSources(sources: readonly Source[], options: ValidateOptions = {}): {results: LintResult[]; entries: Entry[]; context: Entry[]} {
  const collected = new Map<Entry, Collected[]>()
  const push = (entry: Entry, ruleId: string, finding: Finding) => {
    const list = collected.get(entry) ?? []
    list.push({ruleId, finding})
    collected.set(entry, list)
  }
  const entries = sources.map((source) => loadEntry(source, push))
  const context = (options.context ?? []).map((source) => Object.assign(loadEntry(source, () => {}, {body: false}), {context: true}))
  // Context entries are read only by corpus rules: they skip the per-entry checks (anonymisation
  // above all), except those that derive what corpus rules read.
  for (const entry of entries) {
    if (entry.refused) continue
    for (const rule of rules) rule.check?.(entry, (finding) => push(entry, rule.id, finding))
  }
  for (const entry of context) {
    if (entry.refused) continue
    for (const rule of rules) if (rule.onContext) rule.check?.(entry, () => {})
  }
  const all = [...entries, ...context]
  for (const rule of rules) rule.checkCorpus?.(all, (entry, finding) => push(entry, rule.id, finding))

  const results = entries.map((entry) => {
    const findings = collected.get(entry) ?? []
    const suppressions = suppressionsOf(entry, (ruleId, finding) => findings.push({ruleId, finding}))
    const messages: LintMessage[] = []
    for (const {ruleId, finding} of findings) {
      const severity = severityOf(ruleId, options.severity)
      if (severity === 'off') continue
      const suppression = suppressions.find((s) => s.rules.includes(ruleId) && finding.place.line >= s.fromLine && finding.place.line <= s.toLine)
      if (suppression) {
        suppression.used = true
        continue
      }
      messages.push(toMessage(ruleId, severity, finding))
    }
    for (const suppression of suppressions) {
      if (suppression.used) continue
      const severity = severityOf('anon/unused-suppression', options.severity)
      if (severity === 'off') continue
      messages.push(toMessage('anon/unused-suppression', severity, {
        reason: `Unused suppression of \`${suppression.rules.join('`, `')}\``,
        place: {line: suppression.comment.position!.start.line, column: suppression.comment.position!.start.column},
        hint: 'Remove the comment: nothing on the next block needs it.',
      }))
    }
    messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId))
    dropOverlappingAnon(messages)
    return {
      filePath: entry.path,
      messages,
      errorCount: messages.filter((message) => message.severity === 2).length,
      warningCount: messages.filter((message) => message.severity === 1).length,
    }
  })
  return {results, entries, context}
}

function toMessage(ruleId: string, severity: Exclude<Severity, 'off'>, finding: Finding): LintMessage {
  return {
    ruleId,
    severity: severity === 'error' ? 2 : 1,
    message: finding.reason,
    line: finding.place.line,
    column: finding.place.column,
    ...(finding.place.endLine ? {endLine: finding.place.endLine, endColumn: finding.place.endColumn} : {}),
    hint: finding.hint,
  }
}

/** Reads files and validates them (a convenience for callers with paths). */
export async function validateFiles(paths: readonly string[], contextPaths: readonly string[] = []): Promise<LintResult[]> {
  const read = async (file: string): Promise<Source> => ({path: file, bytes: await readFile(file)})
  const wanted = new Set(paths.map((file) => resolve(file)))
  const sources = await Promise.all(paths.map(read))
  const context = await Promise.all(contextPaths.filter((file) => !wanted.has(resolve(file))).map(read))
  return validateSources(sources, {context}).results
}

/** Two anonymisation rules reading the same characters (a phone number is also a long number) report once. */
function dropOverlappingAnon(messages: LintMessage[]) {
  const kept: LintMessage[] = []
  for (const message of [...messages]) {
    const overlaps = message.ruleId.startsWith('anon/') && message.endColumn !== undefined && kept.some((other) =>
      other.ruleId.startsWith('anon/') && other.ruleId !== message.ruleId && other.line === message.line && other.endLine === message.endLine &&
      other.endColumn !== undefined && message.column < other.endColumn && message.endColumn! > other.column)
    if (overlaps) messages.splice(messages.indexOf(message), 1)
    else kept.push(message)
  }
}
