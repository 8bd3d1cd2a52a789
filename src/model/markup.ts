/**
 * The one piece of HTML an entry may hold: a single bare comment (the validator's suppression
 * comments). One definition for the validator (safety/no-html, suppressions) and the build's guard,
 * so they never disagree. No runtime imports: the site's configuration loads this through
 * Docusaurus's TypeScript loader.
 */

/**
 * The text inside raw HTML that is exactly one comment and nothing else, or undefined. The text
 * must be valid by the HTML standard (not starting with `>` or `->`, no `<!--`, `-->` or `--!>`
 * inside, not ending with `<!-`), so that no HTML parser can end the comment early and read what
 * follows as markup: `<!-- … --><script>` is never a comment.
 */
export function bareCommentOf(html: string): string | undefined {
  const match = /^[ \t\n]*<!--([\s\S]*)-->[ \t\n]*$/.exec(html)
  if (!match) return undefined
  const text = match[1]!
  if (text.startsWith('>') || text.startsWith('->') || /<!--|-->|--!>/.test(text) || text.endsWith('<!-')) return undefined
  return text
}
