/**
 * The portal's deployed address: `PORTAL_URL` (scheme and host, e.g. https://continuum.example.org)
 * and `PORTAL_BASE_URL` (the path it is served under, default `/`). Every absolute URL the portal
 * writes (canonical links, Open Graph, the sitemap, feeds, the open data files, citations, "copy
 * as text") is built from them. A production build without `PORTAL_URL` would publish
 * `http://localhost:3000` everywhere: it warns loudly, and fails with `PORTAL_REQUIRE_URL=1`.
 * No imports: the site configuration loads this through Docusaurus's TypeScript loader.
 */

export const DEFAULT_PORTAL_URL = 'http://localhost:3000'

export interface PortalUrl {
  /** Scheme and host, no trailing slash: `https://continuum.example.org`. */
  url: string
  /** Path with leading and trailing slash: `/` or `/continuum/`. */
  baseUrl: string
  /** `url` + `baseUrl`: what absolute addresses start with. */
  absolute: string
  /** True when PORTAL_URL was not set and the local default is used. */
  defaulted: boolean
}

/** The portal's address from the environment, checked. Throws with a message naming the variable. */
export function portalUrlOf(env: Record<string, string | undefined>): PortalUrl {
  const raw = env.PORTAL_URL?.trim() ?? ''
  const defaulted = raw === ''
  const given = defaulted ? DEFAULT_PORTAL_URL : raw
  let parsed: URL
  try {
    parsed = new URL(given)
  } catch {
    throw new Error(`PORTAL_URL must be an absolute http(s) address such as https://continuum.example.org, got "${given}"`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`PORTAL_URL must use http or https, got "${given}"`)
  if (parsed.search || parsed.hash || parsed.username || parsed.password) throw new Error(`PORTAL_URL must be scheme and host only, got "${given}"`)
  let baseUrl = env.PORTAL_BASE_URL?.trim() || '/'
  // A path in PORTAL_URL is taken as the base URL when PORTAL_BASE_URL is not set.
  if (parsed.pathname !== '/' && parsed.pathname !== '') {
    if (env.PORTAL_BASE_URL?.trim())
      throw new Error(`PORTAL_URL has a path ("${parsed.pathname}") and PORTAL_BASE_URL is set too: put the path in PORTAL_BASE_URL only`)
    baseUrl = parsed.pathname
  }
  if (!baseUrl.startsWith('/')) baseUrl = `/${baseUrl}`
  if (!baseUrl.endsWith('/')) baseUrl = `${baseUrl}/`
  const url = parsed.origin
  return {url, baseUrl, absolute: `${url}${baseUrl}`, defaulted}
}

/** The Docusaurus command this process runs (`build`, `start`, `deploy`…): the first argument that is not a flag. */
export function docusaurusCommand(argv: readonly string[]): string | undefined {
  return argv.slice(2).find((arg) => !arg.startsWith('-'))
}

/** Whether the process is a production build (`docusaurus build` or `deploy`), not the development server. */
export function isProductionBuild(argv: readonly string[]): boolean {
  const command = docusaurusCommand(argv)
  return command === 'build' || command === 'deploy'
}

/**
 * What a build must say about its address: nothing when PORTAL_URL is set or outside a production
 * build; a loud warning when it is not; an error (thrown) when PORTAL_REQUIRE_URL=1 asks for one.
 */
export function productionUrlWarning(env: Record<string, string | undefined>, production: boolean): string | undefined {
  if (!production || env.PORTAL_URL?.trim()) return undefined
  const lines = [
    '',
    '================================================================================',
    ' PORTAL_URL is not set.',
    ` Every absolute address in this build (canonical links, Open Graph, sitemap, feeds,`,
    ` open data files, citations, short links) points at ${DEFAULT_PORTAL_URL}.`,
    ' Fine for a local look; wrong for anything deployed. Set the deployed address:',
    '   PORTAL_URL=https://continuum.example.org [PORTAL_BASE_URL=/path/] npm run site:build',
    ' Set PORTAL_REQUIRE_URL=1 in a deployment pipeline to make this an error.',
    '================================================================================',
    '',
  ]
  if (env.PORTAL_REQUIRE_URL === '1') {
    throw new Error(`PORTAL_URL is not set and PORTAL_REQUIRE_URL=1: a production build needs the deployed address.\n${lines.slice(2, -2).join('\n')}`)
  }
  return lines.join('\n')
}
