/** File names and page addresses of entries: one readable ASCII slug per entry. */

/** A lowercase ASCII slug of a title: letters, digits and single hyphens, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/œ/gi, 'oe')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug
}

/** What a file name must be, without `.md`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The slug of an entry: its file name without `.md` (forward or back slashes). */
export function slugOf(filePath: string): string {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1)
  return name.replace(/\.md$/i, '')
}
