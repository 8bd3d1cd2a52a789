/** Writes a new entry template atomically (temp file + rename) and never over an existing file unless asked. */
import {existsSync} from 'node:fs'
import {link, mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {slugify} from './slug.js'
import {templateFor, type TemplateValues} from './template.js'

export interface WriteTemplateOptions {
  type: string
  values: TemplateValues
  output?: string
  force?: boolean
  cwd: string
}

function findSchemas(from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'schemas', 'practice.schema.json'))) return path.join(dir, 'schemas')
    if (path.dirname(dir) === dir) return undefined
  }
}

/** Writes the template; returns its path and whether it was refused because the file exists. */
export async function writeTemplate(options: WriteTemplateOptions): Promise<{path: string; exists: boolean}> {
  const name = options.output ?? `${slugify(options.values.title ?? '') || `new-${options.type}`}.md`
  const target = path.resolve(options.cwd, name)
  const shown = path.relative(options.cwd, target) || name
  const schemas = findSchemas(path.dirname(target)) ?? findSchemas(options.cwd)
  const schemaPath = schemas ? path.relative(path.dirname(target), path.join(schemas, `${options.type}.schema.json`)) : undefined
  const text = templateFor(options.type, options.values, schemaPath)
  await mkdir(path.dirname(target), {recursive: true})
  const temp = `${target}.${process.pid}.tmp`
  await writeFile(temp, text, {flag: 'wx'})
  try {
    if (options.force) await rename(temp, target)
    else {
      // link() fails if the target exists: no window in which another writer's file is replaced.
      try {
        await link(temp, target)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return {path: shown, exists: true}
        throw error
      }
    }
  } finally {
    await rm(temp, {force: true})
  }
  return {path: shown, exists: false}
}
