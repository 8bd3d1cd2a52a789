/**
 * schema/documented-source — an entry whose provenance is `documented` rests on a public source a
 * reader can find: at least one source names its publisher, its year and an https address. An
 * address that does not look reachable (plain http, a local or example host, a bare IP, no path) is
 * reported as uncertain, so a warning: the check stays offline and never fetches anything.
 */
import type {Entry} from '../../entry.js'
import {nodeAt, placeIn, rawOf} from '../../front-matter.js'
import {yamlPlace} from '../../load.js'
import {defineRule} from '../../rule.js'
import {invalid, practice, valid} from '../examples.js'

const HINT = 'Cite the public source with `title`, `publisher` (an organisation), `year` and `url` (an https address of the report itself).'

const documentedSource =
  '\n  - title: Evaluation of a prison mentoring scheme\n    publisher: Ministry of Justice\n    year: 2019\n    url: https://www.example-ministry.eu/reports/mentoring-evaluation'

/** Hosts no public reader can reach: this machine, private names, documentation hosts. */
const LOCAL_HOST = /^(localhost|.*\.localhost|.*\.local|.*\.internal|.*\.test|.*\.invalid|example\.(com|org|net)|.*\.example\.(com|org|net)|.*\.example)$/i
const IP_HOST = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i

/** Why an address does not look like a reachable public document, or undefined when it does. */
export function unreachableReason(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'it is not a well-formed address'
  }
  if (parsed.protocol !== 'https:') return 'it is not an https address'
  const host = parsed.hostname.toLowerCase()
  if (LOCAL_HOST.test(host)) return `\`${host}\` is a local or example host`
  if (IP_HOST.test(host)) return 'it names a bare IP address, not a public host'
  if (!host.includes('.')) return `\`${host}\` is not a public host name`
  if (parsed.username || parsed.password) return 'it carries a user name or password'
  if ((parsed.pathname === '/' || parsed.pathname === '') && !parsed.search) return 'it points at a home page, not at the document'
  return undefined
}

type RawSource = Record<string, unknown>

const isComplete = (source: RawSource) =>
  typeof source.publisher === 'string' &&
  source.publisher.trim() !== '' &&
  typeof source.year === 'number' &&
  typeof source.url === 'string' &&
  source.url.trim() !== ''

export const rule = defineRule({
  meta: {
    id: 'schema/documented-source',
    severity: 'error',
    description:
      'An entry with `provenance: documented` cites at least one public source with its publisher, year and address; an address that does not look reachable (not https, a local, example or IP host, no path) is a warning.',
    hint: HINT,
    get examples() {
      return {
        valid: [
          valid(
            'a documented practice citing a report with publisher, year and https address',
            practice({set: {provenance: 'documented', sources: documentedSource}}),
          ),
          valid('a practice from the source paper, which needs no address', practice()),
        ],
        invalid: [
          invalid(
            'a documented practice whose source has no publisher, year or address',
            practice({set: {provenance: 'documented', sources: '\n  - title: An evaluation report'}}),
            {
              line: 16,
              column: 1,
              message: 'Unexpected documented entry without a complete public source, expected a source with `publisher`, `year` and `url`',
            },
          ),
          invalid(
            'a documented practice citing a plain http address',
            practice({
              set: {
                provenance: 'documented',
                sources:
                  '\n  - title: Evaluation of a prison mentoring scheme\n    publisher: Ministry of Justice\n    year: 2019\n    url: http://www.ministry.eu/reports/mentoring',
              },
            }),
            {line: 20, column: 10, message: 'Unexpected source address `http://www.ministry.eu/reports/mentoring`: it is not an https address'},
          ),
          invalid(
            'a documented practice citing a home page on a local host',
            practice({
              set: {
                provenance: 'documented',
                sources:
                  '\n  - title: Evaluation of a prison mentoring scheme\n    publisher: Ministry of Justice\n    year: 2019\n    url: https://localhost/',
              },
            }),
            {line: 20, column: 10, message: 'Unexpected source address `https://localhost/`: `localhost` is a local or example host'},
          ),
        ],
      }
    },
  },
  check(entry, report) {
    const raw = rawOf(entry)
    if (!raw || raw.provenance !== 'documented') return
    const sources = (Array.isArray(raw.sources) ? raw.sources : []).filter(
      (source): source is RawSource => typeof source === 'object' && source !== null && !Array.isArray(source),
    )
    if (!sources.some(isComplete)) {
      report({
        reason: 'Unexpected documented entry without a complete public source, expected a source with `publisher`, `year` and `url`',
        place: placeIn(entry, 'sources', 'key'),
        hint: HINT,
      })
      return
    }
    for (const [index, source] of sources.entries()) {
      if (typeof source.url !== 'string') continue
      const why = unreachableReason(source.url)
      if (!why) continue
      report({
        reason: `Unexpected source address \`${source.url}\`: ${why}`,
        place: urlPlace(entry, index),
        hint: 'Link the published report itself at an https address on the publisher’s public site, or check that the address is right.',
        uncertain: true,
      })
    }
  },
})

/** The place of a source's `url` value, else of the source. */
function urlPlace(entry: Entry, index: number) {
  const node = entry.frontMatter ? nodeAt(entry.frontMatter, ['sources', index, 'url']) : undefined
  return entry.frontMatter && node?.range ? yamlPlace(entry.frontMatter, node.range[0]) : placeIn(entry, `sources.${index}`)
}
