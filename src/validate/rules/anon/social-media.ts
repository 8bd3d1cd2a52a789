/** anon/social-media — social-media handles and profile or channel addresses written in the text. */
import {anonRule, quote} from '../../anon/define.js'
import {matches, span} from '../../anon/patterns.js'
import {caseReview, invalid, valid} from '../examples.js'

const handle = /(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29})(?:@[\w-]+\.[\w.-]+)?(?![\w@])/g
const socialUrlInText =
  /\b(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|t\.me|telegram\.me|tiktok\.com|youtube\.com|youtu\.be|vk\.com|ok\.ru|linkedin\.com\/in|snapchat\.com|reddit\.com\/u(?:ser)?|discord\.gg|threads\.net|bsky\.app\/profile|gab\.com|rumble\.com|bitchute\.com|odysee\.com|wa\.me)\/[^\s)\]]+/gi

export const rule = anonRule({
  meta: {
    id: 'anon/social-media',
    severity: 'error',
    description: 'No social-media handles or links to profiles and channels.',
    hint: 'Remove it; write "a Telegram channel" or "his social-media account" if it matters.',
    get examples() {
      return {
        valid: [valid('a channel described', caseReview({paragraph: 'He ran a Telegram channel with 300 members.'}))],
        invalid: [
          invalid('a handle', caseReview({paragraph: 'He posted as @lion_of_truth on a video platform.'}), [
            {line: 28, column: 14, message: 'Unexpected social-media handle `@lion_of_truth`, expected none'},
          ]),
          invalid('a channel address in the text', caseReview({paragraph: 'The channel t.me/truthseekers2020 had 300 members.'}), [
            {line: 28, column: 13, message: 'Unexpected social-media link `t.me/truthseekers2020`, expected none'},
          ]),
        ],
      }
    },
  },
  *detect(segment) {
    const hint = 'Remove it; write "a Telegram channel" or "his social-media account" if it matters.'
    yield* matches(segment.text, socialUrlInText, (match) => span(match, `Unexpected social-media link \`${quote(match[0])}\`, expected none`, hint))
    yield* matches(segment.text, handle, (match) => span(match, `Unexpected social-media handle \`${quote(match[0])}\`, expected none`, hint))
  },
})
