/**
 * fast-check arbitraries for the fuzzing suite: Markdown bodies built from a grammar of benign and
 * hostile pieces, YAML front matter mutations, and whole entry files around them. Sizes of the
 * pathological pieces scale with `scale` (1 in the default run; FUZZ_SCALE raises it).
 */
import fc from 'fast-check'
import {caseBody, practiceBody, validCaseFront, validPracticeFront} from './entry.js'

export const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1)

/** The entry as it sits in a portal checkout: with an assigned id, so `links/folder` is satisfied. */
export const fuzzPracticeFront = `${validPracticeFront}\nid: pr-fuzz0001`
export const fuzzCaseFront = `${validCaseFront}\nid: cr-fuzz0001`
export const fuzzPath = {practice: 'practices/fuzz.md', case: 'cases/fuzz.md'} as const

/** The context every fuzz run validates against (the practice a case's relatedPractices names). */
export const contextPath = 'practices/related.md'
export const contextText = `---\n${validPracticeFront}\nid: pr-aaaaaaaa\n---\n\n${practiceBody}`

// ---------------------------------------------------------------------------------------------
// Words and URLs

/** Words no anonymisation rule should mind, so benign text is accepted and rendering gets tested. */
const words = [
  'support',
  'the',
  'mentor',
  'release',
  'probation',
  'staff',
  'trust',
  'work',
  'plan',
  'family',
  'community',
  'training',
  'risk',
  'a',
  'of',
  'and',
  'with',
  'after',
  'before',
  'prison',
  'services',
  'local',
  'team',
  'review',
  'meeting',
  'weekly',
  'goals',
  'housing',
  'employment',
  'education',
  'contact',
  'officer',
  'programme',
  'sessions',
]

export const word = fc.constantFrom(...words)
export const plainText = fc.array(word, {minLength: 1, maxLength: 10}).map((list) => list.join(' '))

/** Link targets a contributor may legitimately write. */
const safeUrls = [
  'https://example.org/report',
  'http://example.org/a?b=c#d',
  'https://www.coe.int/en/web/prison',
  '#aims',
  '/practices/mentoring-by-formers',
  '../practices/related.md',
  'related.md',
  './related.md',
  'mentoring-by-formers.md',
  '../cases/media-exposure-cost-a-job.md',
  'https://example.org/a_(b)',
  '<https://example.org/a b>',
  'mailto:team@example.org',
  'https://doi.org/10.1000/xyz',
  '/favicon.svg',
  './missing.png',
  'missing.md',
  '../practices/missing.md',
]

/** Targets that must never reach a rendered page with their scheme intact. */
export const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '<java\tscript:alert(1)>',
  ' javascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript&colon;alert(1)',
  '%6A%61vascript:alert(1)',
  'javascript%3Aalert(1)',
  '&#0000106avascript:alert(1)',
  'java&#10;script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,x',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:x',
  'file:///etc/passwd',
  'blob:https://example.org/x',
  'ftp://example.org/x',
  'tel:+3212345678',
  'pathname:///feeds/all.json',
  'x:y',
  'jav%0Aascript:x',
  'javascript\\:alert(1)',
  '\u0001javascript:alert(1)',
  'java\u200bscript:alert(1)',
  '<javascript:alert(1)>',
  // Malformed escapes and parentheses.
  '%',
  '50%',
  '%zz',
  'a%2',
  '%E0%A4%A',
  'a(b',
  '(x))',
  'a)b',
  '((((',
  '))))',
  '<a>b>',
  '<>',
  '<javascript:a b>',
]

export const url = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...safeUrls)},
  {weight: 3, arbitrary: fc.constantFrom(...hostileUrls)},
  {weight: 1, arbitrary: fc.string({maxLength: 12}).map((s) => s.replace(/[\s()<>]/g, ''))},
)

const title = fc.option(fc.constantFrom('"a title"', "'t'", '(t)', '"x onclick=alert(1)"', '"unclosed'), {nil: undefined})

// ---------------------------------------------------------------------------------------------
// Inline pieces

/** Raw HTML a contributor might try inline or as a block. */
export const hostileHtml = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)"/>',
  '<iframe src="https://example.org"></iframe>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<a href=javascript:alert(1)>x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<object data=x></object>',
  '<embed src=x>',
  '<style>body{display:none}</style>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<form action=x><input></form>',
  '<base href="https://evil.example/">',
  '<link rel=stylesheet href=x>',
  '<meta http-equiv=refresh content="0;url=x">',
  '<details open ontoggle=alert(1)>',
  '<div onclick="alert(1)">x</div>',
  '<b>bold</b>',
  '<br>',
  '<br/>',
  '</p>',
  '<p>',
  '<x onmouseover=alert(1)>',
  '<img\nsrc=x\nonerror=alert(1)>',
  '<textarea>',
  '<noscript><img src=x onerror=alert(1)></noscript>',
  '<?php echo 1 ?>',
  '<!DOCTYPE html>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<Foo />',
  '<Foo bar={alert(1)} />',
  '<foo.bar>',
  '<a:b>',
  '</script>',
  '<script',
  '<img src=x onerror=alert(1)//',
  '<img src=x onerror=alert(1) ',
]

const comments = [
  '<!-- a comment -->',
  '<!---->',
  '<!-- unclosed comment',
  '<!-- a -- b -->',
  '<!--> -->',
  '<!-- <script>alert(1)</script> -->',
  '<!-- continuum-disable-next anon/person-name -- a long enough reason -->',
  '<!-- continuum-disable-next anon/person-name -- short -->',
  '<!-- continuum-disable-next safety/no-html -- a long enough reason -->',
  '<!-- continuum-disable-next -- a long enough reason -->',
  '<!--continuum-disable-next anon/exact-age,anon/person-name -- a long enough reason-->',
]

/** A suppression comment, alone or followed by HTML on the same line (and perhaps a closing comment). */
export const suppressionLine = fc
  .tuple(
    fc.constantFrom(...comments),
    fc.option(fc.constantFrom(...hostileHtml), {nil: undefined}),
    fc.option(fc.constantFrom('<!-- -->', '<!-- x -->', '-->'), {nil: undefined}),
    fc.constantFrom('', ' ', '\t'),
  )
  .map(([comment, html, tail, space]) => `${comment}${html ? space + html : ''}${tail ?? ''}`)

const entities = [
  '&amp;',
  '&lt;script&gt;',
  '&#60;script&#62;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '&copy;',
  '&#0;',
  '&#xD800;',
  '&#1114112;',
  '&nbsp;',
  '&unknown;',
  '&#9999999999;',
  '&lt;',
  '&#x26;#x6A;',
  '&',
]

const mdxish = [
  '{alert(1)}',
  '{/* comment */}',
  '{',
  '}',
  '{props.x}',
  '<Foo />',
  '<Foo>x</Foo>',
  '<Tabs><TabItem value="a">x</TabItem></Tabs>',
  "import x from 'y'",
  'export const a = 1',
  'export default function () {}',
  '$$x$$',
  ':smile:',
  ':abbr[x]{title="y"}',
  ':a[x]{href="javascript:alert(1)"}',
  ':span[x]{onclick="alert(1)" style="x"}',
  ':abbr',
  '{#custom-id}',
  '\\<script>',
  '`<script>`',
]

const marks = ['*', '**', '_', '__', '~~', '~', '***', '`', '``']

export const inline: fc.Arbitrary<string> = fc.letrec<{inline: string}>((tie) => ({
  inline: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 8, arbitrary: plainText},
    {weight: 2, arbitrary: fc.tuple(fc.constantFrom(...marks), tie('inline')).map(([mark, inner]) => `${mark}${inner}${mark}`)},
    {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...marks), tie('inline')).map(([mark, inner]) => `${mark}${inner}`)},
    {weight: 2, arbitrary: fc.tuple(tie('inline'), url, title).map(([text, target, t]) => `[${text}](${target}${t ? ` ${t}` : ''})`)},
    {weight: 1, arbitrary: fc.tuple(plainText, url, title).map(([text, target, t]) => `![${text}](${target}${t ? ` ${t}` : ''})`)},
    {weight: 1, arbitrary: fc.tuple(plainText, fc.constantFrom('ref', 'REF', 'x', '^1')).map(([text, ref]) => `[${text}][${ref}]`)},
    {weight: 1, arbitrary: url.map((target) => `<${target.replace(/^<|>$/g, '')}>`)},
    {weight: 1, arbitrary: fc.constantFrom(...hostileHtml)},
    {weight: 1, arbitrary: fc.constantFrom(...entities)},
    {weight: 1, arbitrary: fc.constantFrom(...mdxish)},
    {weight: 1, arbitrary: fc.constantFrom(...comments)},
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '`code`',
        '``a ` b``',
        '`unclosed',
        '\\*',
        '\\[',
        '\\\\',
        '[^1]',
        '[ ]',
        '[x]',
        'www.example.org',
        'https://example.org',
        'team@example.org',
      ),
    },
    {weight: 1, arbitrary: fc.array(tie('inline'), {minLength: 2, maxLength: 4}).map((parts) => parts.join(' '))},
  ),
})).inline

// ---------------------------------------------------------------------------------------------
// Deep and long pieces

const n = (max: number) => fc.integer({min: 1, max: Math.round(max * scale)})

/** Pathological nesting and runs; the default sizes keep a case well under a second. */
export const pathological = fc.oneof(
  n(5000).map((k) => `${'>'.repeat(k)} x`),
  n(1000).map((k) => `${'> '.repeat(k)}x`),
  n(120).map((k) => Array.from({length: k}, (_, i) => `${'  '.repeat(i)}- x`).join('\n')),
  n(1000).map((k) => `${'- '.repeat(k)}x`),
  n(300).map((k) => `${'1. '.repeat(k)}x`),
  n(1000).map((k) => `${'*'.repeat(k)}x${'*'.repeat(k)}`),
  n(1000).map((k) => `${'_'.repeat(k)}x`),
  n(500).map((k) => '*a '.repeat(k)),
  n(300).map((k) => `${'['.repeat(k)}x${']'.repeat(k)}`),
  n(300).map((k) => `${'[a]('.repeat(k)}x`),
  n(300).map((k) => `[a](${'('.repeat(k)}x${')'.repeat(k)})`),
  n(300).map((k) => '<a>'.repeat(k)),
  n(300).map((k) => `${'`'.repeat(k)}x`),
  n(500).map((k) => '{'.repeat(k)),
  n(300).map((k) => '<!--'.repeat(k)),
  n(300).map((k) => '&amp;'.repeat(k)),
  n(300).map((k) => `${'\\'.repeat(k)}x`),
  n(2000).map((k) => 'A-'.repeat(k)),
  n(400).map((k) => 'a@b.cd '.repeat(k)),
  n(400).map((k) => 'Anna (12) '.repeat(k)),
  n(400).map((k) => '12/03/2019 '.repeat(k)),
  n(400).map((k) => '+32 470 12 34 56 '.repeat(k)),
  n(400).map((k) => 'Rue de la Loi 16, 1000 Brussels '.repeat(k)),
  n(2000).map((k) => 'x'.repeat(k * 10)),
  // A cue word of an anonymisation pattern before a long run of blanks or of one overlong word.
  fc
    .tuple(
      fc.constantFrom('prison', 'ID', 'ref', 'file', 'case', 'aged', 'born', 'tel', 'Rue', 'Anna', '@', 'www.', 'https://'),
      fc.constantFrom(' ', '\t', 'x', '-', '.', '0'),
      n(3000),
    )
    .map(([cue, unit, k]) => `${cue} ${unit.repeat(k)}!`),
  n(200).map((k) => '| a '.repeat(k) + '|\n' + '|---'.repeat(k) + '|\n' + '| b '.repeat(k) + '|'),
  n(300).map((k) => ':'.repeat(k) + 'note\nx\n' + ':'.repeat(k)),
  n(300).map((k) => '#'.repeat(k) + ' x'),
  n(300).map((k) => '\n'.repeat(k)),
  n(300).map((k) => ' '.repeat(k) + 'x'),
)

/**
 * Long runs at the sizes of the hardening issue (and beyond), for the time-budget property: each
 * is one paragraph of the body, so a super-linear rule shows at once.
 */
export const longRun: fc.Arbitrary<string> = fc.oneof(
  // A cue word of an anonymisation pattern, then a long run of blanks or of one overlong word.
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('prison', 'ID', 'ref', 'file', 'case', 'aged', 'born', 'tel', 'Rue', 'Anna', '@', 'www.', 'https://'),
        fc.constantFrom(' ', 'x', '-', '.', '0', 'A '),
        fc.integer({min: 500, max: Math.round(4000 * scale)}),
      )
      .map(([cue, unit, k]) => `${cue} ${unit.repeat(k)}!`),
  },
  {weight: 1, arbitrary: fc.integer({min: 1000, max: Math.round(10000 * scale)}).map((k) => 'A-'.repeat(k))},
  {weight: 1, arbitrary: fc.integer({min: 500, max: Math.round(3000 * scale)}).map((k) => 'a@b.cd '.repeat(k))},
  {weight: 1, arbitrary: fc.integer({min: 500, max: Math.round(4000 * scale)}).map((k) => 'Anna (12) '.repeat(k))},
  {weight: 1, arbitrary: fc.integer({min: 500, max: Math.round(3000 * scale)}).map((k) => 'Anna Berg, 34, '.repeat(k))},
  {weight: 1, arbitrary: fc.integer({min: 500, max: Math.round(3000 * scale)}).map((k) => '+32 470 12 34 56 '.repeat(k))},
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('>', '> ', '- ', '1. ', '*', '_', '**a', '[', '[a](', '(', '`', '<!--', '&amp;', '|', '{', '\\', ':::', '~~', '<a>', '](', '!['),
        fc.integer({min: 1000, max: Math.round(10000 * scale)}),
      )
      .map(([unit, k]) => `${unit.repeat(k)}x`),
  },
  {weight: 1, arbitrary: fc.integer({min: 500, max: Math.round(5000 * scale)}).map((k) => `[a](${'('.repeat(k)}x${')'.repeat(k)})`)},
  {
    weight: 1,
    arbitrary: fc.integer({min: 100, max: Math.round(1000 * scale)}).map((k) => Array.from({length: k}, (_, i) => `${'  '.repeat(i)}- x`).join('\n')),
  },
)

// ---------------------------------------------------------------------------------------------
// Blocks

const fence = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````', '```js', '```html', '```mdx-code-block', '```jsx live', '```js title="<script>"'),
    fc.constantFrom('alert(1)', '<script>alert(1)</script>', 'import x from "y"', 'plain code'),
    fc.boolean(),
  )
  .map(([open, code, closed]) => `${open}\n${code}\n${closed ? open.replace(/[^`~]+$/, '').replace(/^([`~]+).*$/, '$1') : ''}`)

const table = fc
  .tuple(fc.integer({min: 1, max: 4}), fc.array(inline, {minLength: 1, maxLength: 6}), fc.constantFrom('---', ':--', '--:', ':-:'))
  .map(([cols, cells, align]) => {
    const row = (offset: number) =>
      `| ${Array.from({length: cols}, (_, i) => (cells[(i + offset) % cells.length] ?? 'x').replaceAll('|', '\\|').replaceAll('\n', ' ')).join(' | ')} |`
    return [row(0), `|${Array.from({length: cols}, () => align).join('|')}|`, row(1), row(2)].join('\n')
  })

const directive = fc
  .tuple(
    fc.constantFrom('note', 'tip', 'danger', 'details', 'video', 'script', 'iframe'),
    fc.option(inline, {nil: undefined}),
    fc.constantFrom('', '{.cls #id}', '{onclick="alert(1)"}', '{src="javascript:alert(1)"}', '{title="<img src=x onerror=alert(1)>"}', '{style="x"}'),
    inline,
    fc.constantFrom(':::', '::', ':'),
  )
  .map(([name, label, attributes, content, colons]) =>
    colons === ':::'
      ? `:::${name}${label ? `[${label.replaceAll('\n', ' ')}]` : ''}${attributes}\n${content}\n:::`
      : `${colons}${name}[${content.replaceAll('\n', ' ')}]${attributes}`,
  )

/** Prefixes every line of a block (for block quotes and list items). */
function prefixLines(block: string, first: string, rest: string): string {
  return block
    .split('\n')
    .map((line, index) => (index === 0 ? first : rest) + line)
    .join('\n')
}

export const block: fc.Arbitrary<string> = fc.letrec<{block: string}>((tie) => ({
  block: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 8, arbitrary: inline},
    {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 7}), inline).map(([level, text]) => `${'#'.repeat(level)} ${text.replaceAll('\n', ' ')}`)},
    {weight: 1, arbitrary: fc.tuple(inline, fc.constantFrom('===', '---', '-')).map(([text, underline]) => `${text}\n${underline}`)},
    {weight: 2, arbitrary: tie('block').map((inner) => prefixLines(inner, '> ', '> '))},
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.array(tie('block'), {minLength: 1, maxLength: 3}), fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ', '- [x] '))
        .map(([items, marker]) => items.map((item) => prefixLines(item, marker, ' '.repeat(marker.length))).join('\n')),
    },
    {weight: 1, arbitrary: table},
    {weight: 1, arbitrary: fence},
    {weight: 1, arbitrary: fc.constantFrom(...hostileHtml)},
    {weight: 1, arbitrary: suppressionLine},
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('ref', 'REF', 'x', '^1'), url, title).map(([label, target, t]) => `[${label}]: ${target}${t ? ` ${t}` : ''}`),
    },
    {weight: 1, arbitrary: fc.tuple(fc.constantFrom('^1', '^note'), inline).map(([label, text]) => `[${label}]: ${text}`)},
    {weight: 1, arbitrary: directive},
    {weight: 1, arbitrary: fc.constantFrom(...mdxish)},
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '---',
        '***',
        '___',
        '    indented code',
        '\tindented <script>',
        '<div>\n\n**x**\n\n</div>',
        '<details>\n<summary>x</summary>\n\nhidden\n</details>',
      ),
    },
    {weight: 1, arbitrary: pathological},
  ),
})).block

/** Random control and odd characters spliced into text. */
const oddChars = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\u{1F600}',
  '\u0301',
]

export interface Noise {
  crlf: boolean
  bom: boolean
  splices: {at: number; char: string}[]
}

export const noise: fc.Arbitrary<Noise> = fc.record({
  crlf: fc.boolean(),
  bom: fc.boolean(),
  splices: fc.array(fc.record({at: fc.nat(), char: fc.constantFrom(...oddChars)}), {maxLength: 3}),
})

/** Applies noise to the body part of a file only (the front matter stays intact). */
export function applyNoise(text: string, value: Noise): string {
  let out = text
  for (const {at, char} of value.splices) {
    const index = out.length === 0 ? 0 : at % (out.length + 1)
    out = out.slice(0, index) + char + out.slice(index)
  }
  if (value.crlf) out = out.replaceAll('\n', '\r\n')
  return out
}

/** A body: the required sections with random blocks spliced in, or random blocks alone. */
export const body = (type: 'practice' | 'case') =>
  fc.tuple(fc.array(block, {minLength: 1, maxLength: 6}), fc.boolean(), fc.nat()).map(([blocks, keepSections, at]) => {
    const inserted = blocks.join('\n\n')
    if (!keepSections) return inserted
    const sections = (type === 'practice' ? practiceBody : caseBody).split('\n\n')
    const index = at % (sections.length + 1)
    return [...sections.slice(0, index), inserted, ...sections.slice(index)].join('\n\n')
  })

// ---------------------------------------------------------------------------------------------
// Mostly benign bodies: one hostile piece in otherwise acceptable text, so many inputs are
// accepted and the rendering property has something to render.

/** Inline pieces that the validator may well accept (no anonymisation triggers). */
const benignInline: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: plainText},
  {weight: 2, arbitrary: fc.tuple(fc.constantFrom(...marks), plainText).map(([mark, text]) => `${mark}${text}${mark}`)},
  {weight: 2, arbitrary: fc.tuple(plainText, fc.constantFrom(...safeUrls)).map(([text, target]) => `[${text}](${target})`)},
  {weight: 1, arbitrary: fc.tuple(plainText, fc.constantFrom(...safeUrls)).map(([text, target]) => `![${text}](${target})`)},
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '`code`',
      '[^1]',
      'https://example.org',
      '<https://example.org>',
      '&amp;',
      ':smile:',
      '{curly}',
      'a < b',
      'a <b',
      '[ref][]',
      '[x]',
    ),
  },
)

/** One hostile piece: something the validator must refuse or the renderer must neutralise. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...hostileHtml),
  suppressionLine,
  fc.constantFrom(...entities),
  fc.constantFrom(...mdxish),
  fc.tuple(plainText, fc.constantFrom(...hostileUrls)).map(([text, target]) => `[${text}](${target})`),
  fc.tuple(plainText, fc.constantFrom(...hostileUrls)).map(([text, target]) => `![${text}](${target})`),
  fc.constantFrom(...hostileUrls).map((target) => `<${target.replace(/^<|>$/g, '')}>`),
  fc.constantFrom(...hostileUrls).map((target) => `[ref]: ${target}\n\n[a][ref]`),
  fc.constantFrom(...hostileUrls).map((target) => `[a][ref]\n\n[ref]: ${target}`),
  fc.tuple(plainText, fc.constantFrom(...hostileHtml)).map(([text, html]) => `## ${text} ${html}`),
  fc.tuple(plainText, fc.constantFrom(...entities)).map(([text, entity]) => `## ${text} ${entity}`),
  directive,
  fence,
)

const benignBlock: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fc.array(benignInline, {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '))},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 3, max: 6}), plainText).map(([level, text]) => `${'#'.repeat(level)} ${text}`)},
  {weight: 1, arbitrary: fc.array(benignInline, {minLength: 1, maxLength: 3}).map((items) => items.map((item) => `- ${item}`).join('\n'))},
  {weight: 1, arbitrary: benignInline.map((text) => `> ${text}`)},
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '| a | b |\n|---|:-:|\n| c | d |',
      '```\ncode\n```',
      '---',
      '[^1]: a note',
      '[ref]: https://example.org',
      '- [ ] open task\n- [x] done task',
    ),
  },
)

/** Placement of a hostile piece: alone, inside a quote, a list item or a table cell, or inline. */
const placed = fc.tuple(hostilePiece, fc.constantFrom('block', 'quote', 'list', 'inline', 'cell'), plainText).map(([piece, where, text]) => {
  switch (where) {
    case 'quote':
      return prefixLines(piece, '> ', '> ')
    case 'list':
      return prefixLines(piece, '- ', '  ')
    case 'inline':
      return `${text} ${piece} ${text}`
    case 'cell':
      return `| a | b |\n|---|---|\n| ${piece.replaceAll('\n', ' ').replaceAll('|', '\\|')} | ${text} |`
    default:
      return piece
  }
})

export const mostlyBenignBody = (type: 'practice' | 'case') =>
  fc.tuple(fc.array(benignBlock, {maxLength: 4}), fc.option(placed, {freq: 3, nil: undefined}), fc.nat(), fc.nat()).map(([blocks, piece, at, sectionAt]) => {
    const list = [...blocks]
    if (piece !== undefined) list.splice(at % (list.length + 1), 0, piece)
    const sections = (type === 'practice' ? practiceBody : caseBody).split('\n\n')
    const index = 1 + (sectionAt % sections.length)
    return [...sections.slice(0, index), ...list, ...sections.slice(index)].join('\n\n')
  })

// ---------------------------------------------------------------------------------------------
// Front matter

const hostileScalars = [
  '<script>alert(1)</script>',
  '"javascript:alert(1)"',
  '!!js/function "function () { return 1 }"',
  '!!js/undefined ""',
  '!!js/regexp /x/',
  '!!python/object/apply:os.system ["id"]',
  '!!binary aGVsbG8=',
  '!custom x',
  '!!str 1',
  '!!int "x"',
  '!!map {}',
  '!!set {a, b}',
  '!!omap [a: 1]',
  '!!timestamp 2001-12-14',
  '&anchor x',
  '*alias',
  '*undefined_alias',
  '|\n  multi\n  line',
  '>-\n  folded',
  '"unterminated',
  "'unterminated",
  '[unclosed',
  '{unclosed',
  '~',
  'null',
  '.nan',
  '.inf',
  '0x1F',
  '1e999',
  '2026-13-45',
  'yes',
  'on',
  '[]',
  '{}',
  '[[]]',
  '"\\u0000"',
  '"\\x00"',
  '" "',
  "''",
  '@x',
  '`x`',
  '%x',
  '? x',
  '- x',
  ': x',
  'x: y: z',
  '"a\\nb"',
  '!<tag:yaml.org,2002:js/function> x',
  '<<: *a',
]

const keys = [
  'type',
  'title',
  'summary',
  'language',
  'country',
  'phases',
  'evidence',
  'status',
  'sources',
  'lastReviewed',
  'id',
  'format',
  'mdx',
  'slug',
  'unknownKey',
  '__proto__',
  'constructor',
  'toString',
  '<script>',
  '"quoted key"',
  '? complex',
  '<<',
  'relatedPractices',
  'profile',
  'visibility',
  'consentBasis',
  'period',
  'lessons',
  'outcome',
]

type Mutation = (lines: string[]) => string[]

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Wrong type or hostile value for an existing key.
  fc.tuple(fc.nat(), fc.constantFrom(...hostileScalars, '42', 'true', '[a, b]', '{a: 1}', '""', '-1', '3.14')).map(
    ([at, value]): Mutation =>
      (lines) => {
        const indexes = lines.flatMap((line, i) => (/^\w+:/.test(line) ? [i] : []))
        if (indexes.length === 0) return [...lines, `title: ${value}`]
        const i = indexes[at % indexes.length]!
        const copy = [...lines]
        copy[i] = `${copy[i]!.split(':')[0]}: ${value}`
        return copy
      },
  ),
  // A new key (unknown, duplicate, special).
  fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...hostileScalars, 'mdx', 'x', '{format: mdx}')).map(
    ([key, value]): Mutation =>
      (lines) => [...lines, `${key}: ${value}`],
  ),
  // Deep nesting, flow and block.
  n(40).map(
    (depth): Mutation =>
      (lines) => [...lines, `deep: ${'['.repeat(depth)}x${']'.repeat(depth)}`],
  ),
  n(40).map(
    (depth): Mutation =>
      (lines) => [...lines, `deep: ${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`],
  ),
  n(40).map(
    (depth): Mutation =>
      (lines) => [...lines, 'deep:', ...Array.from({length: depth}, (_, i) => `${'  '.repeat(i + 1)}k${i}:`), `${'  '.repeat(depth + 1)}x`],
  ),
  n(40).map(
    (depth): Mutation =>
      (lines) => [...lines, `deep:`, `${'  '.repeat(1)}${'- '.repeat(depth)}x`],
  ),
  // Anchors, aliases and a billion-laughs bomb.
  fc.constant<Mutation>((lines) => [
    ...lines,
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  ]),
  fc.constant<Mutation>((lines) => [...lines.map((line) => line.replace(/^title: /, 'title: &t ')), 'summary2: *t']),
  fc.constant<Mutation>((lines) => [...lines, 'base: &base {type: practice}', '<<: *base']),
  fc.constant<Mutation>((lines) => [...lines, 'loop: &loop [*loop]']),
  // Duplicate keys.
  fc.constantFrom('type: case', 'title: Another', 'id: pr-aaaaaaaa', 'format: mdx').map(
    (line): Mutation =>
      (lines) => [...lines, line],
  ),
  // Huge scalars.
  n(3000).map(
    (k): Mutation =>
      (lines) => [...lines, `huge: ${'x'.repeat(k * 10)}`],
  ),
  n(300).map(
    (k): Mutation =>
      (lines) => [...lines, `many: [${Array.from({length: k}, () => 'x').join(', ')}]`],
  ),
  // Structure: a second document, a document end, tabs, stray delimiters.
  fc
    .constantFrom(
      '---',
      '...',
      '--- ',
      '----',
      '---js',
      '\tkey: x',
      '%YAML 1.1',
      '%TAG ! tag:x,2000:',
      '# comment <script>',
      '? x',
      ': y',
      '- item',
      '"unterminated',
    )
    .map(
      (line): Mutation =>
        (lines) => [...lines.slice(0, 3), line, ...lines.slice(3)],
    ),
  fc.constant<Mutation>((lines) => lines.map((line) => line.replace(/^(\w+):/, '$1 :'))),
  fc.constant<Mutation>((lines) => lines.map((line) => `  ${line}`)),
  fc.constant<Mutation>((lines) => lines.slice(0, Math.floor(lines.length / 2))),
  fc.constant<Mutation>(() => []),
)

export type Opening = '---' | '---js' | '---javascript' | '--- yaml' | '---yaml' | '---coffee' | '---json' | '---toml' | ' ---' | '+++' | '--- '
export type Closing = '---' | '--- ' | '...' | '----' | '---x' | '' | '--- # c'

export interface FrontSpec {
  opening: Opening
  closing: Closing
  mutations: Mutation[]
  bom: boolean
}

export const frontSpec: fc.Arbitrary<FrontSpec> = fc.record({
  opening: fc.constantFrom<Opening>(
    '---',
    '---',
    '---',
    '---',
    '---js',
    '---javascript',
    '--- yaml',
    '---yaml',
    '---coffee',
    '---json',
    '---toml',
    ' ---',
    '+++',
    '--- ',
  ),
  closing: fc.constantFrom<Closing>('---', '---', '---', '---', '--- ', '...', '----', '---x', '', '--- # c'),
  mutations: fc.array(mutation, {maxLength: 3}),
  bom: fc.boolean(),
})

/** Renders front matter lines with a spec; `''` as closing means unclosed. */
export function frontMatter(type: 'practice' | 'case', spec: FrontSpec): string {
  let lines = (type === 'practice' ? fuzzPracticeFront : fuzzCaseFront).split('\n')
  for (const mutate of spec.mutations) lines = mutate(lines)
  const closing = spec.closing === '' ? [] : [spec.closing]
  return `${spec.bom ? '\ufeff' : ''}${[spec.opening, ...lines, ...closing].join('\n')}\n`
}

// ---------------------------------------------------------------------------------------------
// Whole files

export interface FuzzFile {
  type: 'practice' | 'case'
  path: string
  text: string
}

const entryType = fc.constantFrom<'practice' | 'case'>('practice', 'case')

/** Valid front matter around a random Markdown body (with noise). */
export const markdownFile: fc.Arbitrary<FuzzFile> = entryType.chain((type) =>
  fc.tuple(body(type), noise).map(([text, value]): FuzzFile => {
    const front = `---\n${type === 'practice' ? fuzzPracticeFront : fuzzCaseFront}\n---\n\n`
    return {type, path: fuzzPath[type], text: (value.bom ? '\ufeff' : '') + applyNoise(front, {...value, splices: []}) + applyNoise(text, value)}
  }),
)

/** Mutated front matter around a valid or random body. */
export const frontMatterFile: fc.Arbitrary<FuzzFile> = entryType.chain((type) =>
  fc.tuple(frontSpec, fc.oneof(fc.constant(type === 'practice' ? practiceBody : caseBody), body(type)), fc.boolean()).map(([spec, text, crlf]): FuzzFile => {
    const whole = `${frontMatter(type, spec)}\n${text}`
    return {type, path: fuzzPath[type], text: crlf ? whole.replaceAll('\n', '\r\n') : whole}
  }),
)

/** Valid front matter around a mostly benign body with at most one hostile piece. */
export const mostlyBenignFile: fc.Arbitrary<FuzzFile> = entryType.chain((type) =>
  fc.tuple(mostlyBenignBody(type), fc.boolean(), fc.boolean()).map(([text, crlf, bom]): FuzzFile => {
    const whole = `---\n${type === 'practice' ? fuzzPracticeFront : fuzzCaseFront}\n---\n\n${text}\n`
    return {type, path: fuzzPath[type], text: (bom ? '\ufeff' : '') + (crlf ? whole.replaceAll('\n', '\r\n') : whole)}
  }),
)

/** Valid front matter and sections with one long run as an extra paragraph. */
export const longRunFile: fc.Arbitrary<FuzzFile> = entryType.chain((type) =>
  longRun.map(
    (run): FuzzFile => ({
      type,
      path: fuzzPath[type],
      text: `---\n${type === 'practice' ? fuzzPracticeFront : fuzzCaseFront}\n---\n\n${(type === 'practice' ? practiceBody : caseBody).replace(/\n\n/, `\n\n${run}\n\n`)}`,
    }),
  ),
)

/** Anything at all: arbitrary strings and bytes, with or without a front matter opening. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({maxLength: 400}),
  fc.string({unit: 'binary', maxLength: 400}).map((s) => new Uint8Array(Buffer.from(s))),
  fc.string({unit: 'binary', maxLength: 400}).map((s) => new Uint8Array(Buffer.from(`---\n${s}`))),
  fc.tuple(fc.string({maxLength: 200}), fc.string({maxLength: 200})).map(([a, b]) => new Uint8Array(Buffer.from(`---\n${a}\n---\n${b}`))),
)
