/**
 * The build's own refusal of raw HTML and script-capable links (src/site/remark-guard.ts), run in
 * the same parser the validator uses (remark-parse + remark-gfm) over inputs the validator would
 * refuse: each must stop the pipeline with the file and line, and plain Markdown must pass.
 */
import path from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {isRefusedUrl} from '../src/model/urls.js'
import {contentRemarkPlugins, isBareComment, remarkGuard} from '../src/site/remark-guard.js'

const siteDir = path.resolve(import.meta.dirname, '..')

/** Runs the guard over Markdown as if it were line 3 onwards of cases/draft.md in the site. */
function run(markdown: string): void {
  const file = new VFile({value: `# Title\n\n${markdown}\n`, path: path.join(siteDir, 'cases/draft-not-on-disk.md'), cwd: siteDir})
  const processor = unified().use(remarkParse).use(remarkGfm).use(contentRemarkPlugins)
  processor.runSync(processor.parse(file), file)
}

/** The error the guard throws on the input, or undefined. */
function refusalOf(markdown: string): Error | undefined {
  try {
    run(markdown)
    return undefined
  } catch (error) {
    return error as Error
  }
}

const refused: Array<[string, string, RegExp]> = [
  ['a script element', '<script>x</script>', /raw HTML/],
  [
    'a suppression comment hiding a script between comments',
    '<!-- continuum-disable-next anon/person-name -- reason here --><script>alert(1)</script><!-- end -->',
    /raw HTML/,
  ],
  ['inline HTML with an event handler', 'a <img src=x onerror=alert(1)> b', /raw HTML/],
  ['a closing tag alone', 'text </div> more', /raw HTML/],
  ['an HTML block that is not a comment', '<div onclick="alert(1)">\n\nclick\n\n</div>', /raw HTML/],
  ['a comment closed early by `<!-->`', '<!--><script>alert(1)</script>-->', /raw HTML/],
  ['a comment closed early by `--!>`', '<!-- x --!><script>alert(1)</script>-->', /raw HTML/],
  ['a comment followed by text on its line', '<!-- note --> and then text', /raw HTML/],
  ['a javascript: link', '[a](javascript:alert(1))', /link to a refused URL scheme/],
  ['a javascript: link split by a character reference for a newline', '[a](JaVa&#x0A;script:alert(1))', /link to a refused URL scheme/],
  ['a javascript: link with a tab reference and percent-encoding', '[a](java&#9;%73cript:alert(1))', /link to a refused URL scheme/],
  ['a double percent-encoded javascript: link', '[a](%256Aavascript:alert(1))', /link to a refused URL scheme/],
  ['a vbscript: link', '[a](VBScript:msgbox)', /link to a refused URL scheme/],
  ['a data: link definition', '[a]: data:text/html,<script>alert(1)</script>\n\nSee [a].', /link definition to a refused URL scheme/],
  ['a file: image', '![x](file:///etc/passwd)', /image to a refused URL scheme/],
  ['a blob: link', '[a](blob:https://example.org/uuid)', /link to a refused URL scheme/],
  ['a javascript: autolink', '<javascript:alert(1)>', /link to a refused URL scheme/],
  ['a link nested in a list and a quote', '- item\n\n  > [a](javascript:alert(1))', /link to a refused URL scheme/],
]

describe('the remark guard refuses', () => {
  it.each(refused)('%s', (_, markdown, reason) => {
    const error = refusalOf(markdown)
    expect(error, markdown).toBeInstanceOf(Error)
    // Located at the file (relative to the site) and the line: the input starts on line 3.
    expect(error!.message).toMatch(/^cases\/draft-not-on-disk\.md:(\d+):\d+: /)
    const line = Number(/^[^:]+:(\d+):/.exec(error!.message)![1])
    expect(line).toBeGreaterThanOrEqual(3)
    expect(line).toBeLessThanOrEqual(3 + markdown.split('\n').length - 1)
    expect(error!.message).toMatch(reason)
    // A sentence, not a stack trace.
    expect(error!.stack).toBe(error!.message)
    expect(error!.message).not.toContain(siteDir)
  })

  it('names the exact line of an offending node further down', () => {
    expect(refusalOf('Para one.\n\nPara two.\n\n[a](javascript:x)')!.message).toMatch(/^cases\/draft-not-on-disk\.md:7:1: /)
  })
})

describe('the remark guard lets through', () => {
  it('a bare suppression comment with ordinary Markdown around it', () => {
    expect(
      refusalOf(
        [
          '<!-- continuum-disable-next anon/person-name -- a public figure named in the source paper -->',
          'A paragraph with **strong**, _emphasis_, `code` and a [link](https://example.org/a?b=1&c=%20) and <https://example.org>.',
          '',
          '| Table | Header |',
          '| ----- | ------ |',
          '| cell  | [rel](../practices/other.md) |',
          '',
          '- a list item with a [reference][ref] and www.example.org',
          '',
          '![an image](./img/picture.png "title")',
          '',
          '[ref]: https://example.org/ref',
          '',
          '  <!-- an indented comment -->  ',
        ].join('\n'),
      ),
    ).toBeUndefined()
  })

  it('text that only mentions schemes and tags, escaped', () => {
    expect(refusalOf('Links such as javascript:alert(1) or \\<script> written as text, and a [mailto](mailto:someone@example.org) link.')).toBeUndefined()
  })
})

describe('the building blocks', () => {
  it('isBareComment accepts exactly one well-formed comment', () => {
    expect(isBareComment('<!-- continuum-disable-next anon/person-name -- reason -->')).toBe(true)
    expect(isBareComment('<!---->')).toBe(true)
    for (const html of ['<!-->', '<!--->', '<!-- a --><!-- b -->', '<!-- a --> b', 'b <!-- a -->', '<!-- a <!-- b -->', '<!-- a --!> b -->', '<!-- a <!--->']) {
      expect(isBareComment(html), html).toBe(false)
    }
  })

  it('isRefusedUrl sees through case, controls, whitespace and percent-encoding, and never throws', () => {
    for (const url of [
      'JAVASCRIPT:x',
      ' \u0000javascript:x',
      'java\u200Bscript:x',
      'java\tscript:x',
      '%6A%61%76%61script:x',
      'data:,x',
      'Data:image/svg+xml,<svg>',
      'file:x',
      'blob:x',
      'vbscript:x',
    ]) {
      expect(isRefusedUrl(url), JSON.stringify(url)).toBe(true)
    }
    for (const url of [
      'https://example.org',
      '../practices/x.md',
      '#anchor',
      'mailto:a@example.org',
      '%E0%A4%A',
      '%',
      '%zz',
      'javascript',
      './javascript:x',
      '/data:x',
    ]) {
      expect(isRefusedUrl(url), url).toBe(false)
    }
  })

  it('is registered as a list other plugins can join', () => {
    expect(contentRemarkPlugins).toContain(remarkGuard)
  })
})
