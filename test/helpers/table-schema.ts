/**
 * A small Frictionless Table Schema checker for the tests (the subset the export uses): field
 * names and order, required, types string/integer/date/array, enum, pattern, minimum, maximum,
 * maxLength, missing values, and a unique primary key.
 */
interface Field {
  name: string
  type: string
  constraints?: {required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number; maxLength?: number}
}

export interface TableSchema {
  fields: Field[]
  primaryKey?: string[]
  missingValues?: string[]
}

/** Problems of a parsed CSV (header row, then rows of cells) against a Table Schema; [] when it conforms. */
export function checkTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, schema: TableSchema): string[] {
  const problems: string[] = []
  const names = schema.fields.map((field) => field.name)
  if (JSON.stringify(header) !== JSON.stringify(names))
    problems.push(`header ${JSON.stringify(header)} differs from the schema's fields ${JSON.stringify(names)}`)
  const missing = new Set(schema.missingValues ?? [''])
  const keys = new Set<string>()
  rows.forEach((row, index) => {
    const where = `row ${index + 2}`
    if (row.length !== names.length) problems.push(`${where}: ${row.length} cells for ${names.length} fields`)
    schema.fields.forEach((field, column) => {
      const value = row[column] ?? ''
      const c = field.constraints ?? {}
      if (missing.has(value)) {
        if (c.required) problems.push(`${where} ${field.name}: required but missing`)
        return
      }
      if (field.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`${where} ${field.name}: "${value}" is not an integer`)
      if (field.type === 'date') {
        const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
        if (!ok) problems.push(`${where} ${field.name}: "${value}" is not a date`)
      }
      if (field.type === 'array') {
        let parsed: unknown
        try {
          parsed = JSON.parse(value)
        } catch {
          parsed = undefined
        }
        if (!Array.isArray(parsed)) problems.push(`${where} ${field.name}: not a JSON array`)
      }
      if (c.enum && !c.enum.includes(value)) problems.push(`${where} ${field.name}: "${value}" is not one of the allowed values`)
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(value)) problems.push(`${where} ${field.name}: "${value}" does not match ${c.pattern}`)
      if (c.minimum !== undefined && Number(value) < c.minimum) problems.push(`${where} ${field.name}: ${value} < ${c.minimum}`)
      if (c.maximum !== undefined && Number(value) > c.maximum) problems.push(`${where} ${field.name}: ${value} > ${c.maximum}`)
      if (c.maxLength !== undefined && [...value].length > c.maxLength) problems.push(`${where} ${field.name}: longer than ${c.maxLength}`)
    })
    if (schema.primaryKey) {
      const key = schema.primaryKey.map((name) => row[names.indexOf(name)]).join('\0')
      if (keys.has(key)) problems.push(`${where}: primary key ${key} repeated`)
      keys.add(key)
    }
  })
  return problems
}
