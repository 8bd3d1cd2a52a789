/**
 * The portal's own Markdown processing, for tests: an entry file compiled exactly as the docs
 * plugin compiles it during `docusaurus build`, and an allow-list check of what comes out.
 *
 * Pipeline: Docusaurus's `compileToJSX` (@docusaurus/mdx-loader, the function its webpack loader
 * calls) with `format: 'md'` and the loader options the docs plugin passes (admonitions, static
 * directories, a markdown-link resolver, the site's markdown config normalised by Docusaurus's own
 * config validation). That is remark-frontmatter, remark-directive, admonitions, headings, emoji,
 * toc, image and link transforms, GFM, then remark-rehype and rehype-raw (which turns raw HTML into
 * real elements — the reason `format: 'md'` is no protection on its own), then recma to JSX. A
 * last rehype plugin of ours captures the hast tree; the check walks that tree (elements,
 * properties, MDX JSX nodes left by Docusaurus's plugins, any `raw` node) and the heading HTML
 * strings of the table of contents, which the theme renders with dangerouslySetInnerHTML.
 * Chosen over a hand-built unified pipeline because that one would miss what Docusaurus adds
 * (directives, admonitions, link resolution that can fail the build, the TOC sink).
 *
 * Keep `markdownConfig()` in step with `markdown` and `future.v4` in docusaurus.config.ts.
 */
import {existsSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
export const siteDir = path.resolve(import.meta.dirname, '..', '..')

interface HastNode {
  type: string
  tagName?: string
  name?: string | null
  value?: unknown
  properties?: Record<string, unknown>
  attributes?: {type: string; name?: string; value?: unknown}[]
  children?: HastNode[]
  data?: {estree?: unknown}
}

interface Processed {
  content: string
  data: {continuumHast?: HastNode}
}

type CompileToJSX = (params: {
  filePath: string
  fileContent: string
  frontMatter: Record<string, unknown>
  options: unknown
  compilerName: 'client' | 'server'
}) => Promise<Processed>

const {compileToJSX} = require('@docusaurus/mdx-loader/lib/utils.js') as {compileToJSX: CompileToJSX}
const {validateConfig} = require('@docusaurus/core/lib/server/configValidation.js') as {
  validateConfig: (config: unknown, file: string) => {markdown: unknown; staticDirectories: string[]}
}
const {resolveMarkdownLinkPathname, aliasedSitePath} = require('@docusaurus/utils') as {
  resolveMarkdownLinkPathname: (
    link: string,
    context: {
      sourceFilePath: string
      sourceToPermalink: Map<string, string>
      siteDir: string
      contentPaths: {contentPath: string; contentPathLocalized: string}
    },
  ) => string | null
  aliasedSitePath: (file: string, siteDir: string) => string
}

/** The site's `markdown` settings, normalised by Docusaurus exactly as at build time. */
function siteConfig() {
  return validateConfig(
    {
      title: 'Continuum',
      url: 'http://localhost:3000',
      baseUrl: '/',
      future: {
        v4: {
          removeLegacyPostBuildHeadAttribute: true,
          useCssCascadeLayers: false,
          siteStorageNamespacing: true,
          fasterByDefault: true,
          mdx1CompatDisabledByDefault: true,
        },
        faster: true,
      },
      markdown: {format: 'md', hooks: {onBrokenMarkdownLinks: 'throw'}},
    },
    'docusaurus.config.ts',
  )
}

/** Sources of one docs instance (practices or cases): the files on disk plus the test's extra ones. */
function permalinks(folder: 'practices' | 'cases', extra: readonly string[]): Map<string, string> {
  const dir = path.join(siteDir, folder)
  const names = new Set([
    ...(existsSync(dir) ? readdirSync(dir) : []),
    ...extra.filter((file) => file.startsWith(`${folder}/`)).map((file) => file.slice(folder.length + 1)),
  ])
  return new Map(
    [...names]
      .filter((name) => name.endsWith('.md'))
      .map((name) => [aliasedSitePath(path.join(dir, name), siteDir), `/${folder}/${name.replace(/\.md$/, '')}`]),
  )
}

const captured = '__continuumCaptureHast'
function captureHast() {
  return (tree: HastNode, file: {data: Record<string, unknown>}) => {
    file.data.continuumHast = tree
  }
}
Object.defineProperty(captureHast, 'name', {value: captured})

const optionsCache = new Map<string, unknown>()

/**
 * The portal's own remark plugins for entries, as docusaurus.config.ts lists them in
 * `beforeDefaultRemarkPlugins`: the guard (src/site/remark-guard.ts) and the entry-link resolver
 * (src/site/remark-links.ts), the latter bound to a site whose corpus is the entries on disk plus
 * the test's. Each is used when its module exists (older checkouts have neither). A guard that
 * refuses what the validator let through makes the compile fail, which the fuzz property reports
 * as a validator gap all the same.
 */
async function portalRemarkPlugins(extra: readonly string[]): Promise<unknown[]> {
  const plugins: unknown[] = []
  const guard = path.join(siteDir, 'src', 'site', 'remark-guard.ts')
  if (existsSync(guard)) plugins.push(...(((await import(/* @vite-ignore */ guard)) as {contentRemarkPlugins?: unknown[]}).contentRemarkPlugins ?? []))
  const links = path.join(siteDir, 'src', 'site', 'remark-links.ts')
  if (existsSync(links)) {
    const {entryLinksPlugin} = (await import(/* @vite-ignore */ links)) as {entryLinksPlugin: (site: unknown) => unknown}
    const entries = (folder: 'practices' | 'cases') =>
      [...permalinks(folder, extra).values()].map((permalink) => ({path: `${permalink.slice(1)}.md`, permalink}))
    // `published` for the registry's corpus; `practices` and `cases` for older checkouts.
    plugins.push(
      entryLinksPlugin({
        contentRoot: siteDir,
        edition: 'public',
        corpus: {published: [...entries('practices'), ...entries('cases')], practices: entries('practices'), cases: entries('cases'), withheld: []},
      }),
    )
  }
  return plugins
}

/**
 * Loader options as the docs plugin builds them for one instance. Cached per instance: Docusaurus
 * caches its processors by the options object, as in a build.
 */
async function loaderOptions(folder: 'practices' | 'cases', extra: readonly string[], portalPlugins: boolean): Promise<unknown> {
  const key = `${folder}\0${portalPlugins}\0${extra.join('\0')}`
  let options = optionsCache.get(key)
  if (!options) {
    const config = siteConfig()
    const sourceToPermalink = permalinks(folder, extra)
    const contentPath = path.join(siteDir, folder)
    options = {
      admonitions: true,
      remarkPlugins: [],
      rehypePlugins: [captureHast],
      recmaPlugins: [],
      beforeDefaultRehypePlugins: [],
      beforeDefaultRemarkPlugins: portalPlugins ? await portalRemarkPlugins(extra) : [],
      staticDirs: config.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      markdownConfig: config.markdown,
      resolveMarkdownLink: ({linkPathname, sourceFilePath}: {linkPathname: string; sourceFilePath: string}) =>
        resolveMarkdownLinkPathname(linkPathname, {sourceFilePath, sourceToPermalink, siteDir, contentPaths: {contentPath, contentPathLocalized: contentPath}}),
    }
    optionsCache.set(key, options)
  }
  return options
}

export interface Rendered {
  /** The hast tree after rehype-raw: what React renders. */
  hast: HastNode
  /** Heading strings the theme's table of contents injects as HTML. */
  toc: string[]
  /** The compiled JSX module (for messages). */
  code: string
}

export interface RenderOptions {
  /** Other entries that exist, for link resolution (e.g. a context practice). */
  extra?: readonly string[]
  /**
   * Include the portal's own remark plugins (default true; FUZZ_RENDER_GUARD=0 turns them off, to
   * see what the validator alone lets onto a page).
   */
  portalPlugins?: boolean
}

/**
 * Compiles one entry file (front matter included, as the loader receives it) the way the portal
 * does. `relativePath` is the entry's path from the site root, e.g. `practices/fuzz.md`.
 */
export async function renderEntry(relativePath: string, fileContent: string, options: RenderOptions = {}): Promise<Rendered> {
  const folder = relativePath.startsWith('cases/') ? 'cases' : 'practices'
  const portalPlugins = options.portalPlugins ?? process.env.FUZZ_RENDER_GUARD !== '0'
  const loader = await loaderOptions(folder, [relativePath, ...(options.extra ?? [])], portalPlugins)
  // webpack's loader-runner drops a leading byte order mark before a loader sees the text.
  const content = fileContent.charCodeAt(0) === 0xfeff ? fileContent.slice(1) : fileContent
  const result = await compileToJSX({
    filePath: path.join(siteDir, relativePath),
    fileContent: content,
    // What site.frontMatterFor hands over: never an `mdx` key, so the format stays 'md'.
    frontMatter: {title: 'Fuzz'},
    options: loader,
    // 'server' compiles the same code; only the client compile logs unused-directive warnings.
    compilerName: 'server',
  })
  const hast = result.data.continuumHast
  if (!hast) throw new Error('the hast capture plugin did not run')
  return {hast, toc: tocValues(hast), code: result.content}
}

/** The `value` strings of the `toc` export (the TOC plugin writes it as an mdxjsEsm node). */
function tocValues(tree: HastNode): string[] {
  const values: string[] = []
  const walkEstree = (node: unknown, inToc: boolean): void => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const item of node) walkEstree(item, inToc)
      return
    }
    const record = node as Record<string, unknown>
    let toc = inToc
    if (record.type === 'VariableDeclarator' && (record.id as {name?: string} | undefined)?.name === 'toc') toc = true
    const key = record.key as {name?: string; value?: unknown} | undefined
    if (toc && record.type === 'Property' && (key?.name ?? key?.value) === 'value') {
      const value = record.value as {type?: string; value?: unknown} | undefined
      if (value?.type === 'Literal' && typeof value.value === 'string') values.push(value.value)
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'loc' && key !== 'range' && key !== 'position') walkEstree(child, toc)
  }
  const walk = (node: HastNode) => {
    if (node.type === 'mdxjsEsm') walkEstree(node.data?.estree, false)
    for (const child of node.children ?? []) walk(child)
  }
  walk(tree)
  return values
}

// ---------------------------------------------------------------------------------------------
// The allow-list

/** Elements plain Markdown (CommonMark, GFM, footnotes) and Docusaurus's Markdown plugins produce. */
export const allowedElements = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'img',
  'em',
  'strong',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'sup',
  'section',
  'div',
  'span',
  // Docusaurus admonitions (`:::note`), rendered by the theme's Admonition component, and the
  // title element Docusaurus makes of a label with markup.
  'admonition',
  'mdxadmonitiontitle',
  // Docusaurus wraps a leading `# title` in a header.
  'header',
  // GFM task lists: `<input type="checkbox" disabled>` only (checked below).
  'input',
])

/** Properties (hast names) allowed on any element; href and src are allowed with a safe scheme. */
export const allowedProperties = new Set([
  'id',
  'className',
  'href',
  'src',
  'alt',
  'title',
  'align',
  'start',
  'type',
  'disabled',
  'checked',
  'dataFootnotes',
  'dataFootnoteRef',
  'dataFootnoteBackref',
  'ariaDescribedBy',
  'ariaLabel',
  'ariaHidden',
  // Code fences: the info string after the language, kept by Docusaurus for the CodeBlock theme.
  'metastring',
  // Local images: Docusaurus reads their size from the file.
  'width',
  'height',
])

const forbiddenElements = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'svg',
  'math',
  'form',
  'input',
  'base',
  'link',
  'meta',
  'frame',
  'frameset',
  'applet',
  'template',
  'textarea',
  'select',
  'button',
  'noscript',
  'video',
  'audio',
  'source',
  'portal',
])

const safeSchemes = new Set(['http', 'https', 'mailto'])

/** Decodes HTML character references (named ones only for the few that matter in a scheme). */
function decodeEntities(value: string): string {
  return value.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(tab|newline|colon|lpar|rpar|amp|quot|apos|lt|gt|nbsp));?/gi,
    (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex) return String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff))
      if (dec) return String.fromCodePoint(Math.min(Number.parseInt(dec, 10), 0x10ffff))
      const named: Record<string, string> = {
        tab: '\t',
        newline: '\n',
        colon: ':',
        lpar: '(',
        rpar: ')',
        amp: '&',
        quot: '"',
        apos: "'",
        lt: '<',
        gt: '>',
        nbsp: '\u00a0',
      }
      return named[name!.toLowerCase()] ?? match
    },
  )
}

function percentDecode(value: string): string {
  // Decode valid %XX runs one by one, so one bad escape (`50%`) does not stop the others.
  return value.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    }
  })
}

/**
 * The scheme a browser would see in a URL attribute, after entity and percent decoding (repeated
 * until stable) and with control characters and whitespace removed; undefined when relative.
 */
export function schemeOf(url: string): string | undefined {
  let value = url
  for (let round = 0; round < 5; round++) {
    const next = percentDecode(decodeEntities(value)).replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g, '')
    if (next === value) break
    value = next
  }
  const match = /^([^/?#]*?):/.exec(value)
  return match ? match[1]!.toLowerCase() : undefined
}

export interface Violation {
  what: string
  where: string
}

function describe(node: HastNode): string {
  const text = JSON.stringify(node, (key, value) => (key === 'position' || key === 'children' || key === 'data' ? undefined : value))
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}

function checkUrl(name: string, value: unknown, node: HastNode, out: Violation[]) {
  const values = Array.isArray(value) ? value : [value]
  for (const item of values) {
    if (typeof item !== 'string') continue
    const scheme = schemeOf(item)
    if (scheme !== undefined && !safeSchemes.has(scheme)) out.push({what: `${name} with scheme \`${scheme}:\``, where: describe(node)})
  }
}

function checkElement(tag: string, properties: Record<string, unknown>, node: HastNode, out: Violation[]) {
  const name = tag.toLowerCase()
  const isTaskCheckbox =
    name === 'input' &&
    properties.type === 'checkbox' &&
    properties.disabled === true &&
    Object.keys(properties).every((key) => ['type', 'disabled', 'checked'].includes(key))
  if ((forbiddenElements.has(name) || !allowedElements.has(name)) && !isTaskCheckbox) out.push({what: `element <${tag}>`, where: describe(node)})
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue
    if (/^on/i.test(key)) out.push({what: `event handler ${key}`, where: describe(node)})
    else if (!allowedProperties.has(key)) out.push({what: `attribute ${key} on <${tag}>`, where: describe(node)})
    if (['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'background', 'cite', 'data'].includes(key)) checkUrl(key, value, node, out)
  }
}

/** Everything in a rendered entry outside the allow-list. Empty means safe. */
export function violations(rendered: Rendered, parseHtml: (html: string) => HastNode): Violation[] {
  const out: Violation[] = []
  const walk = (node: HastNode) => {
    switch (node.type) {
      case 'root':
      case 'text':
      case 'comment':
      case 'doctype':
        break
      case 'element':
        checkElement(node.tagName ?? '', node.properties ?? {}, node, out)
        break
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        // Only Docusaurus's own plugins make these in 'md' format (local images become require() calls).
        const properties: Record<string, unknown> = {}
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
            out.push({what: `JSX attribute of type ${attribute.type}`, where: describe(node)})
            continue
          }
          const value = attribute.value
          if (value && typeof value === 'object') {
            const expression = String((value as {value?: unknown}).value)
            const required = /^require\("([^"]*)"\)\.default(?: \+ '[\s\S]*')?$/.exec(expression)?.[1]
            if (attribute.name !== 'src' || required === undefined) out.push({what: `JSX expression ${attribute.name}={${expression}}`, where: describe(node)})
            // A local image Docusaurus bundles: a file, never a folder (`![x](#a)` requires "./").
            else if (/(^|[!/])\.{0,2}\/?$/.test(required))
              out.push({what: `image bundling the folder \`${required.split('!').at(-1)}\``, where: describe(node)})
            continue
          }
          properties[attribute.name === 'class' ? 'className' : attribute.name] = value ?? true
        }
        checkElement(node.name ?? '<fragment>', properties, node, out)
        break
      }
      case 'mdxjsEsm':
        // The toc and other exports Docusaurus writes; the TOC strings are checked below.
        break
      case 'raw':
        if (!/^\s*<!--[\s\S]*?-->\s*$/.test(String(node.value)) || /<!--[\s\S]*?-->[\s\S]*</.test(String(node.value)))
          out.push({what: 'raw HTML node', where: describe(node)})
        break
      default:
        out.push({what: `node of type ${node.type}`, where: describe(node)})
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(rendered.hast)
  for (const value of rendered.toc) {
    const before = out.length
    walk(parseHtml(value))
    for (const violation of out.slice(before)) violation.where = `table of contents ${JSON.stringify(value)}: ${violation.where}`
  }
  return out
}

let htmlParser: ((html: string) => HastNode) | undefined

/**
 * An HTML fragment parser: parse5 via hast-util-raw, the library rehype-raw runs in the build.
 */
export async function fragmentParser(): Promise<(html: string) => HastNode> {
  if (htmlParser) return htmlParser
  const {raw} = (await import('hast-util-raw')) as unknown as {raw: (tree: unknown) => HastNode}
  htmlParser = (html: string) => raw({type: 'root', children: [{type: 'raw', value: html}]})
  return htmlParser
}
