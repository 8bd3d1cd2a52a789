/**
 * Glue between the corpus and Docusaurus's configuration: the corpus is loaded (and validated)
 * once per process, the docs instances leave out withheld entries, and every Markdown file of an
 * entry is read through `frontMatterFor`, which refuses anything the validator refuses.
 */
import path from 'node:path'
import {
  type Corpus,
  CorpusError,
  editionOf,
  type Edition,
  loadCorpus,
  loadCorpusStaged,
  permalinkOf,
  type Published,
  revalidate,
  bodyOf,
} from '../content/corpus.js'
import {headerOf} from '../content/views.js'
import {type Histories, readHistories, redactHistories} from '../content/history.js'
import {reviewMonthsFrom, todayFrom} from '../model/review.js'
import {docusaurusCommand, portalUrlOf} from '../content/portal-url.js'
import {entryRecordOf} from '../content/views/record.js'
import {slugOf} from '../model/slug.js'
import {contentFolders, typeOf, typeOfFolder} from '../model/types/index.js'
import {cacheDisabledBy, ValidationCache} from '../validate/cache.js'
import {normaliseText} from '../validate/load.js'
import type {LintResult} from '../validate/report/format.js'
import {ruleSetVersion} from '../validate/ruleset.js'
import {budgetFrom} from '../validate/validate.js'
import ui from '../content/editorial/ui.en.json' with {type: 'json'}

export interface Site {
  edition: Edition
  /** Folder holding the content folders (the repo root unless CONTINUUM_CONTENT says otherwise). */
  contentRoot: string
  corpus: Corpus
  /** Each published entry's change history from git (empty outside a checkout), cleared for the edition. */
  histories: Histories
  /** Review interval in months (CONTINUUM_REVIEW_MONTHS, default 18) and the build's date (CONTINUUM_TODAY). */
  reviewMonths: number
  today: string
  /** Absolute address of the site with its base URL (PORTAL_URL, PORTAL_BASE_URL), ending in `/`. */
  siteUrl: string
  frontMatterFor(filePath: string, fileContent: string): {frontMatter: Record<string, unknown>; content: string} | undefined
  /**
   * Settles once every rule has run on every entry: at once, unless this is a production build
   * (`docusaurus build`), which starts bundling when what the pages need has passed and runs the
   * deferred rules (anonymisation) meanwhile. Rejects with the validator's located report.
   */
  validated(): Promise<void>
}

/** An error whose report is the message itself: the located lines, without a stack trace under them. */
export class LocatedError extends Error {
  constructor(message: string) {
    super(message)
    this.stack = message
  }
}

function located(message: string): Error {
  return new LocatedError(message)
}

const sites = new Map<string, Promise<Site>>()

let openDeferred!: () => void
/** Opened by startDeferredRules. */
const deferredGate = new Promise<void>((resolve) => (openDeferred = resolve))

/**
 * Lets a production build's deferred rules start (plugin.ts, once the pages' data is loaded):
 * until then they would take the cores from the loading that bundling waits for, while beside
 * the bundler they find cores it leaves idle. Opening twice does nothing more.
 */
export function startDeferredRules(): void {
  openDeferred()
}
let validationWorker: URL | undefined

/** The worker script that lets a large corpus be validated on every core (set by the bundle's entry). */
export function setValidationWorker(url: URL) {
  validationWorker = url
}

let staticWorkerUrl: URL | undefined

/** The worker script that builds the search index and the open data export beside the rest of the build (set by the bundle's entry). */
export function setStaticWorker(url: URL) {
  staticWorkerUrl = url
}

/** The static files worker's script; undefined run from sources (the job then runs inline). */
export function staticWorker(): URL | undefined {
  return staticWorkerUrl
}

/** The site of an edition and content root; loaded once per process. */
export function siteOf(siteDir: string, env: NodeJS.ProcessEnv = process.env): Promise<Site> {
  const edition = editionOf(env.PORTAL_EDITION)
  const contentRoot = path.resolve(siteDir, env.CONTINUUM_CONTENT ?? '.')
  const key = `${edition}\0${contentRoot}`
  let site = sites.get(key)
  if (!site) {
    site = createSite(edition, contentRoot)
    sites.set(key, site)
  }
  return site
}

/**
 * The entry path (`practices/x.md`) a Markdown file the site compiles stands for: a file of a
 * content folder, or its translation under `i18n/<locale>/docusaurus-plugin-content-docs-<folder>/current/`
 * (validated as that entry). Undefined for any other Markdown.
 */
export function contentPathOf(relative: string): string | undefined {
  const translated = /^i18n\/[^/]+\/docusaurus-plugin-content-docs-([a-z0-9-]+)\/current\/(.+)$/.exec(relative)
  const slash = relative.indexOf('/')
  const [folder, rest] = translated ? [translated[1]!, translated[2]!] : [relative.slice(0, Math.max(0, slash)), relative.slice(slash + 1)]
  if (!typeOfFolder(folder) || rest.includes('/') || !rest.endsWith('.md')) return undefined
  return `${folder}/${rest}`
}

/**
 * Whether this process builds the site for publishing (`docusaurus build`, whose postBuild waits for
 * the deferred rules): only then may bundling start before every rule has run. The development
 * server and every other command validate everything first. CONTINUUM_BUILD_OVERLAP=0: never.
 */
export function overlapWanted(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return env.CONTINUUM_BUILD_OVERLAP !== '0' && docusaurusCommand(argv) === 'build'
}

/** With Docusaurus's timings (DOCUSAURUS_PERF_LOGGER=true), a line saying how long a step of the portal took. */
export function perfLog(what: string, ms: number): void {
  if (process.env.DOCUSAURUS_PERF_LOGGER === 'true') console.log(`[PERF] continuum: ${what} - ${(ms / 1000).toFixed(2)} seconds`)
}

/** Warnings of one rule the build prints one by one; past that, a count (the CLI lists them all). */
export const WARNINGS_PER_RULE = 10

/**
 * The build's warning lines: each warning located, at most `perRule` of each rule, then one line per
 * rule saying how many more there are and how to list them. A corpus with hundreds of entries due for
 * review would otherwise bury every other line of the build.
 */
export function warningLines(results: readonly LintResult[], perRule = WARNINGS_PER_RULE): string[] {
  const lines: string[] = []
  const shown = new Map<string, number>()
  const more = new Map<string, number>()
  for (const result of results) {
    for (const message of result.messages) {
      if (message.severity !== 1) continue
      const count = shown.get(message.ruleId) ?? 0
      if (count < perRule) {
        shown.set(message.ruleId, count + 1)
        lines.push(`[continuum] ${result.filePath}:${message.line}:${message.column} warning ${message.message} (${message.ruleId})`)
      } else more.set(message.ruleId, (more.get(message.ruleId) ?? 0) + 1)
    }
  }
  for (const [ruleId, count] of more) {
    lines.push(`[continuum] … and ${count} more ${ruleId} warning${count === 1 ? '' : 's'}: \`npm run continuum -- validate\` lists them all.`)
  }
  return lines
}

function printWarnings(corpus: Corpus) {
  for (const line of warningLines(corpus.results)) console.warn(line)
}

async function createSite(edition: Edition, contentRoot: string): Promise<Site> {
  let corpus: Corpus
  let validation: Promise<void> = Promise.resolve()
  try {
    const budget = budgetFrom(process.env.CONTINUUM_FILE_BUDGET_MS)
    if (budget.error) throw located(`CONTINUUM_FILE_BUDGET_MS: ${budget.error}`)
    // The validation cache the CLI also uses: the build checks again only what changed (CONTINUUM_CACHE=0: everything).
    const cache = cacheDisabledBy(process.env) ? undefined : new ValidationCache(contentRoot, ruleSetVersion(), {hashAlways: true, build: true})
    const options = {
      ...(validationWorker ? {worker: validationWorker} : {}),
      ...(budget.budgetMs ? {budgetMs: budget.budgetMs} : {}),
      ...(cache ? {cache} : {}),
    }
    // With Docusaurus's timings (DOCUSAURUS_PERF_LOGGER=true), when each part of validation ended.
    const started = performance.now()
    const perf = (what: string) => perfLog(what, performance.now() - started)
    if (overlapWanted(process.argv, process.env)) {
      const staged = await loadCorpusStaged(contentRoot, edition, {...options, deferUntil: deferredGate})
      perf('validation before bundling')
      corpus = staged.corpus
      validation = staged.validated
        .finally(() => perf('validation, deferred rules included'))
        .then(
          () => printWarnings(corpus),
          (error: unknown) => {
            throw error instanceof CorpusError ? located(error.message) : error
          },
        )
      // Awaited by the plugin's postBuild; a build that stops earlier has nothing to report.
      validation.catch(() => undefined)
    } else {
      corpus = await loadCorpus(contentRoot, edition, options)
      perf('validation')
      printWarnings(corpus)
    }
  } catch (error) {
    // Docusaurus prints the message: make it the validator's located report, not a stack.
    if (error instanceof CorpusError) throw located(error.message)
    throw error
  }
  const byPath = new Map<string, Published>(corpus.published.map((entry) => [entry.path, entry]))
  const withheld = new Set(corpus.withheld)
  // Commit subjects are free text: in an edition, one naming a withheld entry is not shown.
  const withheldNames = corpus.entries
    .filter((entry) => withheld.has(entry.path) && entry.data)
    .flatMap((entry) => [entry.data!.title, entry.data!.id ?? '', slugOf(entry.path)])
  const histories = redactHistories(await readHistories(contentRoot, contentFolders()), withheldNames, ui.entry.historyRedacted)
  const reviewMonths = reviewMonthsFrom(process.env)
  const today = todayFrom(process.env)
  const siteUrl = portalUrlOf(process.env).absolute
  return {
    edition,
    contentRoot,
    corpus,
    histories,
    reviewMonths,
    today,
    siteUrl,
    validated: () => validation,
    frontMatterFor(filePath, fileContent) {
      const relative = contentPathOf(path.relative(contentRoot, filePath).replaceAll('\\', '/'))
      if (relative === undefined) {
        throw located(
          `${path.relative(contentRoot, filePath).replaceAll('\\', '/')}: Markdown outside the content folders (${contentFolders()
            .map((folder) => `${folder}/`)
            .join(
              ', ',
            )}) is not published.\nEvery page the portal compiles from Markdown goes through the validator: move the file into a content folder, or out of the site.`,
        )
      }
      // The docs instances exclude withheld entries (docs-plugin.ts); reaching one here is a bug.
      if (withheld.has(relative)) throw new Error(`${relative} is withheld from the ${edition} edition and must not be compiled.`)
      let entry = byPath.get(relative)
      if (!entry || entry.source !== normaliseText(fileContent)) {
        // Edited since the corpus was loaded (dev server) or new: validate it against the others.
        const checked = revalidate(corpus, relative, fileContent)
        if (checked.errors) throw located(`Continuum entry did not validate; nothing was published.\n\n${checked.errors}`)
        const data = checked.entry!.data!
        const type = typeOf(data.type)!
        if (!type.visibleIn(data, edition)) {
          throw new Error(`${relative} is not part of the ${edition} edition now: restart the portal so that it leaves the entry out.`)
        }
        const slug = slugOf(relative)
        entry = {
          data,
          type,
          path: relative,
          slug,
          permalink: permalinkOf(data, slug),
          body: bodyOf(checked.entry!),
          text: '',
          source: normaliseText(fileContent),
        }
      }
      const {data, type} = entry
      return {
        frontMatter: {
          title: data.title,
          description: type.summaryOf(data),
          slug: `/${entry.slug}`,
          pagination_prev: null,
          pagination_next: null,
          keywords: type.keywordsOf(data),
          continuum: {
            ...headerOf(entry, corpus),
            record: entryRecordOf(entry, {siteUrl, reviewMonths, today, ...(histories.has(entry.path) ? {history: histories.get(entry.path)!} : {})}),
          },
        },
        content: entry.body,
      }
    },
  }
}
