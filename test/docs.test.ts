import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {modelDoc, rulesDoc} from '../scripts/build-docs.js'

const root = path.resolve(__dirname, '..')

describe('generated documentation', () => {
  it('docs/rules.md is current (run `npx tsx scripts/build-docs.ts`)', () => {
    expect(readFileSync(path.join(root, 'docs/rules.md'), 'utf8')).toBe(rulesDoc())
  })
  it('docs/content-model.md is current (run `npx tsx scripts/build-docs.ts`)', () => {
    expect(readFileSync(path.join(root, 'docs/content-model.md'), 'utf8')).toBe(modelDoc())
  })
  it('the exported JSON Schemas are current (run `npm run build`)', async () => {
    const {jsonSchemaOf} = await import('../src/model/json-schema.js')
    for (const type of ['practice', 'case'] as const) {
      expect(JSON.parse(readFileSync(path.join(root, `schemas/${type}.schema.json`), 'utf8'))).toEqual(JSON.parse(JSON.stringify(jsonSchemaOf(type))))
    }
  })
})
