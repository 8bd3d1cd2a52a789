/**
 * Builds, once per entry, the text the anonymisation detectors read: one segment per block of the
 * body (paragraph, heading, list item, table cell) and per free-text front matter field, with a map
 * from character index back to the file position, and the spans that are allowed (public bodies,
 * regions, author-year citations).
 */
import type {Image, Link, Nodes, Parents} from 'mdast'
import {isScalar, isSeq, type Scalar} from 'yaml'
import type {Entry} from '../entry.js'
import {yamlPlace} from '../load.js'
import type {Place} from '../rule.js'
import {lexicon} from './lexicon.js'

export interface Segment {
  text: string
  /** Front matter field the text comes from, or undefined for the body. */
  field?: string
  placeAt(index: number): Place
  /** Allowed spans [start, end): detectors' hits inside them are dropped. */
  allowed: Array<[number, number]>
}

export interface Scan {
  segments: Segment[]
  links: Array<{url: string; node: Link | Image; place: Place}>
  images: Array<{node: Image; place: Place}>
}

const cache = new WeakMap<Entry, Scan>()

/** Free-text front matter fields read by the detectors. Sources and references are bibliographic. */
const TEXT_FIELDS = ['title', 'summary', 'publicSummary', 'lessons'] as const

interface Piece {
  start: number
  line: number
  column: number
  value: string
}

function segmentFromPieces(pieces: Piece[], text: string): Segment {
  return {
    text,
    placeAt(index) {
      let piece = pieces[0]!
      for (const candidate of pieces) if (candidate.start <= index) piece = candidate
      const local = Math.min(index - piece.start, piece.value.length)
      const before = piece.value.slice(0, local)
      const newlines = before.split('\n').length - 1
      return newlines === 0
        ? {line: piece.line, column: piece.column + local}
        : {line: piece.line + newlines, column: local - before.lastIndexOf('\n')}
    },
    allowed: [],
  }
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])

function collectInline(node: Nodes, pieces: Piece[], state: {text: string}, links: Scan['links'], images: Scan['images']) {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const start = node.position?.start
    pieces.push({start: state.text.length, line: start?.line ?? 1, column: (start?.column ?? 1) + (node.type === 'inlineCode' ? 1 : 0), value: node.value})
    state.text += node.value
    return
  }
  if (node.type === 'break') {
    state.text += '\n'
    return
  }
  if (node.type === 'link' || node.type === 'image') {
    const start = node.position?.start
    const place = {line: start?.line ?? 1, column: start?.column ?? 1}
    links.push({url: node.url, node, place})
    if (node.type === 'image') {
      images.push({node, place})
      if (node.alt) {
        pieces.push({start: state.text.length, line: place.line, column: place.column + 2, value: node.alt})
        state.text += node.alt
      }
      return
    }
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectInline(child, pieces, state, links, images)
}

function walk(node: Nodes, segments: Segment[], links: Scan['links'], images: Scan['images']) {
  if (BLOCKS.has(node.type)) {
    const pieces: Piece[] = []
    const state = {text: ''}
    collectInline(node, pieces, state, links, images)
    if (pieces.length > 0) segments.push(segmentFromPieces(pieces, state.text))
    return
  }
  if (node.type === 'code') {
    const start = node.position?.start
    segments.push(segmentFromPieces([{start: 0, line: (start?.line ?? 1) + 1, column: 1, value: node.value}], node.value))
    return
  }
  if (node.type === 'definition') {
    const start = node.position?.start
    links.push({url: node.url, node: node as unknown as Link, place: {line: start?.line ?? 1, column: start?.column ?? 1}})
    return
  }
  if ('children' in node) for (const child of (node as Parents).children as Nodes[]) walk(child, segments, links, images)
}

function fieldSegments(entry: Entry): Segment[] {
  const frontMatter = entry.frontMatter
  if (!frontMatter) return []
  const segments: Segment[] = []
  const add = (field: string, scalar: Scalar) => {
    if (typeof scalar.value !== 'string' || !scalar.range) return
    const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? 1 : 0
    const offset = scalar.range[0] + quoted
    const text = scalar.value
    segments.push({
      text,
      field,
      placeAt: (index) => yamlPlace(frontMatter, Math.min(offset + index, scalar.range![1])),
      allowed: [],
    })
  }
  for (const field of TEXT_FIELDS) {
    const node = frontMatter.doc.get(field, true)
    if (isScalar(node)) add(field, node)
    else if (isSeq(node)) for (const item of node.items) if (isScalar(item)) add(field, item)
  }
  return segments
}

const CITATION = /\b\p{Lu}[\p{L}'’-]+(?:,\s*(?:\p{Lu}\.\s*)+)?(?:(?:,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+(?:,\s*(?:\p{Lu}\.\s*)+)?)*(?:\s+et\s+al\.?)?,?\s*\(\s*(?:19|20)\d\d[a-z]?\s*[,)]/gu

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

let allowPattern: RegExp | undefined

function markAllowed(segment: Segment) {
  const lex = lexicon()
  allowPattern ??= new RegExp(`(?<![\\p{L}\\d])(?:${[...lex.allowPhrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'giu')
  for (const match of segment.text.matchAll(allowPattern)) segment.allowed.push([match.index, match.index + match[0].length])
  for (const match of segment.text.matchAll(CITATION)) segment.allowed.push([match.index, match.index + match[0].length])
}

/** The segments, links and images of an entry (computed once). */
export function scan(entry: Entry): Scan {
  const known = cache.get(entry)
  if (known) return known
  const segments: Segment[] = fieldSegments(entry)
  const links: Scan['links'] = []
  const images: Scan['images'] = []
  if (entry.tree) walk(entry.tree, segments, links, images)
  for (const segment of segments) markAllowed(segment)
  const result = {segments, links, images}
  cache.set(entry, result)
  return result
}

/** Whether [start, end) overlaps an allowed span of the segment. */
export function isAllowed(segment: Segment, start: number, end: number): boolean {
  return segment.allowed.some(([from, to]) => start < to && end > from)
}

/** Whether the word at `index` starts a sentence (or a segment). */
export function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index).replace(/[\s"“'‘(*_[]+$/u, '')
  return before === '' || /[.!?:;•\-–—]$/.test(before)
}
