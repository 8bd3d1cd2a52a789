/** schema/front-matter — the file starts with YAML front matter between `---` lines, holding a mapping. Emitted by load.ts. */
import {defineRule, type Finding} from '../../rule.js'
import {invalid, practice, rawFile, templateBody, valid} from '../examples.js'

const first = {line: 1, column: 1}

export const rule = defineRule({
  meta: {
    id: 'schema/front-matter',
    severity: 'error',
    description: 'The file starts with YAML front matter between `---` lines, holding `field: value` lines.',
    hint: 'Start the file with `---`, the fields one per line, and `---`; `continuum new practice` writes a template.',
    get examples() {
      return {
        valid: [valid('front matter between two `---` lines', practice())],
        invalid: [
          invalid('no front matter', rawFile('mentoring.md', templateBody()), {
            ...first,
            message: 'Missing front matter, expected the file to start with a `---` line',
          }),
          invalid('no closing line', rawFile('mentoring.md', '---\ntype: practice\ntitle: Mentoring by formers after release\n\n## Description\n\nText.\n'), {
            ...first,
            message: 'Unclosed front matter, expected a closing `---` line',
          }),
          invalid('nothing between the lines', rawFile('mentoring.md', `---\n---\n\n${templateBody()}`), {
            ...first,
            message: 'Empty front matter, expected YAML fields between the `---` lines',
          }),
          invalid('a list instead of fields', rawFile('mentoring.md', `---\n- practice\n- Mentoring by formers after release\n---\n\n${templateBody()}`), {
            ...first,
            message: 'Unexpected front matter shape, expected a mapping of `field: value` lines',
          }),
        ],
      }
    },
  },
  /** No `---` line at the top of the file. */
  missing(): Finding {
    return {
      reason: 'Missing front matter, expected the file to start with a `---` line',
      place: first,
      hint: 'Start the file with YAML front matter between two `---` lines; `continuum new practice` writes a template.',
    }
  },
  /** An opening `---` line and no closing one. */
  unclosed(): Finding {
    return {
      reason: 'Unclosed front matter, expected a closing `---` line',
      place: first,
      hint: 'End the front matter with a line holding only `---`, then the Markdown body.',
    }
  },
  /** Nothing between the `---` lines. */
  empty(): Finding {
    return {
      reason: 'Empty front matter, expected YAML fields between the `---` lines',
      place: first,
      hint: 'Run `continuum new practice` or `continuum new case` for a template.',
    }
  },
  /** YAML that is not a mapping (a list, a scalar), starting on `line`. */
  notMapping(line: number): Finding {
    return {
      reason: 'Unexpected front matter shape, expected a mapping of `field: value` lines',
      place: {line, column: 1},
      hint: 'Write one `field: value` per line, e.g. `type: practice`.',
    }
  },
})
