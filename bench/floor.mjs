// The floor of the validate benchmark: read every file and run a bare remark-parse over it, on one
// core. Any validator of Markdown does at least this much.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {unified} from 'unified'
import remarkParse from 'remark-parse'

const root = process.argv[2]
const processor = unified().use(remarkParse)
let nodes = 0
for (const folder of ['practices', 'cases']) {
  const {readdir} = await import('node:fs/promises')
  for (const name of (await readdir(path.join(root, folder))).sort()) {
    if (!name.endsWith('.md')) continue
    const tree = processor.parse(await readFile(path.join(root, folder, name), 'utf8'))
    nodes += tree.children.length
  }
}
console.log(`parsed, ${nodes} top-level nodes`)
