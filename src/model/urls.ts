/**
 * URLs an entry may not carry: the one definition the validator (safety/link-protocol) and the
 * build's guard share, so the build never refuses what validate accepted, nor the reverse.
 * No runtime imports: the site's configuration loads this through Docusaurus's TypeScript loader.
 */

/** URL schemes that run code or smuggle a document in a link or image: refused whatever their spelling. */
export const refusedSchemes = ['javascript', 'vbscript', 'data', 'file', 'blob'] as const

const REFUSED_SCHEME = new RegExp(`^(${refusedSchemes.join('|')}):`, 'i')
// ASCII controls and whitespace, plus any Unicode space, control or format character: browsers
// skip some of these inside a scheme, so none of them may hide one.
const INVISIBLE = /[\u0000-\u0020\u007F\p{Cc}\p{Cf}\p{Z}\s]/gu

/**
 * The URL as a browser could read its scheme: invisible characters removed and percent-escapes
 * decoded (repeatedly, for double encodings), without ever throwing on a malformed escape.
 */
export function normaliseUrl(url: string): string {
  let current = url.replace(INVISIBLE, '')
  for (let round = 0; round < 8; round++) {
    const decoded = current.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))).replace(INVISIBLE, '')
    if (decoded === current) break
    current = decoded
  }
  return current
}

/** Whether a link, image or definition URL uses a refused scheme. */
export function isRefusedUrl(url: string): boolean {
  return REFUSED_SCHEME.test(normaliseUrl(url))
}

/** The refused scheme a URL uses (lowercase), or undefined. */
export function refusedSchemeOf(url: string): string | undefined {
  return REFUSED_SCHEME.exec(normaliseUrl(url))?.[1]?.toLowerCase()
}
