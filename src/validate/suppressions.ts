/**
 * Inline suppressions: `<!-- continuum-disable-next anon/person-name -- reason -->` silences the
 * listed rules on the next block only, and must say why (the reason is reviewed in the diff).
 * Only anon/* and links/* rules can be silenced: safety and schema rules never.
 */
import type {Html, Nodes, Parents} from 'mdast'
import {visit} from 'unist-util-visit'
import type {Entry} from './entry.js'
import type {Finding} from './rule.js'

const pattern = /^<!--\s*continuum-disable-next\b([\s\S]*?)-->\s*$/
const MIN_REASON = 12

/** Whether an html node is a suppression comment (the only HTML an entry may hold). */
export function isSuppressionComment(html: string): boolean {
  return pattern.test(html.trim())
}

export interface Suppression {
  rules: string[]
  reason: string
  /** Lines covered: the next block after the comment. */
  fromLine: number
  toLine: number
  comment: Html
  used: boolean
}

/** The suppressions of an entry; malformed ones are reported as findings. */
export function suppressionsOf(entry: Entry, report: (ruleId: string, finding: Finding) => void): Suppression[] {
  const found: Suppression[] = []
  if (!entry.tree) return found
  visit(entry.tree, 'html', (node: Html, index, parent: Parents | undefined) => {
    const match = pattern.exec(node.value.trim())
    if (!match) return
    const place = {line: node.position!.start.line, column: node.position!.start.column}
    const [list, ...reasonParts] = match[1]!.split(/\s--\s?/)
    const rules = (list ?? '').split(/[\s,]+/).filter(Boolean)
    const reason = reasonParts.join(' -- ').trim()
    if (rules.length === 0 || reason.length < MIN_REASON) {
      report('safety/suppression-reason', {
        reason: rules.length === 0 ? 'Suppression comment names no rule' : 'Suppression comment without a reason',
        place,
        hint: 'Write `<!-- continuum-disable-next anon/person-name -- why this is not identifying -->` with a reason of a few words.',
      })
      return
    }
    const forbidden = rules.filter((ruleId) => !/^(anon|links)\//.test(ruleId))
    if (forbidden.length > 0) {
      report('safety/suppression-reason', {
        reason: `Unexpected suppression of \`${forbidden.join('`, `')}\`, expected anon/* or links/* rules only`,
        place,
        hint: 'Safety, schema and structure rules cannot be silenced: fix the content instead.',
      })
      return
    }
    const siblings = (parent?.children ?? []) as Nodes[]
    const next = siblings.slice((index ?? 0) + 1).find((sibling) => sibling.type !== 'html')
    const fromLine = next?.position?.start.line ?? place.line + 1
    const toLine = next?.position?.end.line ?? fromLine
    found.push({rules, reason, fromLine, toLine, comment: node, used: false})
  })
  return found
}
