/**
 * Inline suppressions: `<!-- continuum-disable-next anon/person-name -- reason -->` silences the
 * listed rules on the next block only, and must say why (the reason is reviewed in the diff).
 * Only anon/* and links/* rules can be silenced: safety and schema rules never.
 */
import type {Html, Nodes, Parents} from 'mdast'
import {bareCommentOf} from '../model/markup.js'
import {visit} from 'unist-util-visit'
import type {Entry} from './entry.js'
import type {Finding} from './rule.js'
import {rule as suppressionReason} from './rules/safety/suppression-reason.js'

const MIN_REASON = 12

const directive = /^\s*continuum-disable-next\b/

/** Whether an html node is a suppression comment (the only HTML an entry may hold): one bare comment, nothing else. */
export function isSuppressionComment(html: string): boolean {
  const inside = bareCommentOf(html)
  return inside !== undefined && directive.test(inside)
}

export interface Suppression {
  rules: string[]
  reason: string
  /** Lines covered: the next block after the comment. */
  fromLine: number
  toLine: number
  comment: Html
}

const nextCache = new WeakMap<Parents, Array<Nodes | undefined>>()

/** For each child index, the first non-HTML sibling at or after it (one pass per parent: many comments stay linear). */
function nextBlocks(parent: Parents): Array<Nodes | undefined> {
  let next = nextCache.get(parent)
  if (next) return next
  const children = parent.children as Nodes[]
  next = new Array<Nodes | undefined>(children.length + 1)
  for (let index = children.length - 1; index >= 0; index--) next[index] = children[index]!.type === 'html' ? next[index + 1] : children[index]
  nextCache.set(parent, next)
  return next
}

/** The suppressions of an entry; malformed ones are reported as findings. */
export function suppressionsOf(entry: Entry, report: (ruleId: string, finding: Finding) => void): Suppression[] {
  const found: Suppression[] = []
  if (!entry.tree) return found
  visit(entry.tree, 'html', (node: Html, index, parent: Parents | undefined) => {
    if (!isSuppressionComment(node.value)) return
    const inside = bareCommentOf(node.value)!.replace(directive, '')
    const place = {line: node.position!.start.line, column: node.position!.start.column}
    const [list, ...reasonParts] = inside.split(/\s--\s?/)
    const rules = (list ?? '').split(/[\s,]+/).filter(Boolean)
    const reason = reasonParts.join(' -- ').trim()
    if (rules.length === 0 || reason.length < MIN_REASON) {
      report(suppressionReason.id, suppressionReason.incomplete(rules, place))
      return
    }
    const forbidden = rules.filter((ruleId) => !/^(anon|links)\//.test(ruleId))
    if (forbidden.length > 0) {
      report(suppressionReason.id, suppressionReason.forbidden(forbidden, place))
      return
    }
    const next = parent ? nextBlocks(parent)[(index ?? 0) + 1] : undefined
    const fromLine = next?.position?.start.line ?? place.line + 1
    const toLine = next?.position?.end.line ?? fromLine
    found.push({rules, reason, fromLine, toLine, comment: node})
  })
  return found
}
