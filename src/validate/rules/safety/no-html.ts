/** safety/no-html — the body is plain Markdown: no raw HTML, which would run in readers' browsers. */
import {visit} from 'unist-util-visit'
import {bareCommentOf} from '../../../model/markup.js'
import {startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {isSuppressionComment} from '../../suppressions.js'
import {caseReview, invalid, paragraphLine, practice, valid} from '../examples.js'

const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'safety/no-html',
    severity: 'error',
    description: 'No raw HTML or JSX in the body (a reasoned suppression comment, alone in its block, is the one exception).',
    hint: 'Use Markdown (**bold**, _emphasis_, lists, tables, links); to show a literal `<`, write it in `backticks` or escape it as `\\<`.',
    get examples() {
      return {
        valid: [
          valid('Markdown emphasis', practice({paragraph: 'Mentors meet **weekly** at first.'})),
          valid(
            'a suppression comment alone in its block',
            caseReview({paragraph: '<!-- continuum-disable-next anon/place -- the town is named in the public court ruling cited -->\n\nHe grew up in Vught.'}),
          ),
        ],
        invalid: [
          invalid('a script', practice({paragraph: '<script>alert(1)</script>'}), {
            line,
            column: 1,
            message: 'Unexpected HTML or JSX tag `<script>`, expected Markdown',
          }),
          invalid('inline HTML with a handler', practice({paragraph: 'Mentors meet <b onmouseover=alert(1)>weekly</b>.'}), [
            {line, column: 14, message: 'Unexpected HTML or JSX tag `<b>`, expected Markdown'},
            {line, column: 44, message: 'Unexpected HTML or JSX tag `<b>`, expected Markdown'},
          ]),
          invalid('a plain comment', practice({paragraph: '<!-- a note to reviewers -->'}), {
            line,
            column: 1,
            message: 'Unexpected HTML comment, expected only `continuum-disable-next` comments',
          }),
          invalid(
            'a suppression comment with markup after it',
            practice({paragraph: '<!-- continuum-disable-next anon/place -- the town is public --><img src=x onerror=alert(1)>'}),
            {line, column: 1, message: 'Unexpected HTML beside a comment, expected the comment alone in its block'},
          ),
        ],
      }
    },
  },
  check(entry, report) {
    if (!entry.tree) return
    visit(entry.tree, 'html', (node) => {
      if (isSuppressionComment(node.value)) return
      const value = node.value.trim()
      const tag = /^<\/?([A-Za-z][\w.:-]*)/.exec(value)?.[1]
      if (value.startsWith('<!--')) {
        report({
          reason:
            bareCommentOf(value) === undefined
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
})
