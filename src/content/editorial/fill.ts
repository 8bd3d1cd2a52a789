/** Fills `{name}` placeholders of an editorial text; a pair [one, many] is chosen by `count`. No imports: components use it. */
export function fill(template: string | readonly string[], values: Record<string, string | number> = {}): string {
  const text = typeof template === 'string' ? template : values.count === 1 ? template[0]! : (template[1] ?? template[0]!)
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
