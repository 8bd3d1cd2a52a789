/**
 * How a link written in an entry resolves: the one resolver the validator and the site's build
 * share, so that what validate accepts is exactly what the build can publish. Entries link to each
 * other by relative path to the `.md` file (`../practices/family-counselling.md`), across folders too.
 */
import path from 'node:path'
import {contentFolders} from './types/index.js'
import {refusedSchemeOf} from './urls.js'

/** The link title that marks a link to a practitioners-only entry as intended: the public edition shows its text without the link. */
export const RESTRICTED_LINK_TITLE = 'practitioners'

export type Resolution =
  /** A web or e-mail address that is well formed. */
  | {kind: 'external'}
  | {kind: 'anchor'}
  /** `target`: the linked file, resolved against the linking file's folder (same form as the linking path: absolute stays absolute). */
  | {kind: 'entry'; target: string; hash: string}
  | {kind: 'invalid'; reason: string; hint: string}

/** decodeURI that keeps a malformed escape (`50%`) as written instead of throwing. */
export function safeDecodeUri(value: string): string {
  try {
    return decodeURI(value)
  } catch {
    return value
  }
}

/** Schemes a link may use: the web and e-mail. Anything else (tel:, ftp:, pathname:…) has no place in an entry. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto'])

/** An absolute address: an allowed scheme, and for the web a well-formed URL with a host (the build cannot publish one it cannot parse). */
function externalLink(url: string, scheme: string | undefined): Resolution {
  if (!scheme || !ALLOWED_SCHEMES.has(scheme)) {
    return {
      kind: 'invalid',
      reason: `Unexpected \`${scheme ? `${scheme}:` : '//'}\` address, expected https://, http://, mailto: or a relative path to an entry`,
      hint: 'Link web pages by their full https:// address and other entries by relative path; other kinds of address are not published.',
    }
  }
  if (scheme !== 'mailto') {
    let host = ''
    try {
      host = new URL(url).hostname
    } catch {
      // reported below
    }
    if (!host || !/^[a-z0-9.-]+$/i.test(host) || !host.includes('.')) {
      return {
        kind: 'invalid',
        reason: `Unexpected malformed web address \`${url.slice(0, 80)}\`, expected a full address such as https://example.org/page`,
        hint: "Copy the address from the browser's address bar; spaces and brackets in it must be percent-encoded (%20).",
      }
    }
  }
  return {kind: 'external'}
}

/** Resolves the URL of a link in the entry at `fromPath` (forward slashes). */
export function resolveEntryLink(fromPath: string, url: string): Resolution {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  // Script-capable addresses are safety/link-protocol's to report, once.
  if (refusedSchemeOf(url)) return {kind: 'external'}
  if (scheme || url.startsWith('//')) return externalLink(url, scheme)
  if (url.trim() === '') {
    return {
      kind: 'invalid',
      reason: 'Unexpected empty link address, expected a web address or a relative path to an entry',
      hint: 'Write the address between the brackets: [text](https://…) or [text](../practices/….md), or remove the link.',
    }
  }
  if (url.startsWith('#')) return {kind: 'anchor'}
  const hashAt = url.indexOf('#')
  const hash = hashAt === -1 ? '' : url.slice(hashAt)
  const target = safeDecodeUri(url.slice(0, hashAt === -1 ? undefined : hashAt).split('?')[0]!)
  if (target.startsWith('/')) {
    return {
      kind: 'invalid',
      reason: `Unexpected absolute link \`${url}\`, expected a relative path to an entry`,
      hint: 'Link entries by relative path, e.g. `../practices/family-counselling.md`, so the link works in every edition and under any base URL.',
    }
  }
  const resolved = path.posix.join(path.posix.dirname(fromPath.replaceAll('\\', '/')), target)
  if (!resolved.endsWith('.md') || !contentFolders().includes(path.posix.basename(path.posix.dirname(resolved)))) {
    return {
      kind: 'invalid',
      reason: `Unexpected link target \`${url}\`, expected a relative path to an entry (a \`.md\` file in practices/ or cases/)`,
      hint: 'Link other entries by relative path, e.g. `../practices/family-counselling.md`; link anything else by its full https:// address.',
    }
  }
  return {kind: 'entry', target: resolved, hash}
}
