/** Pattern machinery the anon/* rules share: running a pattern over a segment, spans, atomic white space, social hosts. */
import type {Hit} from './define.js'

/** A capitalised word, hyphenated parts and apostrophes included. */
export const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`

/** The hits `build` makes of each match of a global pattern (undefined drops a match). */
export function* matches(text: string, pattern: RegExp, build: (match: RegExpMatchArray) => Hit | undefined): Generator<Hit> {
  for (const match of scanAll(text, pattern)) {
    const hit = build(match)
    if (hit) yield hit
  }
}

const DIGIT = /[0-9]/

/**
 * Whether a text holds a digit (what `\d` matches): a detector whose every pattern needs one passes
 * over the many segments without any at the cost of this one test.
 */
export function hasDigit(text: string): boolean {
  return DIGIT.test(text)
}

/** White space matched atomically: never backtracked into, so adjacent runs cannot multiply. */
export function atomicSpace(name: string): string {
  return String.raw`(?=(?<${name}>\s*))\k<${name}>`
}

/** A hit over a match, or over one of its groups. */
export const span = (match: RegExpMatchArray, reason: string, hint: string, group = 0): Hit => {
  const start = match.index! + (group === 0 ? 0 : match[0].indexOf(match[group]!))
  return {start, end: start + match[group]!.length, reason, hint}
}

/** Hosts of social-media platforms, messaging services and the like. */
export const SOCIAL_HOSTS =
  /(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|fb\.com|fb\.me|instagram\.com|t\.me|telegram\.me|telegram\.org|tiktok\.com|youtube\.com|youtu\.be|vk\.com|ok\.ru|linkedin\.com|snapchat\.com|reddit\.com|discord\.gg|discord\.com|threads\.net|bsky\.app|gab\.com|truthsocial\.com|rumble\.com|bitchute\.com|odysee\.com|gettr\.com|parler\.com|minds\.com|mastodon\.social|twitch\.tv|pinterest\.com|tumblr\.com|medium\.com|substack\.com|whatsapp\.com|wa\.me|signal\.me|soundcloud\.com|archive\.org)$/i

/** The lowercase host of an absolute address, if it has one. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

interface Split {
  /** The pattern without its leading look-behind. */
  rest: RegExp
  /** The look-behind's class, anchored: the character before a match must not match it. */
  before: RegExp
}

const splits = new WeakMap<RegExp, Split | null>()

/** Whether a pattern's source has a `|` outside every group and class (the look-behind would then guard only the first branch). */
function hasTopLevelBranch(source: string): boolean {
  let depth = 0
  for (let index = 0; index < source.length; index++) {
    const char = source[index]
    if (char === '\\') index++
    else if (char === '[') {
      for (index++; index < source.length && source[index] !== ']'; index++) if (source[index] === '\\') index++
    } else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '|' && depth === 0) return true
  }
  return false
}

function splitOf(pattern: RegExp): Split | null {
  let split = splits.get(pattern)
  if (split !== undefined) return split
  const lead = /^\(\?<!(\[(?:\\.|[^\]\\])*\])\)/.exec(pattern.source)
  const rest = lead ? pattern.source.slice(lead[0].length) : ''
  // Measured on the anonymisation tables: splitting pays for patterns that open with words or
  // digits, and costs (up to three times) for case-insensitive ones that open with a letter class,
  // which would then be tried inside every word, and for long phrase lists.
  const opensWithClass = /^\(*(?:\?:)?\(*(?:\\p|\\w|\[)/.test(rest)
  split =
    lead && pattern.global && !pattern.sticky && !hasTopLevelBranch(rest) && !(pattern.ignoreCase && opensWithClass) && rest.length < 2000
      ? {rest: new RegExp(rest, pattern.flags), before: new RegExp(`^${lead[1]}$`, pattern.flags.replace(/[gy]/g, ''))}
      : null
  splits.set(pattern, split)
  return split
}

/**
 * The matches of a global pattern, as `text.matchAll(pattern)` gives them. A pattern that opens with
 * a one-character look-behind (`(?<![\p{L}])word…`) is run without it and the character before each
 * match checked here: V8 skips ahead to a pattern's possible first characters only when the pattern
 * does not open with a look-behind, which makes most anonymisation patterns two to three times faster.
 * For patterns that cannot match the empty string (every anonymisation pattern).
 */
export function* scanAll(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const split = splitOf(pattern)
  // One instance per pattern, reused while no other scan holds it: building a RegExp per call (as
  // matchAll does) costs more than scanning a short segment.
  const runner = take(split ? split.rest : pattern)
  try {
    runner.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = runner.exec(text)) !== null) {
      const index = match.index
      if (split && index > 0) {
        const code = text.codePointAt(index - 1)!
        const previous = code >= 0xdc00 && code <= 0xdfff && index > 1 ? String.fromCodePoint(text.codePointAt(index - 2)!) : String.fromCodePoint(code)
        if (split.before.test(previous)) {
          // Not a match here: look again from the next character, as the pattern with its look-behind would.
          runner.lastIndex = next(text, index, runner.unicode)
          continue
        }
      }
      yield match
      if (match[0] === '') runner.lastIndex = next(text, index, runner.unicode)
    }
  } finally {
    release(split ? split.rest : pattern, runner)
  }
}

const idle = new WeakMap<RegExp, RegExp[]>()

/** An instance of a pattern no running scan uses. */
function take(pattern: RegExp): RegExp {
  return idle.get(pattern)?.pop() ?? new RegExp(pattern)
}

function release(pattern: RegExp, runner: RegExp) {
  let free = idle.get(pattern)
  if (!free) idle.set(pattern, (free = []))
  free.push(runner)
}

/** The index after the character at `index`: a whole surrogate pair in Unicode mode (V8 moves an index inside a pair back to its start). */
function next(text: string, index: number, unicode: boolean): number {
  return unicode && (text.codePointAt(index) ?? 0) > 0xffff ? index + 2 : index + 1
}
