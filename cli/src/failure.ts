/** Prints a sentence for a person and exits, with a stack trace only under --debug. */
import type {Command} from '@oclif/core'
import {messages} from './messages.js'

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

/** Reports an error the way the brief asks: a sentence, an exit code, no stack unless debugging. */
export function fail(command: Command, error: unknown, debug: boolean): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- oclif's own exit, rethrown as it came
  if (error && typeof error === 'object' && 'oclif' in error) throw error
  if (error instanceof UserError) {
    command.logToStderr(error.message)
    if (debug) command.logToStderr(error.stack ?? '')
    command.exit(error.exitCode)
  }
  const detail = error instanceof Error ? error.message : String(error)
  command.logToStderr(messages.unexpected(detail))
  command.logToStderr(debug && error instanceof Error ? (error.stack ?? '') : messages.debugHint)
  command.exit(2)
}

/**
 * Writes to stdout and resolves once the text has been handed to the system: a command that exits
 * right after (exit status 1 with a report) must not cut a long report short in a pipe.
 */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())))
}
