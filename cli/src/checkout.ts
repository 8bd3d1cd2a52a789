/** What the commands that read a whole checkout share: the edition asked for, and its validated corpus. */
import {UserError} from './failure.js'

/** The edition from the flag or PORTAL_EDITION, as a usage error when unknown. */
export async function editionFrom(flag: string | undefined) {
  const {editionOf} = await import('../../src/content/corpus.js')
  try {
    return editionOf(flag ?? process.env.PORTAL_EDITION)
  } catch (error) {
    throw new UserError((error as Error).message, 2)
  }
}

/**
 * The corpus of the checkout around the working folder, validated on every core with `worker` (the
 * caller knows where the bundle put it). `outside` and `refused` word the caller's messages.
 */
export async function checkoutCorpus(edition: 'public' | 'practitioners', worker: URL, messages: {outside: string; refused: string}) {
  const [{findPortalRoot}, {loadCorpus, CorpusError}, {cacheDisabledBy, ValidationCache}, {ruleSetVersion}] = await Promise.all([
    import('../../src/validate/files.js'),
    import('../../src/content/corpus.js'),
    import('../../src/validate/cache.js'),
    import('../../src/validate/ruleset.js'),
  ])
  const root = findPortalRoot(process.cwd())
  if (!root) throw new UserError(messages.outside, 2)
  // The validation cache the build uses (CONTINUUM_CACHE=0 turns it off).
  const cache = cacheDisabledBy(process.env) ? undefined : new ValidationCache(root, ruleSetVersion(), {hashAlways: true, build: true})
  try {
    return await loadCorpus(root, edition, {worker, ...(cache ? {cache} : {})})
  } catch (error) {
    if (error instanceof CorpusError) throw new UserError(`${messages.refused}\n\n${error.report}`)
    throw error
  }
}

/** The checkout around the working folder, for the validation server's commands; a usage error outside one. */
export async function serverCheckout(): Promise<string> {
  const {findPortalRoot} = await import('../../src/validate/files.js')
  const root = findPortalRoot(process.cwd())
  if (!root) throw new UserError('The validation server serves a portal checkout: run this inside one (a folder holding practices/ and cases/).', 2)
  return root
}
