/** The build's static files: written once under one folder, then linked (or, across file systems, copied) into the output. */
import {existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
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
const {linkTree, syncTree, writeTree} = await import('../src/site/write-tree.js')

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

/** Every file under `dir`, `/`-separated, with its text. */
function tree(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  if (!existsSync(dir)) return found
  for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    found[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8')
  }
  return found
}

describe('syncTree', () => {
  it('leaves the folder holding exactly the files asked for, whatever it held before (property)', async () => {
    let run = 0
    const names = fc.constantFrom('e/a.html', 'e/b.html', 'cite/a.bib', 'cite/deep/x.json', 'data/entries.json', 'top.json')
    const wanted = fc.dictionary(names, fc.string({maxLength: 6}), {maxKeys: 6})
    await fc.assert(
      fc.asyncProperty(fc.array(wanted, {minLength: 1, maxLength: 5}), async (steps) => {
        const dir = path.join(work, `sync-property-${run++}`)
        for (const step of steps) {
          await syncTree(dir, Object.entries(step))
          expect(tree(dir)).toEqual(step)
        }
      }),
      {numRuns: 40},
    )
  })

  it('writes nothing the second time: every file keeps its inode and time', async () => {
    const dir = path.join(work, 'sync-again')
    expect(await syncTree(dir, files)).toEqual({written: files.length, kept: 0, removed: 0})
    const before = files.map(([name]) => statSync(path.join(dir, name)))
    expect(await syncTree(dir, files)).toEqual({written: 0, kept: files.length, removed: 0})
    files.forEach(([name], i) => {
      const now = statSync(path.join(dir, name))
      expect([now.ino, now.mtimeMs]).toEqual([before[i]!.ino, before[i]!.mtimeMs])
    })
  })

  it("replaces a changed file by a new one: a build's hard link to the old one keeps the old bytes", async () => {
    const dir = path.join(work, 'sync-changed')
    await syncTree(dir, [
      ['data/entries.json', 'first'],
      ['top.json', 'same'],
    ])
    const published = path.join(work, 'sync-changed-published.json')
    linkSync(path.join(dir, 'data/entries.json'), published)
    expect(
      await syncTree(dir, [
        ['data/entries.json', 'second'],
        ['top.json', 'same'],
      ]),
    ).toEqual({written: 1, kept: 1, removed: 0})
    expect(readFileSync(path.join(dir, 'data/entries.json'), 'utf8')).toBe('second')
    expect(readFileSync(published, 'utf8')).toBe('first')
  })

  it('writes again a file touched since (same length, other bytes), and removes what is no longer wanted', async () => {
    const dir = path.join(work, 'sync-touched')
    await syncTree(dir, [
      ['e/a.html', 'aaaa'],
      ['e/b.html', 'bbbb'],
    ])
    writeFileSync(path.join(dir, 'e/a.html'), 'zzzz')
    expect(await syncTree(dir, [['e/a.html', 'aaaa']])).toEqual({written: 1, kept: 0, removed: 1})
    expect(tree(dir)).toEqual({'e/a.html': 'aaaa'})
  })

  it('starts from an empty folder when its record is missing or unreadable (a run that did not finish)', async () => {
    const dir = path.join(work, 'sync-record')
    await syncTree(dir, [['e/a.html', 'a']])
    for (const record of [undefined, 'not json', '{"v":2,"files":{}}']) {
      writeFileSync(path.join(dir, 'e/stray.html'), 'left behind')
      if (record === undefined) rmSync(`${dir}.manifest.json`)
      else writeFileSync(`${dir}.manifest.json`, record)
      expect(await syncTree(dir, [['e/a.html', 'a']])).toEqual({written: 1, kept: 0, removed: 0})
      expect(tree(dir)).toEqual({'e/a.html': 'a'})
    }
  })
})
