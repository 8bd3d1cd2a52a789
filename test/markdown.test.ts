/** The entry parser switches GFM's costly extensions on only where they could apply: same trees as remark-gfm. */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../src/validate/markdown.js'

const full = unified().use(remarkParse).use(remarkGfm)
/**
 * A tree, or the message a parser threw. Under vitest the parsers' development builds run, whose
 * internal checks can throw where their production builds (the CLI's and the site's bundles) do
 * not: remark-gfm's throws too on such a text, so the outcome must be the same.
 */
function outcome(parse: () => unknown): unknown {
  try {
    return {tree: parse()}
  } catch (error) {
    return {threw: (error as Error).message}
  }
}

function same(text: string): void {
  expect(outcome(() => parseMarkdown(text))).toEqual(outcome(() => full.parse(text)))
}

// Pieces that start or break GFM's constructs, and plain words between them.
const pieces = [
  'word',
  'Word',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '  ',
  '\t',
  '|',
  ' | ',
  '---',
  ':--',
  '--:',
  '-',
  '*',
  '_',
  '~',
  '~~',
  '`',
  '```\n',
  '[',
  ']',
  '(',
  ')',
  '^',
  '[^1]',
  '[^1]: ',
  '[ ] ',
  '[x] ',
  '- ',
  '1. ',
  '> ',
  '# ',
  '\\',
  '&',
  '&#64;',
  '&commat;',
  '&amp;',
  '&#119;',
  '@',
  'a@b.co',
  'www.',
  'WWW.',
  'www',
  'http://',
  'https://',
  'HTTPS://',
  'mailto:',
  'xmpp:',
  'example.com',
  '.',
  ',',
  ':',
  '<',
  '>',
  '<!-- c -->',
  '!',
  '"',
  "'",
  '1',
  'x',
]

describe('the entry parser', () => {
  it('gives remark-gfm’s tree for any text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
        same(parts.join(''))
      }),
      {numRuns: 3000},
    )
  })

  it.each([
    ['a table', '| a | b |\n| --- | :-: |\n| 1 | 2 |\n'],
    ['a table of one column', 'a |\n- |\n'],
    ['a table without a pipe', 'word\n:--\n'],
    ['a right-aligned one', 'word\n--:\n'],
    ['a www autolink', 'See www.example.com/x for more.\n'],
    ['an upper-case one', 'See WWW.EXAMPLE.COM and HTTP://EXAMPLE.ORG.\n'],
    ['a protocol autolink', 'At https://example.org/a_(b) today\n'],
    ['an e-mail', 'Write to someone@example.org.\n'],
    ['an e-mail written with a character reference', 'Write to someone&#64;example.org.\n'],
    ['a www written with an escape', 'See www\\.example.com\n'],
    ['a www written with a character reference', 'See &#119;ww.example.com\n'],
    ['mailto', 'mailto:someone@example.org\n'],
    ['footnotes', 'A claim.[^1]\n\n[^1]: Its source.\n'],
    ['a task list', '- [ ] to do\n- [x] done\n'],
    ['a task marker after an empty item', '-\n[ ] word'],
    ['strikethrough', 'It was ~~wrong~~ right, ~once~.\n'],
    ['an ampersand only', 'R&D in prisons and probation.\n'],
    ['nothing of GFM', '## Context\n\nWork with families, *mentors* and [links](../cases/x.md).\n'],
  ])('gives remark-gfm’s tree for %s', (_, text) => same(text))

  it('gives remark-gfm’s tree for every entry of the launch content', () => {
    let files = 0
    for (const folder of ['practices', 'cases']) {
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
        same(readFileSync(path.join(folder, name), 'utf8'))
        files++
      }
    }
    expect(files).toBeGreaterThan(20)
  })
})
