import {Command, Flags} from '@oclif/core'
import {checkoutCorpus, editionFrom} from '../checkout.js'
import {fail, UserError, writeOut} from '../failure.js'

export default class Export extends Command {
  static override summary = 'Write the open data export of an edition: JSON, NDJSON, CSV with a Data Package descriptor.'
  static override description = `The same files the portal publishes under /data: entries.json (every entry of the edition with
all its fields, sections as Markdown and plain text, addresses and dates), entries.ndjson (one
record a line), one CSV file per entry type (UTF-8 with a byte order mark, lists joined with ;) and
datapackage.json (a Frictionless Data Package with a Table Schema per CSV file). The checkout is
validated first; nothing is written if an entry has errors. Addresses use PORTAL_URL and
PORTAL_BASE_URL (or --site-url); dates of first publication and last change come from git when the
checkout is a git repository.`
  static override examples = [
    '<%= config.bin %> export',
    '<%= config.bin %> export --format csv --out data',
    '<%= config.bin %> export --format ndjson --out - | head -1',
    '<%= config.bin %> export --edition practitioners --site-url https://practitioners.example.org/',
  ]
  static override flags = {
    format: Flags.string({
      char: 'f',
      options: ['json', 'csv', 'ndjson'],
      multiple: true,
      description: 'formats to write (repeat for several; default: all three)',
    }),
    edition: Flags.string({options: ['public', 'practitioners'], description: 'edition to export (default: PORTAL_EDITION or public)'}),
    out: Flags.string({
      char: 'o',
      default: 'data',
      description: 'folder to write into (created if missing); "-" writes one JSON or NDJSON export to standard output',
    }),
    'site-url': Flags.string({description: 'absolute address of the portal, base URL included (default: PORTAL_URL and PORTAL_BASE_URL)'}),
    debug: Flags.boolean({description: 'show stack traces of unexpected failures', hidden: true}),
  }

  async run(): Promise<void> {
    const {flags} = await this.parse(Export)
    try {
      const formats = (flags.format ?? ['json', 'csv', 'ndjson']) as Array<'json' | 'csv' | 'ndjson'>
      if (flags.out === '-' && (formats.length !== 1 || formats[0] === 'csv')) {
        throw new UserError('--out - writes one JSON or NDJSON export to standard output: give exactly one --format json or --format ndjson.', 2)
      }
      const [{exportCorpus, writeExport}, {readHistories}, {contentFolders}, {reviewMonthsFrom}, {portalUrlOf}] = await Promise.all([
        import('../../../src/content/open-data/export.js'),
        import('../../../src/content/history.js'),
        import('../../../src/model/types/index.js'),
        import('../../../src/model/review.js'),
        import('../../../src/content/portal-url.js'),
      ])
      let siteUrl: string
      try {
        siteUrl = portalUrlOf({...process.env, ...(flags['site-url'] ? {PORTAL_URL: flags['site-url'], PORTAL_BASE_URL: ''} : {})}).absolute
      } catch (error) {
        throw new UserError((error as Error).message, 2)
      }
      const edition = await editionFrom(flags.edition)
      const corpus = await checkoutCorpus(edition, new URL('../lib/validate-worker.js', import.meta.url), {
        outside: 'No portal checkout here (a folder with the content folders, practices/ and cases/). Run `continuum export` inside one.',
        refused: 'The entries of this checkout do not validate, so nothing was exported:',
      })
      if (!flags['site-url'] && !process.env.PORTAL_URL)
        this.logToStderr(`PORTAL_URL is not set: addresses in the export use ${siteUrl} (set PORTAL_URL or --site-url).`)
      const histories = await readHistories(corpus.root, contentFolders())
      const data = exportCorpus(corpus, {siteUrl, reviewMonths: reviewMonthsFrom(process.env), histories}, formats)
      if (flags.out === '-') {
        // A reader that stops early (`| head`) closes the pipe: that is not a failure.
        const closed = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE'
        process.stdout.on('error', (error) => {
          if (closed(error)) process.exit(0)
        })
        await writeOut(data.files[0]!.bytes.toString('utf8')).catch((error: unknown) => {
          if (!closed(error)) throw error
        })
        return
      }
      const path = await import('node:path')
      const dir = path.resolve(flags.out)
      await writeExport(dir, data)
      for (const file of data.files) this.log(`${path.join(flags.out, file.name)}  ${file.rows} entries, ${file.bytes.length} bytes`)
      this.log(`${data.records.length} entries of the ${edition} edition exported.`)
    } catch (error) {
      fail(this, error, flags.debug)
    }
  }
}
