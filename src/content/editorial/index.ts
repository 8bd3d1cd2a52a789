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

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
