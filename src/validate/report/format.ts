/**
 * Formatters: pure functions from validation results to text. `stylish` for people, `json` in the
 * ESLint shape for machines.
 */
import path from 'node:path'

export interface LintMessage {
  ruleId: string
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** What to do about it. */
  hint?: string
}

export interface LintResult {
  filePath: string
  messages: LintMessage[]
  errorCount: number
  warningCount: number
}

/** ESLint-compatible JSON. */
export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results)
}

// C0 and C1 controls (escape sequences start with ESC or CSI) and the bidirectional overrides
// that can make a terminal show text in another order than it is.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Text from an entry made safe for a terminal: every control character shown as `\u{…}`, never sent. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.charCodeAt(0).toString(16)}}`)
}

export interface StylishOptions {
  color?: boolean
  cwd?: string
}

/** Human output: one block per file, one line per problem with its hint below it, then a summary. */
export function formatStylish(results: readonly LintResult[], options: StylishOptions = {}): string {
  const paint = (code: number, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[0m` : text)
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  let files = 0
  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    if (result.messages.length === 0) continue
    files++
    const shown = printable(options.cwd && path.isAbsolute(result.filePath) ? path.relative(options.cwd, result.filePath) : result.filePath)
    lines.push('', paint(4, shown))
    for (const message of result.messages) {
      const where = `${shown}:${message.line}:${message.column}`
      const level = message.severity === 2 ? paint(31, 'error  ') : paint(33, 'warning')
      lines.push(`  ${where}  ${level}  ${printable(message.message)}  ${paint(2, printable(message.ruleId))}`)
      if (message.hint) lines.push(`      ${paint(2, '→')} ${printable(message.hint)}`)
    }
  }
  const total = errors + warnings
  if (total === 0) {
    const checked = results.length
    lines.push(`${checked} ${checked === 1 ? 'file' : 'files'} checked, no problems.`)
  } else {
    lines.push(
      '',
      paint(
        errors > 0 ? 31 : 33,
        `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}) in ${files} of ${results.length} ${results.length === 1 ? 'file' : 'files'}`,
      ),
    )
    if (errors > 0) lines.push('Nothing was published or submitted. Fix the errors above and run `continuum validate` again.')
  }
  return lines.join('\n').replace(/^\n/, '')
}
