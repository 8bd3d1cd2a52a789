/** safety/link-protocol — no link or image address that runs or embeds code, however it is spelt. */
import type {Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import {refusedSchemeOf} from '../../../model/urls.js'
import {startOf} from '../../mdast.js'
import {defineRule} from '../../rule.js'
import {invalid, paragraphLine, practice, valid} from '../examples.js'

const line = paragraphLine.practice

export const rule = defineRule({
  meta: {
    id: 'safety/link-protocol',
    severity: 'error',
    description:
      'Links and images use http(s), mailto or relative addresses; never javascript:, data:, vbscript:, file: or blob:, however written (case, hidden characters, percent-escapes).',
    hint: 'Link to a web page by its https:// address or to another entry by relative path.',
    get examples() {
      return {
        valid: [valid('a web address', practice({paragraph: 'See [the paper](https://home-affairs.ec.europa.eu/index_en).'}))],
        invalid: [
          invalid('a javascript: link', practice({paragraph: '[Read more](javascript:alert(1))'}), {
            line,
            column: 1,
            message: 'Unexpected `javascript:` address, expected http(s), mailto or a relative link',
          }),
          invalid('a script address hidden by case and a percent-escape', practice({paragraph: '[Read more](JaVa%73cript:alert(1))'}), {
            line,
            column: 1,
            message: 'Unexpected `javascript:` address, expected http(s), mailto or a relative link',
          }),
          invalid(
            'a data: image',
            practice({paragraph: '![chart](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)'}),
            {line, column: 1, message: 'Unexpected `data:` address, expected http(s), mailto or a relative link'},
            {also: ['links/image']},
          ),
        ],
      }
    },
  },
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
})
