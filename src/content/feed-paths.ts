/**
 * Where the feeds are: one set for all entries and one for success stories, and one Atom feed per
 * topic, phase and country. No imports: the browse and topic pages compute their feed's address.
 */

/** Facets with a feed per value. */
export const feedFacets = ['phase', 'country'] as const
export type FeedFacet = (typeof feedFacets)[number]

const folders: Record<FeedFacet | 'topic', string> = {topic: 'topics', phase: 'phases', country: 'countries'}

/** Feed name (path under `feeds/`, without extension) of a topic, or of a value of a feed facet. */
export function feedName(kind: FeedFacet | 'topic', value: string): string {
  return `${folders[kind]}/${encodeURIComponent(value.toLowerCase())}`
}

/** Path of an Atom feed, without base URL: `/feeds/phases/probation.atom.xml`. */
export function atomPath(name: string): string {
  return `/feeds/${name}.atom.xml`
}
