/**
 * Property-based fuzzing of the validator and of what the portal renders from what it accepts.
 *
 * Properties, over random and adversarial Markdown bodies, mutated YAML front matter and arbitrary
 * bytes:
 *   - validateSources never throws;
 *   - its results serialise with formatJson to JSON that parses back, and every message has a
 *     ruleId of a registered rule module (with that rule's default severity), a message, a hint,
 *     line ≥ 1 and column ≥ 1;
 *   - each call returns within a budget (generous: a property, not a benchmark);
 *   - every file it accepts (errorCount 0) compiles through the portal's own Markdown pipeline
 *     (Docusaurus's mdx-loader with format 'md', see helpers/render.ts) without error, into a tree
 *     with no element, attribute or URL scheme outside an allow-list.
 * Plus fixed regression examples: the inputs named in the hardening issue, and the smallest
 * counterexamples this suite has found.
 *
 * Seeded so failures reproduce. Environment:
 *   FUZZ_SEED       seed (default 20261125)
 *   FUZZ_RUNS       runs per property (default: see `defaultRuns`, about 2,500 cases in all); the
 *                   long-run property, whose cases are thousands of times larger, takes a thirtieth
 *   FUZZ_PATH       replay one counterexample (the path printed on failure, with its seed)
 *   FUZZ_SCALE      multiplies the sizes of pathological pieces (default 1)
 *   FUZZ_RENDER_GUARD=0  render without the portal's own remark guard (src/site/remark-guard.ts), to
 *                   see what the validator alone would let onto a page
 *   FUZZ_BUDGET_MS  time budget per validation (default: the validator's own per-file budget,
 *                   limits.fileBudgetMs or 5 s, plus 3 s: it checks its budget between rules, and a
 *                   shared two-core machine needs some slack; a property, not a benchmark)
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatJson, type LintResult} from '../src/validate/report/format.js'
import {limits} from '../src/validate/limits.js'
import {ruleById} from '../src/validate/rules/index.js'
import {validateSources} from '../src/validate/validate.js'
import {entryText} from './helpers/entry.js'
import {
  anyBytes,
  contextPath,
  contextText,
  frontMatterFile,
  fuzzCaseFront,
  fuzzPath,
  fuzzPracticeFront,
  type FuzzFile,
  longRunFile,
  markdownFile,
  mostlyBenignFile,
} from './helpers/fuzz-arbitraries.js'
import {fragmentParser, renderEntry, violations} from './helpers/render.js'

const seed = Number(process.env.FUZZ_SEED ?? 20261125)
const runsOverride = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined
const replayPath = process.env.FUZZ_PATH
const budgetMs = Number(process.env.FUZZ_BUDGET_MS ?? ((limits as {fileBudgetMs?: number}).fileBudgetMs ?? 5000) + 3000)

/** Runs per property in the default run: about 2,500 cases, under a minute on two cores. */
const defaultRuns = {markdown: 600, frontMatter: 500, bytes: 400, longRuns: 20, render: 1000}

/** Test timeout: the default run is short, but a failure's shrinking and a large FUZZ_RUNS take longer. */
const timeout = Math.max(300_000, (runsOverride ?? 0) * 200)

const context = [{path: contextPath, bytes: Buffer.from(contextText)}]

interface Validation {
  results: LintResult[]
  ms: number
}

interface Outcome {
  results?: LintResult[]
  error?: unknown
  ms: number
}

/**
 * Validation outcomes by input. The never-throws, well-formed and budget properties draw the same
 * inputs from the same seed, so each input is validated once and judged three times.
 */
const outcomes = new Map<string, Outcome>()

/** Validates one file as the CLI would, with the practice a case's relatedPractices names. */
function outcomeOf(path: string, bytes: Uint8Array): Outcome {
  const key = `${path}\0${Buffer.from(bytes).toString('latin1')}`
  let outcome = outcomes.get(key)
  if (!outcome) {
    const start = performance.now()
    try {
      const {results} = validateSources([{path, bytes}], {context})
      outcome = {results, ms: performance.now() - start}
    } catch (error) {
      outcome = {error, ms: performance.now() - start}
    }
    if (outcomes.size > 5000) outcomes.clear()
    outcomes.set(key, outcome)
  }
  return outcome
}

/** Validation must not throw; a throw becomes a failure naming the error. */
function validateOrFail(path: string, bytes: Uint8Array): Validation {
  const {results, error, ms} = outcomeOf(path, bytes)
  if (!results) throw new Error(`validateSources threw ${(error as Error)?.name}: ${(error as Error)?.message}`)
  return {results, ms}
}

/** The JSON report parses back and every message is complete and located. */
function expectWellFormed(results: LintResult[]) {
  const parsed = JSON.parse(formatJson(results)) as LintResult[]
  expect(parsed).toHaveLength(results.length)
  for (const result of parsed) {
    expect(typeof result.filePath).toBe('string')
    expect(result.errorCount).toBe(result.messages.filter((message) => message.severity === 2).length)
    for (const message of result.messages) {
      const where = JSON.stringify(message)
      const rule = ruleById(message.ruleId)
      expect(rule, `ruleId of a registered rule in ${where}`).toBeDefined()
      expect(message.severity, `default severity of ${message.ruleId} in ${where}`).toBe(rule!.meta.severity === 'error' ? 2 : 1)
      expect(typeof message.message === 'string' && message.message.length > 0, `message in ${where}`).toBe(true)
      expect(typeof message.hint === 'string' && message.hint.length > 0, `hint in ${where}`).toBe(true)
      expect(Number.isInteger(message.line) && message.line >= 1, `line in ${where}`).toBe(true)
      expect(Number.isInteger(message.column) && message.column >= 1, `column in ${where}`).toBe(true)
      expect([1, 2], `severity in ${where}`).toContain(message.severity)
    }
  }
}

function expectWithinBudget(ms: number) {
  expect(ms, `validation took ${Math.round(ms)} ms, over the ${budgetMs} ms budget`).toBeLessThanOrEqual(budgetMs)
}

/** Renders an accepted file with the portal pipeline and checks it against the allow-list. */
async function expectSafeRendering(file: FuzzFile) {
  const parse = await fragmentParser()
  let rendered
  try {
    rendered = await renderEntry(file.path, Buffer.from(file.text).toString('utf8'), {extra: [contextPath]})
  } catch (error) {
    throw new Error(
      `accepted by the validator, but the portal's Markdown processing failed: ${String((error as Error)?.message ?? error)
        .split('\n')
        .slice(0, 3)
        .join(' ')}`,
      {cause: error},
    )
  }
  const found = violations(rendered, parse)
  if (found.length > 0)
    throw new Error(
      `accepted by the validator, but renders outside the allow-list:\n${found
        .slice(0, 5)
        .map((v) => `  ${v.what}: ${v.where}`)
        .join('\n')}`,
    )
}

/** Compact text for reports: the stock front matter and sections named, runs written `unit×count`. */
export function summarise(text: string, max = 1500): string {
  let named = text
  for (const eol of ['\n', '\r\n'])
    named = named
      .replaceAll(fuzzPracticeFront.replaceAll('\n', eol), '⟪practice front matter⟫')
      .replaceAll(fuzzCaseFront.replaceAll('\n', eol), '⟪case front matter⟫')
  named = named.replace(/## ([A-Z][a-z ]+)\r?\n\r?\nText about ([a-z ]+)\.\r?\n/g, (section, heading: string, lower: string) =>
    heading.toLowerCase() === lower ? `⟪§${heading}⟫\n` : section,
  )
  const compact = named.replace(/([\s\S]{1,12}?)\1{7,}/g, (run, unit: string) => `⟪${JSON.stringify(unit).slice(1, -1)}×${run.length / unit.length}⟫`)
  const json = JSON.stringify(compact)
  return json.length > max ? `${json.slice(0, max)}…(${text.length} chars)` : json
}

/** Makes fast-check print a file compactly in its counterexample. */
function printable<T extends FuzzFile>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return arbitrary.map((file) =>
    Object.assign(
      Object.create({
        [fc.toStringMethod]() {
          return `${(this as FuzzFile).path} ${summarise((this as FuzzFile).text)}`
        },
      }) as T,
      file,
    ),
  )
}

const printableBytes = anyBytes.map((bytes) => Object.assign(bytes, {[fc.toStringMethod]: () => `bytes ${summarise(Buffer.from(bytes).toString('latin1'))}`}))

/** Runs a property with the suite's seed and runs; on failure, says how to reproduce. */
async function assertProperty<Ts extends unknown[]>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<Ts> | fc.IPropertyWithHooks<Ts>,
  runs: number,
  share = 1,
) {
  const numRuns = runsOverride === undefined ? runs : Math.max(1, Math.round(runsOverride * share))
  // Shrinking a slow counterexample takes a while: stop in time to report the smallest one so far.
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, {
    seed,
    numRuns,
    ...(replayPath ? {path: replayPath} : {}),
    verbose: fc.VerbosityLevel.None,
    interruptAfterTimeLimit: timeout - 60_000,
  })
  if (details.failed) {
    const report = fc.defaultReportMessage(details) ?? 'property failed'
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
    throw new Error(
      `${report}\n\nFailure: ${cause}\n\nReproduce: FUZZ_SEED=${seed} FUZZ_RUNS=${numRuns}${details.counterexamplePath ? ` FUZZ_PATH=${details.counterexamplePath}` : ''} npx vitest run test/fuzz.test.ts -t "${name}"`,
    )
  }
}

describe('fuzz: validate never throws, reports well-formed JSON, within budget', () => {
  for (const [family, arbitrary, runs] of [
    ['random Markdown bodies', printable(markdownFile), defaultRuns.markdown],
    ['mutated front matter', printable(frontMatterFile), defaultRuns.frontMatter],
  ] as const) {
    it(
      `never throws on ${family}`,
      async () => {
        await assertProperty(
          `never throws on ${family}`,
          fc.property(arbitrary, (file) => {
            validateOrFail(file.path, Buffer.from(file.text))
          }),
          runs,
        )
      },
      timeout,
    )

    it(
      `well-formed JSON and messages on ${family}`,
      async () => {
        await assertProperty(
          `well-formed JSON and messages on ${family}`,
          fc.property(arbitrary, (file) => {
            const {results} = outcomeOf(file.path, Buffer.from(file.text))
            if (results) expectWellFormed(results) // a throw is the never-throws property's to report
          }),
          runs,
        )
      },
      timeout,
    )

    it(
      `within budget on ${family}`,
      async () => {
        await assertProperty(
          `within budget on ${family}`,
          fc.property(arbitrary, (file) => {
            expectWithinBudget(outcomeOf(file.path, Buffer.from(file.text)).ms)
          }),
          runs,
        )
      },
      timeout,
    )
  }

  it(
    'never throws, well-formed, within budget on long runs and deep nesting',
    async () => {
      await assertProperty(
        'never throws, well-formed, within budget on long runs and deep nesting',
        fc.property(printable(longRunFile), (file) => {
          const {results, ms} = validateOrFail(file.path, Buffer.from(file.text))
          expectWellFormed(results)
          expectWithinBudget(ms)
        }),
        defaultRuns.longRuns,
        1 / 30,
      )
    },
    timeout,
  )

  it(
    'never throws, well-formed, within budget on arbitrary bytes',
    async () => {
      await assertProperty(
        'never throws, well-formed, within budget on arbitrary bytes',
        fc.property(
          printableBytes,
          fc.constantFrom(fuzzPath.practice, fuzzPath.case, 'draft.md', 'practices/Bad Name.MD', '../../etc/passwd'),
          (bytes, path) => {
            const {results, ms} = validateOrFail(path, bytes)
            expectWellFormed(results)
            expectWithinBudget(ms)
          },
        ),
        defaultRuns.bytes,
      )
    },
    timeout,
  )
})

describe('fuzz: what validate accepts, the portal renders safely', () => {
  it(
    'every accepted entry compiles with the portal pipeline into allow-listed HTML',
    async () => {
      let accepted = 0
      let total = 0
      const arbitrary = printable(
        fc.oneof({weight: 6, arbitrary: mostlyBenignFile}, {weight: 2, arbitrary: markdownFile}, {weight: 1, arbitrary: frontMatterFile}),
      )
      await assertProperty(
        'every accepted entry compiles',
        fc.asyncProperty(arbitrary, async (file) => {
          total++
          const {results} = outcomeOf(file.path, Buffer.from(file.text))
          if (!results || results[0]!.errorCount > 0) return // a throw is reported by the never-throws properties
          accepted++
          await expectSafeRendering(file)
        }),
        defaultRuns.render,
      )
      // Guard against a vacuous property: a fair share of inputs must reach the renderer.
      if (!replayPath) expect(accepted, `only ${accepted} of ${total} inputs were accepted and rendered`).toBeGreaterThan(total * 0.1)
    },
    timeout,
  )
})

// ---------------------------------------------------------------------------------------------
// Fixed regression examples (from the hardening issue)

const regressions: {name: string; paragraph: string; types?: ('practice' | 'case')[]}[] = [
  {
    name: 'suppression comment followed by <script> on the same line',
    paragraph: '<!-- continuum-disable-next anon/person-name -- a long enough reason --><script>alert(1)</script>',
  },
  {
    name: 'suppression comment, <script>, then a closing comment',
    paragraph: '<!-- continuum-disable-next anon/person-name -- a long enough reason --><script>alert(1)</script><!-- -->',
  },
  {name: '`>` × 10000', paragraph: `${'>'.repeat(10000)} x`},
  {name: '`>` × 1000', paragraph: `${'>'.repeat(1000)} x`},
  {name: '[a](50%)', paragraph: '[a](50%)'},
  // The large ones cost seconds each: one entry type is enough.
  {name: '`A-` × 20000', paragraph: 'A-'.repeat(20000), types: ['practice']},
  {name: '6000 e-mail addresses', paragraph: 'a@b.cd '.repeat(6000), types: ['case']},
  {name: '`Anna (12) ` × 8000', paragraph: 'Anna (12) '.repeat(8000), types: ['practice']},
  // Found by this suite.
  {name: 'a cue word then 3000 blanks (id-number pattern)', paragraph: `ID ${' '.repeat(3000)}!`, types: ['practice']},
  {name: 'a cue word then an overlong word (blanked, then the id-number pattern)', paragraph: `prison ${'x'.repeat(3000)}`, types: ['practice']},
  {name: 'an mdx-code-block fence (Docusaurus unwraps it before parsing)', paragraph: '```mdx-code-block\n<script>alert(1)</script>\n```'},
  {name: 'an image with a malformed escape', paragraph: '![a](%)'},
  {name: 'a local image that does not exist', paragraph: '![a](missing.png)', types: ['practice']},
  {name: 'an image with an empty address', paragraph: '![a]()', types: ['practice']},
  {name: 'an image whose address is only a fragment', paragraph: '![a](#x)', types: ['practice']},
  {name: 'a link with an empty address', paragraph: '[a](<>)'},
  {name: 'an absolute link that is no URL', paragraph: '[a](http://[)'},
  {name: 'a link with a scheme outside http, https and mailto', paragraph: '[a](tel:+3212345678) [b](pathname:///feeds/all.json) [c](x:y)'},
  {name: 'a live code block', paragraph: '```jsx live\nalert(1)\n```'},
]

describe('fuzz regressions', () => {
  for (const type of ['practice', 'case'] as const) {
    for (const {name, paragraph, types} of regressions) {
      if (types && !types.includes(type)) continue
      it(
        `${type}: ${name}`,
        async () => {
          const file: FuzzFile = {
            type,
            path: fuzzPath[type],
            text: entryText({type, front: type === 'practice' ? fuzzPracticeFront : fuzzCaseFront, paragraph}),
          }
          const {results, ms} = validateOrFail(file.path, Buffer.from(file.text))
          expectWellFormed(results)
          expectWithinBudget(ms)
          if (results[0]!.errorCount === 0) await expectSafeRendering(file)
        },
        timeout,
      )
    }
  }

  it(
    'the unmodified fuzz entries are accepted and render safely (the harness itself works)',
    async () => {
      for (const type of ['practice', 'case'] as const) {
        const file: FuzzFile = {type, path: fuzzPath[type], text: entryText({type, front: type === 'practice' ? fuzzPracticeFront : fuzzCaseFront})}
        const {results} = validateOrFail(file.path, Buffer.from(file.text))
        expect(results[0]!.messages).toEqual([])
        await expectSafeRendering(file)
      }
    },
    timeout,
  )

  it(
    'the allow-list check catches what it must (the oracle itself works)',
    async () => {
      const parse = await fragmentParser()
      const bad = [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '[a](javascript:alert(1))',
        '[a](&#106;avascript:x)',
        '<a href="java&#x09;script:x">x</a>',
        '<iframe></iframe>',
        '<svg></svg>',
        '## x <img src=x onerror=alert(1)>',
        '[a](%6A%61vascript:x)',
        '[a](ftp://x)',
        '```mdx-code-block\n<script>alert(1)</script>\n```',
        '![a](#x)',
        '```jsx live\nx\n```',
      ]
      for (const body of bad) {
        const rendered = await renderEntry(fuzzPath.practice, `---\ntitle: x\n---\n\n${body}\n`, {portalPlugins: false})
        expect(violations(rendered, parse), body).not.toEqual([])
      }
      const good = [
        'text [a](https://example.org) [b](#x) [c](/x) [d](mailto:a@example.org) ![i](https://example.org/i.png)',
        '- [ ] task\n- [x] done',
        '| a |\n|:-:|\n| b |',
        'x[^1]\n\n[^1]: n',
        '```js title="t"\nx\n```',
        ':::note[t]\nx\n:::',
        '<!-- a comment -->',
        '## Heading *em* `code`',
      ]
      for (const body of good) {
        const rendered = await renderEntry(fuzzPath.practice, `---\ntitle: x\n---\n\n${body}\n`)
        expect(violations(rendered, parse), body).toEqual([])
      }
    },
    timeout,
  )
})
