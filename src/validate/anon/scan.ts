/**
 * Builds, once per entry, the text the anonymisation detectors read: one segment per block of the
 * body (paragraph, heading, list item, table cell) and per free-text front matter field, with a map
 * from character index back to the file position, and the spans that are allowed (public bodies,
 * regions, author-year citations).
 */
import {scanAll} from './patterns.js'
import type {Image, Link, Nodes} from 'mdast'
import {isMap, isScalar, isSeq, type Scalar} from 'yaml'
import type {Entry} from '../entry.js'
import {yamlPlace} from '../load.js'
import type {Place} from '../rule.js'
import {limits} from '../limits.js'
import {lexicon} from './lexicon.js'

export interface Segment {
  /** The text detectors read (overlong runs blanked). */
  text: string
  /** Front matter field the text comes from, or undefined for the body. */
  field?: string
  placeAt(index: number): Place
  /** Allowed spans [start, end): detectors' hits inside them are dropped. */
  allowed: Array<[number, number]>
  /** Overlong runs [start, end) of non-space (`word`) or space (`space`) characters, blanked in `text` (see maskOverlong). */
  overlong?: Array<[number, number, 'word' | 'space']>
}

export interface Scan {
  segments: Segment[]
  links: Array<{url: string; node: Link | Image; place: Place}>
  images: Array<{node: Image; place: Place}>
}

const cache = new WeakMap<Entry, Scan>()

/** Free-text front matter fields read by the detectors. Sources and references are bibliographic. */
const TEXT_FIELDS = ['title', 'summary', 'publicSummary', 'lessons'] as const
/** In a list of objects (a case review's lessons), the key holding the free text. */
const ITEM_TEXT_KEY = 'text'

interface Piece {
  start: number
  line: number
  column: number
  value: string
  /** Offsets of the newlines in value, computed when first needed. */
  breaks?: number[]
}

function newlinesOf(value: string): number[] {
  const breaks: number[] = []
  for (let index = value.indexOf('\n'); index !== -1; index = value.indexOf('\n', index + 1)) breaks.push(index)
  return breaks
}

function segmentFromPieces(pieces: Piece[], text: string): Segment {
  return {
    text,
    placeAt(index) {
      // Binary search for the last piece starting at or before index: many hits stay n log n.
      let low = 0
      let high = pieces.length - 1
      while (low < high) {
        const mid = (low + high + 1) >>> 1
        if (pieces[mid]!.start <= index) low = mid
        else high = mid - 1
      }
      const piece = pieces[low]!
      const local = Math.min(index - piece.start, piece.value.length)
      const breaks = (piece.breaks ??= newlinesOf(piece.value))
      // Newlines before `local`, by binary search.
      let count = 0
      let to = breaks.length
      while (count < to) {
        const mid = (count + to) >>> 1
        if (breaks[mid]! < local) count = mid + 1
        else to = mid
      }
      return count === 0 ? {line: piece.line, column: piece.column + local} : {line: piece.line + count, column: local - breaks[count - 1]!}
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
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, segments, links, images)
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
    else if (isSeq(node))
      for (const item of node.items) {
        if (isScalar(item)) add(field, item)
        else if (isMap(item)) {
          const value = item.get(ITEM_TEXT_KEY, true)
          if (isScalar(value)) add(field, value)
        }
      }
  }
  return segments
}

// Repetitions are bounded (six authors, four initials): an unbounded author list made this
// pattern quadratic on a long run of capitalised words.
const BRACKETED_YEAR = /\(\s*(?:19|20)\d\d/
const CITATION =
  /\b\p{Lu}[\p{L}'’-]+(?:,\s*(?:\p{Lu}\.\s*){1,4})?(?:(?:,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]+(?:,\s*(?:\p{Lu}\.\s*){1,4})?){0,6}(?:\s+et\s+al\.?)?,?\s*\(\s*(?:19|20)\d\d[a-z]?\s*[,)]/gu

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

let allowPattern: RegExp | undefined

function markAllowed(segment: Segment) {
  const lex = lexicon()
  allowPattern ??= new RegExp(
    `(?<![\\p{L}\\d])(?:${[...lex.allowPhrases]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\d])`,
    'giu',
  )
  const spans: Array<[number, number]> = []
  for (const match of scanAll(segment.text, allowPattern)) spans.push([match.index, match.index + match[0].length])
  // Only text holding a bracketed year can hold a citation: most segments skip the pattern.
  if (BRACKETED_YEAR.test(segment.text)) for (const match of scanAll(segment.text, CITATION)) spans.push([match.index, match.index + match[0].length])
  // Sorted and merged, so that isAllowed is a binary search.
  spans.sort((a, b) => a[0] - b[0])
  for (const span of spans) {
    const last = segment.allowed.at(-1)
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else segment.allowed.push([span[0], span[1]])
  }
}

const URL_START = /^(?:https?:\/\/|www\.)/i

/** What blanks a masked run: a symbol no detector pattern matches (not a letter, digit, space or punctuation). */
const MASK = '\uFFFC'

/** Whether a UTF-16 code unit is white space for the purpose of runs (what `\s` matches, in practice). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 10 ||
    code === 9 ||
    code === 13 ||
    code === 0xa0 ||
    code === 12 ||
    code === 11 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff ||
    code === 0x1680
  )
}

/**
 * Blanks runs without white space longer than a word can be (a web address may be longer, up to
 * its own limit), and runs of white space longer than prose ever has, keeping every offset.
 * Detectors then never meet an unbounded token or gap, which is what keeps their patterns linear;
 * `safety/long-word` reports each blanked run, so nothing hidden in one can pass.
 */
function maskOverlong(segment: Segment) {
  const text = segment.text
  const runs: NonNullable<Segment['overlong']> = []
  let start = 0
  let spaces = false
  for (let index = 0; index <= text.length; index++) {
    const space: boolean = index < text.length ? isSpace(text.charCodeAt(index)) : !spaces
    if (space === spaces) continue
    // A run of one kind ends at index.
    const length = index - start
    if (spaces) {
      if (length > limits.maxSpaceRun) runs.push([start + 1, index, 'space'])
    } else if (length > limits.maxWordLength) {
      const limit = URL_START.test(text.slice(start, start + 8)) ? limits.maxUrlLength : limits.maxWordLength
      if (length > limit) runs.push([start, index, 'word'])
    }
    start = index
    spaces = space
  }
  if (runs.length === 0) return
  segment.overlong = runs
  let out = ''
  let from = 0
  for (const [begin, end] of runs) {
    out += text.slice(from, begin) + MASK.repeat(end - begin)
    from = end
  }
  segment.text = out + text.slice(from)
}

/** The segments, links and images of an entry (computed once). */
export function scan(entry: Entry): Scan {
  const known = cache.get(entry)
  if (known) return known
  const segments: Segment[] = fieldSegments(entry)
  const links: Scan['links'] = []
  const images: Scan['images'] = []
  if (entry.tree) walk(entry.tree, segments, links, images)
  for (const segment of segments) {
    maskOverlong(segment)
    markAllowed(segment)
  }
  const result = {segments, links, images}
  cache.set(entry, result)
  return result
}

/** Whether [start, end) overlaps an allowed span of the segment. */
export function isAllowed(segment: Segment, start: number, end: number): boolean {
  // Spans are sorted and disjoint: find the first span ending after start.
  const spans = segment.allowed
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (spans[mid]![1] <= start) low = mid + 1
    else high = mid
  }
  return low < spans.length && spans[low]![0] < end
}

/** Whether the word at `index` starts a sentence (or a segment). */
export function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index).replace(/[\s"“'‘(*_[]+$/u, '')
  return before === '' || /[.!?:;•\-–—]$/.test(before)
}
