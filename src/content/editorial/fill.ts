/** Fills `{name}` placeholders of an editorial text; a pair [one, many] is chosen by `count`. No imports: components use it. */
export function fill(template: string | readonly string[], values: Record<string, string | number> = {}): string {
  const text = typeof template === 'string' ? template : values.count === 1 ? template[0]! : (template[1] ?? template[0]!)
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

/**
 * Splits a template at its `{name}` placeholders: the text around them and the values given for
 * them, in order, so that a component can put an element (a link) inside a sentence.
 */
export function pieces<T>(template: string, values: Record<string, T>): Array<string | T> {
  const out: Array<string | T> = []
  let from = 0
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!
    if (!(name in values)) continue
    if (match.index > from) out.push(template.slice(from, match.index))
    out.push(values[name]!)
    from = match.index + match[0].length
  }
  if (from < template.length) out.push(template.slice(from))
  return out
}
