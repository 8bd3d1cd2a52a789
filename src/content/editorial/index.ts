/**
 * Editorial text of the portal (topic introductions, key figures), kept as data so that editors
 * and translators change it without touching code. One JSON file per locale; English only so far.
 */
import en from './en.json' with {type: 'json'}

export type Editorial = typeof en

/** The editorial text of a locale. */
export function editorial(locale = 'en'): Editorial {
  if (locale !== 'en') throw new Error(`no editorial text for locale "${locale}" (add src/content/editorial/${locale}.json)`)
  return en
}

export {fill} from './fill.js'
