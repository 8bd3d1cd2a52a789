/** Safe ASCII file names and ids for submitted entries. */
import {createHash} from 'node:crypto'
import {typeOf} from '../model/types/index.js'

export {slugify} from '../model/slug.js'

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz' // Crockford base 32, lowercase

/**
 * The text as far as identity goes: the same draft saved by another editor (BOM, CRLF, trailing
 * spaces, trailing blank lines, composed or decomposed accents) must hash the same.
 */
export function normaliseForHash(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '')
}

/** Eight Crockford base-32 characters (40 bits) of the SHA-256 of the text, with a counter for collisions. */
export function contentHash(text: string, counter = 0): string {
  const digest = createHash('sha256')
    .update(counter === 0 ? text : `${text}\0${counter}`)
    .digest()
  let bits = 0n
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte)
  let out = ''
  for (let shift = 35n; shift >= 0n; shift -= 5n) out += ALPHABET[Number((bits >> shift) & 31n)]
  return out
}

/**
 * The id of a new entry, derived from its draft: a retried submission of the same draft gets the
 * same id (and so the same branch), instead of a second copy under a fresh random id. `counter`
 * moves to another id when this one is taken by different content.
 */
export function contentId(type: string, draft: string, counter = 0): string {
  return `${typeOf(type)!.idPrefix}-${contentHash(normaliseForHash(draft), counter)}`
}
