/**
 * safety/no-html, safety/no-esm, safety/link-protocol: the body is plain Markdown and can never
 * carry code — no raw HTML or JSX, no MDX import/export lines, no script-bearing link protocols.
 * Text with `{`, `}` or `<` that Markdown treats as text is fine.
 */
import type {Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import {bareCommentOf} from '../../../model/markup.js'
import {refusedSchemeOf} from '../../../model/urls.js'
import {scan} from '../../anon/scan.js'
import {limits} from '../../limits.js'
import {startOf} from '../../mdast.js'
import type {Rule} from '../../rule.js'
import {isSuppressionComment} from '../../suppressions.js'

export const noHtmlRule: Rule = {
  id: 'safety/no-html',
  description: 'No raw HTML or JSX in the body (a reasoned suppression comment is the one exception).',
  check(entry, report) {
    if (!entry.tree) return
    visit(entry.tree, 'html', (node) => {
      if (isSuppressionComment(node.value)) return
      const value = node.value.trim()
      const tag = /^<\/?([A-Za-z][\w.:-]*)/.exec(value)?.[1]
      if (value.startsWith('<!--')) {
        report({
          reason: bareCommentOf(value) === undefined
            ? 'Unexpected HTML beside a comment, expected the comment alone in its block'
            : 'Unexpected HTML comment, expected only `continuum-disable-next` comments',
          place: startOf(node),
          hint: 'A suppression comment stands alone on its line: `<!-- continuum-disable-next anon/person-name -- why -->`, nothing before or after it. Other comments and HTML are not allowed.',
        })
        return
      }
      report({
        reason: tag ? `Unexpected HTML or JSX tag \`<${tag}>\`, expected Markdown` : 'Unexpected raw HTML, expected Markdown',
        place: startOf(node),
        hint: 'Use Markdown: **bold**, _emphasis_, lists, tables, [links](…). To show a literal `<`, write it inside `backticks` or escape it as `\\<`.',
      })
    })
  },
}

const tagLike = /<\/?[A-Za-z][\w.:-]*(?=[\s/>])(?:\s+[^<>]*)?\/?>?/

export const noJsxRule: Rule = {
  id: 'safety/no-jsx',
  description: 'No JSX or tag-like text outside code: Markdown that another renderer could read as a component.',
  check(entry, report) {
    if (!entry.tree) return
    visit(entry.tree, 'text', (node) => {
      const match = tagLike.exec(node.value)
      if (!match) return
      const tag = /^<\/?([A-Za-z][\w.:-]*)/.exec(match[0])![1]
      report({
        reason: `Unexpected tag-like text \`<${tag}\`, expected Markdown`,
        place: startOf(node),
        hint: 'Entries are plain Markdown: remove the tag, or put it in `backticks` if you mean to show it.',
      })
    })
  },
}

const esmLine = /^(import|export)\s+(?:[\w*{}\s,]+\s+from\s+['"]|['"]|(?:default|const|let|var|function|class)\b|\{)/

export const noEsmRule: Rule = {
  id: 'safety/no-esm',
  description: 'No MDX import/export statements in the body.',
  check(entry, report) {
    if (!entry.tree) return
    for (const node of entry.tree.children) {
      if (node.type !== 'paragraph') continue
      const first = node.children[0]
      if (first?.type === 'text' && esmLine.test(first.value)) {
        report({
          reason: 'Unexpected MDX `import`/`export` statement, expected Markdown text',
          place: startOf(node),
          hint: 'Entries are plain Markdown and cannot import components or run code: remove the line.',
        })
      }
    }
  },
}

export const linkProtocolRule: Rule = {
  id: 'safety/link-protocol',
  description: 'Links and images use http(s), mailto or relative addresses; never javascript:, data:, vbscript:, file: or blob:, however written (case, hidden characters, percent-escapes).',
  check(entry, report) {
    if (!entry.tree) return
    visit(entry.tree, (node: Nodes) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
      // The same test as the build's guard (src/model/urls.ts): validate and build never disagree.
      const scheme = refusedSchemeOf(node.url)
      if (scheme) {
        report({
          reason: `Unexpected \`${scheme}:\` address, expected http(s), mailto or a relative link`,
          place: startOf(node),
          hint: 'Link to a web page or another entry; addresses that run or embed code are refused.',
        })
      }
    })
  },
}

export const longWordRule: Rule = {
  id: 'safety/long-word',
  description: `No run of more than ${limits.maxWordLength} characters without a space (${limits.maxUrlLength} for a web address), nor of more than ${limits.maxSpaceRun} spaces: text is words, and an endless token is either noise or something hidden.`,
  check(entry, report) {
    for (const segment of scan(entry).segments) {
      for (const [start, end, kind] of segment.overlong ?? []) {
        const from = segment.placeAt(kind === 'space' ? start - 1 : start)
        const count = (end - start + (kind === 'space' ? 1 : 0)).toLocaleString('en')
        report(kind === 'word'
          ? {
              reason: `Unexpected run of ${count} characters without a space, expected words of at most ${limits.maxWordLength}`,
              place: {line: from.line, column: from.column},
              hint: 'Break the text into words; link long addresses as [a short title](https://…) instead of writing them out.',
            }
          : {
              reason: `Unexpected run of ${count} spaces or line breaks, expected at most ${limits.maxSpaceRun}`,
              place: {line: from.line, column: from.column},
              hint: 'Remove the extra white space: pages show it as one space anyway. In a code block, shorten the indentation.',
            })
      }
    }
  },
}

/** Info strings that make Docusaurus unwrap a fence into raw markup (`mdx-code-block`), whatever the case. */
const UNWRAPPED_FENCES = /^mdx-code-block$/i
const LANGUAGE = /^[A-Za-z0-9_#+.-]{1,40}$/

export const codeFenceRule: Rule = {
  id: 'safety/code-fence',
  description: 'Code blocks name at most a language (`js`, `yaml`…): no `mdx-code-block`, which the portal would unwrap into markup, and no extra words after the language (`live`, `title=…`), which turn on features that run or load code.',
  check(entry, report) {
    if (!entry.tree) return
    visit(entry.tree, 'code', (node) => {
      const lang = node.lang ?? ''
      if (lang === '' && !node.meta) return
      if (UNWRAPPED_FENCES.test(lang) || !LANGUAGE.test(lang) || node.meta) {
        report({
          reason: `Unexpected code block info \`${[lang, node.meta].filter(Boolean).join(' ').slice(0, 60)}\`, expected at most a language name`,
          place: startOf(node),
          hint: 'Open the block with three backticks and, if you like, a language: ```yaml. Nothing else may follow on that line.',
        })
      }
    })
  },
}
