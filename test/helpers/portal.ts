/** Builds, serves and browses the portal for tests: a real production build, Debian's Chromium, axe-core. */
import {spawn} from 'node:child_process'
import {cp, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {chromium, type Browser, type Page} from 'playwright-core'
import handler from 'serve-handler'

export const root = path.resolve(import.meta.dirname, '../..')
const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs')

export interface BuildRun {
  code: number | null
  output: string
  ms: number
  outDir: string
}

/** Runs `docusaurus build` for an edition and a content folder, into a fresh folder. */
export async function buildPortal(options: {edition: 'public' | 'practitioners'; content?: string; outDir: string}): Promise<BuildRun> {
  const started = performance.now()
  const child = spawn(process.execPath, [docusaurus, 'build', '--out-dir', options.outDir], {
    cwd: root,
    env: {...process.env, PORTAL_EDITION: options.edition, ...(options.content ? {CONTINUUM_CONTENT: options.content} : {}), NO_COLOR: '1', FORCE_COLOR: '0'},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {code, output, ms: performance.now() - started, outDir: options.outDir}
}

/** A copy of the repo's content plus extra files, in a temporary folder. */
export async function contentWith(extra: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'continuum-content-'))
  await cp(path.join(root, 'practices'), path.join(dir, 'practices'), {recursive: true})
  await cp(path.join(root, 'cases'), path.join(dir, 'cases'), {recursive: true})
  for (const [file, text] of Object.entries(extra)) await writeFile(path.join(dir, file), text)
  return dir
}

export interface Served {
  url: string
  close(): Promise<void>
}

/** Serves a build folder on a free loopback port, with clean URLs as a static host would. */
export async function serve(dir: string): Promise<Served> {
  const server = http.createServer((request, response) => void handler(request, response, {public: dir, cleanUrls: true, trailingSlash: false}))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))}
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({content: axeSource})
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{violations: Array<{id: string; impact: string | null; help: string; nodes: Array<{target: string[]; failureSummary?: string}>}>}>
        }
      }
    ).axe
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }))
  })
}

/** Every file under a folder, recursively. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const item of await readdir(dir, {withFileTypes: true, recursive: true})) {
    if (item.isFile()) out.push(path.join(item.parentPath, item.name))
  }
  return out
}
