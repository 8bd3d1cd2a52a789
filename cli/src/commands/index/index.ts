import {Command, Flags} from '@oclif/core'
import {checkoutCorpus, editionFrom} from '../../checkout.js'
import {fail, UserError} from '../../failure.js'

export default class Index extends Command {
  static override summary = 'Push the entries of an edition to Meilisearch.'
  static override description = `Needs MEILISEARCH_HOST and an admin key in MEILISEARCH_ADMIN_KEY (or MEILISEARCH_MASTER_KEY).
Validates the checkout first (nothing is pushed if an entry has errors), then makes the index
continuum-<edition> hold exactly the edition's entries: creates it if missing (primary key id),
applies the settings (searchable order, facets, sort, synonyms, typo tolerance), adds or replaces
every document, removes stale ones, and waits for each task. Safe to run again.`
  static override examples = [
    'MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_ADMIN_KEY=… <%= config.bin %> index',
    '<%= config.bin %> index --edition practitioners',
  ]
  static override flags = {
    edition: Flags.string({options: ['public', 'practitioners'], description: 'edition to index (default: PORTAL_EDITION or public)'}),
    debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
  }

  async run(): Promise<void> {
    const {flags} = await this.parse(Index)
    try {
      const {serverSearchSettings} = await import('../../../../src/search/config.js')
      const server = serverSearchSettings(process.env)
      if (!server)
        throw new UserError(
          'MEILISEARCH_HOST is not set: give the address of your Meilisearch server, e.g. MEILISEARCH_HOST=http://127.0.0.1:7700, and an admin key in MEILISEARCH_ADMIN_KEY.',
          2,
        )
      const edition = await editionFrom(flags.edition)
      const corpus = await checkoutCorpus(edition, new URL('../../lib/validate-worker.js', import.meta.url), {
        outside: 'No portal checkout here (a folder with the content folders, practices/ and cases/). Run `continuum index` inside one.',
        refused: 'The entries do not validate; nothing was indexed.',
      })
      const [{searchDocuments}, {synonymTable}, {indexEdition, IndexingError}, {indexUid}] = await Promise.all([
        import('../../../../src/search/documents.js'),
        import('../../../../src/search/synonyms.js'),
        import('../../../../src/search/meili.js'),
        import('../../../../src/search/meili-query.js'),
      ])
      const uid = indexUid(edition, server.prefix)
      try {
        const report = await indexEdition({
          host: server.host,
          apiKey: server.adminKey,
          uid,
          documents: searchDocuments(corpus),
          synonyms: synonymTable(),
          progress: (message) => this.logToStderr(message),
        })
        this.log(
          `Index ${report.index} on ${server.host} holds the ${edition} edition: ${report.added} entries added or updated, ${report.deleted} stale removed${report.created ? ' (index created)' : ''}.`,
        )
      } catch (error) {
        if (error instanceof IndexingError) throw new UserError(`${error.message}\n${error.hint}`)
        throw error
      }
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
