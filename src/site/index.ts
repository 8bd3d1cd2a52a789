/** What docusaurus.config.ts loads (as a bundle built by `npm run build`): the site setup and the plugin. */
import {setStaticWorker, setValidationWorker} from './setup.js'

// The validation worker and the static files worker are bundled beside this file (dist/).
setValidationWorker(new URL('./validate-worker.mjs', import.meta.url))
setStaticWorker(new URL('./static-worker.mjs', import.meta.url))

export {siteOf, type Site} from './setup.js'
export {default as continuumPlugin} from './plugin.js'
export {default as editionDocs} from './docs-plugin.js'
export {browserSearchSettings} from '../search/config.js'
export {entryLinksPlugin} from './remark-links.js'

import {entryTypes} from '../model/types/index.js'

/** The entry types as the site configuration needs them: content folder (docs instance, route) and label. */
export function contentTypes(): Array<{folder: string; plural: string}> {
  return entryTypes().map((type) => ({folder: type.folder, plural: type.labels.plural}))
}
