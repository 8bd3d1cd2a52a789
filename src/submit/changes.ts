/** What an update changes in an entry: for the contributor's output and the reviewer's first look. */
import {isDeepStrictEqual} from 'node:util'
import {parse} from 'yaml'

export interface EntryChanges {
  /** Top-level front matter keys whose value changed, was added or was removed, in file order. */
  fields: string[]
  /** Body lines added and removed (a minimal line diff, as `git diff --numstat` counts them). */
  added: number
  removed: number
}

/** Splits an entry into its front matter YAML and its body (the text after the closing `---`). */
function split(text: string): {yaml: string; body: string} {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const end = lines[0] === '---' ? lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line)) : -1
  if (end === -1) return {yaml: '', body: lines.join('\n')}
  return {yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n')}
}

function fieldsOf(yaml: string): Record<string, unknown> {
  try {
    const value: unknown = parse(yaml, {version: '1.2'})
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  } catch {
    return {} // both texts have passed validation before this runs; this is only a safety net
  }
}

/** Length of a longest common subsequence of two line lists, in O(n·m) time and O(m) memory. */
function commonLines(a: readonly string[], b: readonly string[]): number {
  // Common head and tail first: an edit touches a few lines of a long body.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  const x = a.slice(start, a.length - end)
  const y = b.slice(start, b.length - end)
  if (x.length * y.length > 25_000_000) {
    // A rewrite of a very long body: count lines present in both (an upper bound of the LCS), cheaply.
    const counts = new Map<string, number>()
    for (const line of x) counts.set(line, (counts.get(line) ?? 0) + 1)
    let shared = 0
    for (const line of y) {
      const left = counts.get(line) ?? 0
      if (left > 0) {
        shared++
        counts.set(line, left - 1)
      }
    }
    return start + end + shared
  }
  let previous = new Uint32Array(y.length + 1)
  let current = new Uint32Array(y.length + 1)
  for (const line of x) {
    for (let j = 1; j <= y.length; j++) current[j] = line === y[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!)
    ;[previous, current] = [current, previous]
  }
  return start + end + previous[y.length]!
}

/** The changes from `before` to `after`, two versions of one entry. */
export function entryChanges(before: string, after: string): EntryChanges {
  const old = split(before)
  const next = split(after)
  const oldFields = fieldsOf(old.yaml)
  const newFields = fieldsOf(next.yaml)
  const keys = [...new Set([...Object.keys(newFields), ...Object.keys(oldFields)])]
  const fields = keys.filter((key) => !isDeepStrictEqual(oldFields[key], newFields[key]))
  const a = old.body === '' ? [] : old.body.replace(/\n$/, '').split('\n')
  const b = next.body === '' ? [] : next.body.replace(/\n$/, '').split('\n')
  const common = commonLines(a, b)
  return {fields, added: b.length - common, removed: a.length - common}
}
