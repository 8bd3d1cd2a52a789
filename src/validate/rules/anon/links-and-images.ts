/**
 * anon/social-media (link targets), anon/email (mailto links), anon/press-link, anon/image:
 * what a link or image points at can identify a person as surely as a name. Case reviews link only
 * to institutional and research sources, and carry no images at all.
 */
import type {Rule} from '../../rule.js'
import {scan} from '../../anon/scan.js'
import {SOCIAL_HOSTS} from './patterns.js'

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

/** Sources a case review may link to: public institutions, research, and the portal itself. */
const INSTITUTIONAL = /(?:^|\.)(?:europa\.eu|coe\.int|un\.org|unodc\.org|osce\.org|oecd\.org|who\.int|icct\.nl|rusi\.org|doi\.org|europris\.org|cep-probation\.org|gctf\.org|gov|gov\.[a-z]{2}|gouv\.fr|gv\.at|bund\.de|admin\.ch|overheid\.nl|rijksoverheid\.nl|government\.nl|belgium\.be|justice\.fr|justiz\.de|bmi\.bund\.de|regeringen\.se|regeringen\.no|ac\.uk|edu|uni-[a-z-]+\.de|[a-z-]+\.ac\.[a-z]{2}|researchgate\.net|springer\.com|tandfonline\.com|sagepub\.com|wiley\.com|sciencedirect\.com|jstor\.org|ssrn\.com|zenodo\.org|nature\.com|frontiersin\.org|mdpi\.com|journals\.[a-z.]+)$/i

export const socialLinkRule: Rule = {
  id: 'anon/social-media-link',
  description: 'No links to social-media profiles, channels or posts.',
  check(entry, report) {
    if (!entry.type) return
    for (const {url, place} of scan(entry).links) {
      const host = hostOf(url)
      if (host && SOCIAL_HOSTS.test(host)) {
        report({
          reason: `Unexpected link to \`${host}\`, expected no social-media profiles or channels`,
          place,
          hint: 'Remove the link; describe the channel in general terms ("a Telegram channel") if it matters.',
        })
      }
    }
  },
}

export const mailtoRule: Rule = {
  id: 'anon/email-link',
  description: 'No mailto: links.',
  check(entry, report) {
    for (const {url, place} of scan(entry).links) {
      if (/^\s*mailto:/i.test(url)) {
        report({reason: 'Unexpected e-mail link, expected none', place, hint: 'Remove it: contact details never go into an entry.'})
      }
    }
  },
}

export const pressLinkRule: Rule = {
  id: 'anon/press-link',
  description: 'Case reviews link only to institutional or research sources, never to press coverage of the case.',
  check(entry, report) {
    if (entry.type !== 'case') return
    for (const {url, place} of scan(entry).links) {
      const host = hostOf(url)
      if (!host || !/^https?:/i.test(url) || SOCIAL_HOSTS.test(host) || INSTITUTIONAL.test(host)) continue
      report({
        reason: `Unexpected link to \`${host}\` in a case review, expected institutional or research sources only`,
        place,
        hint: 'Press coverage and other pages about the case identify the person: remove the link. Cite a public report or study instead.',
      })
    }
  },
}

export const imageRule: Rule = {
  id: 'anon/image',
  description: 'No images in case reviews.',
  check(entry, report) {
    if (entry.type !== 'case') return
    for (const {place} of scan(entry).images) {
      report({
        reason: 'Unexpected image in a case review, expected text only',
        place,
        hint: 'Remove the image: photographs, documents and screenshots can identify the person or place.',
      })
    }
  },
}
