/**
 * A client module: every link in a page's main content carries its full address in
 * `data-print-href`, which the print stylesheet writes after the link (custom.css). Addresses are
 * made absolute against the site's public URL, so a printed page names links a reader can type.
 * Links added later (more cards, search results) are handled as they appear.
 */
import siteConfig from '@generated/docusaurus.config'
import type {ClientModule} from '@docusaurus/types'

const SKIP = /^(?:#|mailto:|tel:|javascript:)/i

/** The full address of a link's href, against the site's public URL and the current page. */
export function printAddress(href: string, siteUrl: string, pathname: string): string | undefined {
  if (SKIP.test(href)) return undefined
  try {
    const url = new URL(href, new URL(pathname, siteUrl))
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

function mark(root: ParentNode) {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
    const address = printAddress(link.getAttribute('href')!, siteConfig.url, window.location.pathname)
    // A link that already shows its address needs it no second time.
    if (address && link.textContent?.trim() !== address) link.setAttribute('data-print-href', address)
    else link.removeAttribute('data-print-href')
  }
}

let observer: MutationObserver | undefined

const module: ClientModule = {
  onRouteDidUpdate() {
    if (typeof window === 'undefined') return
    mark(document)
    observer ??= new MutationObserver(() => mark(document))
    observer.observe(document.body, {childList: true, subtree: true})
  },
}

export const {onRouteDidUpdate} = module
