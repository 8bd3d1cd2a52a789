/** Documented limits for contributed entries (see docs/contributing.md). */
export const limits = {
  /** Largest entry file accepted, in bytes. Larger files are refused before they are parsed. */
  maxFileBytes: 1024 * 1024,
  /** Largest front matter accepted, in bytes. */
  maxFrontMatterBytes: 64 * 1024,
  /** Deepest nesting of YAML collections accepted. The model needs 3. */
  maxYamlDepth: 16,
  /** Most YAML aliases accepted; the model needs none, so bombs stop early. */
  maxYamlAliases: 20,
} as const
