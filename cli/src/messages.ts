/** User-facing sentences of the CLI, in one place. */
export const messages = {
  missingPath: (path: string) => `No such file or folder: ${path}\nRun \`continuum validate\` from a portal checkout, or pass the path of an entry file.`,
  exists: (path: string) => `${path} already exists; nothing was written.\nChoose another name with --output, or add --force to replace it.`,
  written: (path: string) =>
    `Wrote ${path}.\nFill in every field (the comments explain them), then run:\n  continuum validate ${path}\n  continuum submit ${path}`,
  unexpected: (detail: string) => `Something went wrong that is not a problem with your entry: ${detail}`,
  debugHint: 'Run again with --debug for details, and report it to the portal team.',
} as const
