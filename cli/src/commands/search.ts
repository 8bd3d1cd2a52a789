import {Args, Command, Flags} from '@oclif/core'
import {searchFacets} from '../../../src/model/facets.js'
import {checkoutCorpus, editionFrom} from '../checkout.js'
import {fail, UserError, writeOut} from '../failure.js'

/** A facet's id as a flag: `targetGroup` → `--target-group`. */
const flagOf = (facet: string) => facet.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
/** One repeatable flag per search facet of the facet table. */
const facetFlags = Object.fromEntries(
  searchFacets.map((facet) => [
    flagOf(facet.id),
    Flags.string({description: `${facet.label} (repeat for any of several values; unknown values list the allowed ones)`, multiple: true}),
  ]),
)

export default class Search extends Command {
  static override summary = 'Search practices and case reviews from the terminal.'
  static override description = `Uses the Meilisearch index when MEILISEARCH_HOST is set, the embedded engine otherwise
(built from the checkout, no server needed: the same engine and results as the portal). Both follow
the same query semantics: entries matching all words come first, then those matching most; common
words (the, how, with…) do not count; a word found nowhere is left out with a note; the last word
also matches as a prefix; typos are forgiven (1 from 5 letters, 2 from 9; a swap of two letters is
one); plurals, -ing forms and British/American spellings match; vocabulary synonyms and country
names apply (dispersal finds dispersion, FTF finds returnee, Dutch finds Netherlands). A facet flag
given several times means any of its values; different facets must all match.`
  static override examples = [
    '<%= config.bin %> search dispersal',
    '<%= config.bin %> search "mentoring formers" --type case --outcome success',
    '<%= config.bin %> search --phase probation --approach ngo-cooperation --format json',
  ]
  static override strict = false
  static override args = {query: Args.string({description: 'words to search for (may be empty with facet flags)'})}
  static override flags = {
    ...facetFlags,
    edition: Flags.string({options: ['public', 'practitioners'], description: 'edition to search (default: PORTAL_EDITION or public)'}),
    engine: Flags.string({options: ['auto', 'embedded', 'meilisearch'], default: 'auto', description: 'auto: Meilisearch when MEILISEARCH_HOST is set'}),
    limit: Flags.integer({default: 10, min: 1, max: 100, description: 'number of hits'}),
    sort: Flags.string({options: ['relevance', 'date'], default: 'relevance', description: 'relevance, or date of last review (newest first)'}),
    format: Flags.string({char: 'f', options: ['text', 'json'], default: 'text', description: 'text for people, json for machines'}),
    debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
  }

  async run(): Promise<void> {
    const {argv, flags} = await this.parse(Search)
    try {
      const [{facetValues}, {didYouMean}] = await Promise.all([import('../../../src/search/facet-values.js'), import('../../../src/validate/suggest.js')])
      const q = (argv as string[]).join(' ').trim()
      const allowed = facetValues()
      const filters: Record<string, string[]> = {}
      for (const facet of searchFacets) {
        const values = (flags as Record<string, unknown>)[flagOf(facet.id)] as string[] | undefined
        if (!values) continue
        const known = allowed[facet.id] ?? []
        for (const value of values) {
          if (!known.includes(value)) {
            const suggestion = didYouMean(value, known)
            const flag = flagOf(facet.id)
            throw new UserError(`Unknown value "${value}" for --${flag}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}\nAllowed: ${known.join(', ')}`, 2)
          }
        }
        filters[facet.id] = values
      }
      if (!q && Object.keys(filters).length === 0)
        throw new UserError('Give words to search for, or at least one facet flag (see `continuum search --help`).', 2)
      const edition = await editionFrom(flags.edition)
      const query = {q, filters, limit: flags.limit, sort: flags.sort as 'relevance' | 'date'}
      const {serverSearchSettings} = await import('../../../src/search/config.js')
      const server = flags.engine === 'embedded' ? undefined : serverSearchSettings(process.env)
      if (flags.engine === 'meilisearch' && !server)
        throw new UserError('--engine meilisearch needs MEILISEARCH_HOST (and a key in MEILISEARCH_SEARCH_KEY or MEILISEARCH_ADMIN_KEY).', 2)
      let result
      let engine: 'embedded' | 'meilisearch'
      if (server) {
        const {searchMeili, indexUid, MeiliError} = await import('../../../src/search/meili-query.js')
        engine = 'meilisearch'
        try {
          result = await searchMeili({host: server.host, key: server.searchKey ?? server.adminKey, index: indexUid(edition, server.prefix)}, query)
        } catch (error) {
          if (error instanceof MeiliError) {
            const auth = error.status === 401 || error.status === 403
            throw new UserError(
              `Meilisearch at ${server.host} refused the search: ${error.message} (${error.code}).\n${auth ? 'Check MEILISEARCH_SEARCH_KEY.' : error.code === 'index_not_found' ? 'Run `continuum index` first.' : 'Check the server.'} Or search without the server: --engine embedded.`,
            )
          }
          throw new UserError(
            `Cannot reach Meilisearch at ${server.host}.\nStart it, correct MEILISEARCH_HOST, or search without the server: --engine embedded.`,
          )
        }
      } else {
        engine = 'embedded'
        const [{searchDocuments}, {search}, {memoryIndex}, {cachedIndexFiles}, {synonymTable}] = await Promise.all([
          import('../../../src/search/documents.js'),
          import('../../../src/search/engine.js'),
          import('../../../src/search/index-build.js'),
          import('../../../src/search/index-cache.js'),
          import('../../../src/search/synonyms.js'),
        ])
        const corpus = await checkoutCorpus(edition, new URL('../lib/validate-worker.js', import.meta.url), {
          outside:
            'No portal checkout here (a folder with the content folders, practices/ and cases/). Run `continuum search` inside one, or set MEILISEARCH_HOST.',
          refused: 'The entries of this checkout do not validate, so they cannot be searched:',
        })
        // The index the last search or build of this checkout stored, when nothing it holds has changed.
        result = await search(memoryIndex(cachedIndexFiles(corpus.root, corpus.edition, searchDocuments(corpus), synonymTable())), query)
      }
      const {hits, total, dropped, suggestion} = result
      if (flags.format === 'json') {
        await writeOut(
          `${JSON.stringify({
            engine,
            edition,
            query,
            total,
            dropped,
            ...(suggestion ? {suggestion} : {}),
            hits: hits.map((h) => ({id: h.id, type: h.type, title: h.title, path: h.path, url: h.url, score: h.score})),
          })}\n`,
        )
        return
      }
      const {searchNotes} = await import('../../../src/search/notes.js')
      for (const note of searchNotes(result, q)) this.log(note)
      if (hits.length === 0) {
        this.log(`No entry matches${q ? ` "${q}"` : ''}${Object.keys(filters).length ? ' with these filters' : ''} (${engine} search, ${edition} edition).`)
        return
      }
      hits.forEach((hit, index) => {
        this.log(`${String(index + 1).padStart(2)}. ${hit.title}`)
        this.log(`    ${hit.typeLabel} · ${hit.country}${hit.outcome ? ` · ${hit.outcome}` : ''} · ${hit.path}`)
      })
      const shown = hits.length < total ? `${hits.length} of ${total} hits` : `${total} ${total === 1 ? 'hit' : 'hits'}`
      this.log(`\n${shown} (${engine} search, ${edition} edition).`)
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
