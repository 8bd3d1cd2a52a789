/**
 * Which search backend a build or a command uses, from the environment:
 * MEILISEARCH_HOST selects Meilisearch; the portal gets MEILISEARCH_SEARCH_KEY (a search-only key)
 * and nothing else; `continuum index` uses MEILISEARCH_ADMIN_KEY (or MEILISEARCH_MASTER_KEY).
 */
import {indexUid} from './meili-query.js'

export interface BrowserSearchSettings {
  backend: 'embedded' | 'meilisearch'
  host?: string
  searchKey?: string
  index?: string
}

export class SearchConfigError extends Error {}

/** What the portal ships to browsers. Never an admin key: a search key equal to one is refused. */
export function browserSearchSettings(env: NodeJS.ProcessEnv, edition: string): BrowserSearchSettings {
  const host = env.MEILISEARCH_HOST?.trim()
  if (!host) return {backend: 'embedded'}
  if (!/^https?:\/\//i.test(host)) throw new SearchConfigError(`MEILISEARCH_HOST must be an http(s) address, got "${host}".`)
  const searchKey = env.MEILISEARCH_SEARCH_KEY?.trim() || undefined
  const secret = [env.MEILISEARCH_ADMIN_KEY, env.MEILISEARCH_MASTER_KEY, env.MEILI_MASTER_KEY].map((k) => k?.trim()).filter(Boolean)
  if (searchKey && secret.includes(searchKey)) {
    throw new SearchConfigError(
      'MEILISEARCH_SEARCH_KEY is the admin or master key: the portal would publish it to every browser. Create a search-only key (actions ["search"]) and use that.',
    )
  }
  return {
    backend: 'meilisearch',
    host: host.replace(/\/+$/, ''),
    ...(searchKey ? {searchKey} : {}),
    index: indexUid(edition, env.MEILISEARCH_INDEX_PREFIX?.trim() || undefined),
  }
}

/** What `continuum index` and `continuum search` use. */
export function serverSearchSettings(env: NodeJS.ProcessEnv): {host: string; adminKey?: string; searchKey?: string; prefix?: string} | undefined {
  const host = env.MEILISEARCH_HOST?.trim()
  if (!host) return undefined
  return {
    host: host.replace(/\/+$/, ''),
    adminKey: (env.MEILISEARCH_ADMIN_KEY ?? env.MEILISEARCH_MASTER_KEY ?? env.MEILI_MASTER_KEY)?.trim() || undefined,
    searchKey: env.MEILISEARCH_SEARCH_KEY?.trim() || undefined,
    prefix: env.MEILISEARCH_INDEX_PREFIX?.trim() || undefined,
  }
}
