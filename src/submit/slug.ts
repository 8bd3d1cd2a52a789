/** Safe ASCII file names and fresh ids for submitted entries. */
import {randomBytes} from 'node:crypto'
import {idPrefixOf, type EntryType} from '../model/schemas.js'

/** A lowercase ASCII slug of a title: letters, digits and single hyphens, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss').replace(/æ/gi, 'ae').replace(/ø/gi, 'o').replace(/œ/gi, 'oe').replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz' // Crockford base 32, lowercase

/** A new random id for an entry type, e.g. `pr-7k3m9q2x`. */
export function newId(type: EntryType): string {
  const bytes = randomBytes(8)
  let suffix = ''
  for (const byte of bytes) suffix += ALPHABET[byte % 32]
  return `${idPrefixOf[type]}-${suffix}`
}
