/** Pattern machinery the anon/* rules share: running a pattern over a segment, spans, atomic white space, social hosts. */
import type {Hit} from './define.js'

/** A capitalised word, hyphenated parts and apostrophes included. */
export const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`

/** The hits `build` makes of each match of a global pattern (undefined drops a match). */
export function* matches(text: string, pattern: RegExp, build: (match: RegExpMatchArray) => Hit | undefined): Generator<Hit> {
  for (const match of text.matchAll(pattern)) {
    const hit = build(match)
    if (hit) yield hit
  }
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
