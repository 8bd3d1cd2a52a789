/** anon/image — case reviews carry no images: photographs, documents and screenshots can identify the person or place. */
import {describesPerson, typeOf} from '../../../model/types/index.js'
import {scan} from '../../anon/scan.js'
import {defineRule} from '../../rule.js'
import {caseReview, invalid, paragraphLine, practice, valid} from '../examples.js'

export const rule = defineRule({
  meta: {
    id: 'anon/image',
    severity: 'error',
    description: 'No images in case reviews.',
    hint: 'Remove the image: photographs, documents and screenshots can identify the person or place.',
    get examples() {
      return {
        valid: [valid('an image in a practice', practice({paragraph: '![The programme in five steps](https://example.org/steps.png)'}))],
        invalid: [
          invalid('an image in a case review', caseReview({paragraph: '![A diagram of the wing](https://www.europris.org/wing.png)'}), {
            line: paragraphLine.case,
            column: 1,
            message: 'Unexpected image in a case review, expected text only',
          }),
        ],
      }
    },
  },
  check(entry, report) {
    // Only entries that describe a person (case reviews): their type says so.
    if (!describesPerson(entry.type)) return
    const noun = typeOf(entry.type)!.labels.noun[0]
    for (const {place} of scan(entry).images) {
      report({
        reason: `Unexpected image in a ${noun}, expected text only`,
        place,
        hint: 'Remove the image: photographs, documents and screenshots can identify the person or place.',
      })
    }
  },
})
