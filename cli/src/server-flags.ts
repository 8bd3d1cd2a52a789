/** The flags `continuum server run` and `server start` share. */
import {Flags} from '@oclif/core'

export const serverFlags = {
  idle: Flags.integer({description: 'minutes without a request after which it stops', default: 30, min: 1, max: 1440}),
  debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
}
