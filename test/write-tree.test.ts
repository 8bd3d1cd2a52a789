/** The build's static files: written once under one folder, then linked (or, across file systems, copied) into the output. */
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it, vi} from 'vitest'

// `link` fails as it does across file systems while `crossDevice` is set.
let crossDevice = false
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>()
  return {
    ...fs,
    link: (from: string, to: string) =>
      crossDevice ? Promise.reject(Object.assign(new Error('EXDEV: cross-device link not permitted'), {code: 'EXDEV'})) : fs.link(from, to),
  }
})
const {linkTree, writeTree} = await import('../src/site/write-tree.js')

const work = mkdtempSync(path.join(os.tmpdir(), 'continuum-tree-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

const files: Array<[string, string | Uint8Array]> = [
  ['e/pr-aaaaaaaa.html', '<!doctype html>'],
  ['cite/pr-aaaaaaaa.bib', '@misc{x}'],
  ['data/entries.json', new TextEncoder().encode('{"entries":[]}')],
  ['assets/search/head.abc.json', '{}'],
  ['top.json', '[]'],
  ...Array.from({length: 60}, (_, i): [string, string] => [`cite/deep/${i % 7}/file-${i}.json`, `"${i}"`]),
]
const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : new TextDecoder().decode(data))

describe('writeTree and linkTree', () => {
  it('write every file under its folders, then link them into another folder: the same bytes, one copy on disk', async () => {
    const from = path.join(work, 'staged')
    const to = path.join(work, 'out')
    await writeTree(from, files)
    await linkTree(
      from,
      to,
      files.map(([name]) => name),
    )
    for (const [name, data] of files) {
      expect(readFileSync(path.join(to, name), 'utf8')).toBe(text(data))
      expect(statSync(path.join(to, name)).ino).toBe(statSync(path.join(from, name)).ino)
    }
  })

  it('copy when a link cannot be made (another file system)', async () => {
    const from = path.join(work, 'staged-2')
    const to = path.join(work, 'out-2')
    await writeTree(from, files)
    crossDevice = true
    try {
      await linkTree(
        from,
        to,
        files.map(([name]) => name),
      )
    } finally {
      crossDevice = false
    }
    for (const [name, data] of files) {
      expect(readFileSync(path.join(to, name), 'utf8')).toBe(text(data))
      expect(statSync(path.join(to, name)).ino).not.toBe(statSync(path.join(from, name)).ino)
    }
  })

  it('replace a file already at a target, as writing would', async () => {
    const from = path.join(work, 'staged-4')
    const to = path.join(work, 'out-4')
    await writeTree(from, [['data/entries.json', 'new']])
    await writeTree(to, [['data/entries.json', 'old']])
    await linkTree(from, to, ['data/entries.json'])
    expect(readFileSync(path.join(to, 'data/entries.json'), 'utf8')).toBe('new')
  })

  it('report a file that cannot be linked for another reason', async () => {
    await expect(linkTree(path.join(work, 'missing'), path.join(work, 'out-3'), ['a.json'])).rejects.toThrow(/ENOENT/)
  })
})
