/**
 * Display-ready views of the published corpus: cards for lists, headers for entry pages, facets,
 * topics and success stories. Plain JSON data with labels resolved, so the portal's React side
 * ships no vocabulary it does not show. Nothing here knows of Docusaurus. One view per file in views/.
 */
export * from './views/cards.js'
export * from './views/headers.js'
export * from './views/topics.js'
export * from './views/stories.js'
export * from './views/search-facets.js'
export * from './views/briefings.js'
export * from './views/compare.js'
