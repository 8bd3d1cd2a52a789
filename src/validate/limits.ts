/** Documented limits for contributed entries (see docs/writing-entries.md, "Limits"). */
export const limits = {
  /** Largest entry file accepted, in bytes (launch entries are under 3 KB). Larger files are refused before they are parsed. */
  maxFileBytes: 256 * 1024,
  /** Largest front matter accepted, in bytes. */
  maxFrontMatterBytes: 64 * 1024,
  /** Deepest nesting of YAML collections accepted. The model needs 3. */
  maxYamlDepth: 16,
  /** Most YAML aliases accepted; the model needs none, so bombs stop early. */
  maxYamlAliases: 20,
  /** Longest run of characters without white space in text (the longest words of the member states' languages are about 60). */
  maxWordLength: 100,
  /** Longest run of white space inside a paragraph or a field (rendered pages collapse it to one space anyway). */
  maxSpaceRun: 40,
  /** Longest web address written out in text. */
  maxUrlLength: 2048,
  /** Deepest nesting of block quotes and lists, and of inline markup, in a body. Real entries use 3 or 4. */
  maxNesting: 12,
  /** Most emphasis delimiter runs, or `[`, in one paragraph (the parser pairs them in quadratic time). */
  maxDelimiterRuns: 250,
  /** Most `|` in one line of a table. */
  maxTableCells: 64,
  /** Most rows in one table (consecutive lines holding a `|`). */
  maxTableRows: 500,
  /** Time one file may take to be checked, in milliseconds, before it is reported and the run goes on. */
  fileBudgetMs: 5000,
} as const
