/**
 * Side-by-side comparison: every entry of a type as rows of labelled values, built from what the
 * type's header declares (fields, chips, lists, linked entries, notes), so a new type compares
 * without code here. The page picks two or three entries from its URL.
 */
import {labelled, typeOf} from '../../model/types/index.js'
import {isComposite} from '../../model/provenance.js'
import * as v from '../../model/vocabularies.js'
import ui from '../editorial/ui.en.json' with {type: 'json'}
import {entriesOf, idOf, type Corpus} from '../corpus.js'
import {headerOf} from './headers.js'

export interface CompareRow {
  key: string
  label: string
}

export interface CompareEntry {
  id: string
  title: string
  permalink: string
  composite: boolean
  /** Row key → values (a single text, or the items of a list). */
  values: Record<string, string[]>
}

export interface CompareSource {
  type: string
  typeLabel: string
  plural: string
  browse: string
  rows: CompareRow[]
  entries: CompareEntry[]
}

/** What the compare page ships inline; its rows and entries (`CompareData`) are fetched from `data` when the URL names entries. */
export type CompareShell = Omit<CompareSource, 'rows' | 'entries'> & {data: string}
export type CompareData = Pick<CompareSource, 'rows' | 'entries'>

/** Every entry of a type as comparison rows, in the order its header shows them. */
export function compareSourceOf(corpus: Corpus, typeName: string): CompareSource {
  const type = typeOf(typeName)
  if (!type) throw new Error(`unknown entry type "${typeName}"`)
  const rows = new Map<string, string>()
  const entries = entriesOf(corpus, typeName).map((entry): CompareEntry => {
    const header = headerOf(entry, corpus)
    const values: Record<string, string[]> = {}
    const put = (label: string, items: string[]) => {
      const key = label.toLowerCase().replace(/[^a-z0-9]+/g, '-')
      if (!rows.has(key)) rows.set(key, label)
      values[key] = items
    }
    put(ui.compare.summary, [type.summaryOf(entry.data)])
    put(
      ui.compare.phases,
      header.phases.filter((p) => p.lit).map((p) => p.label),
    )
    for (const badge of header.badges) if (badge.prefix) put(badge.prefix, [badge.value.label])
    for (const field of header.fields) put(field.name, [field.value])
    for (const block of header.blocks) {
      switch (block.kind) {
        case 'chips':
          put(
            block.heading,
            block.items.map((item) => item.label),
          )
          break
        case 'list':
          put(block.heading, block.items)
          break
        case 'groups':
          for (const group of block.groups) put(`${block.heading}: ${group.label}`, group.items)
          break
        case 'pages':
          put(
            block.heading,
            block.items.map((item) => item.label),
          )
          break
        case 'links':
          put(
            block.heading,
            block.links.map((link) => link.title),
          )
          break
        case 'note':
          put(
            block.heading,
            [block.badge?.value.label, ...(block.sources ?? []).map((s) => s.title)].filter((x): x is string => Boolean(x)),
          )
          break
      }
    }
    put(ui.compare.provenance, [labelled(v.provenances, entry.data.provenance).label])
    put(
      ui.compare.sources,
      entry.data.sources.map((s) => [s.title, s.section, s.year].filter(Boolean).join(', ')),
    )
    return {id: idOf(entry), title: entry.data.title, permalink: entry.permalink, composite: isComposite(entry.data.provenance), values}
  })
  return {
    type: type.name,
    typeLabel: type.labels.singular,
    plural: type.labels.plural,
    browse: `/${type.folder}`,
    rows: [...rows].map(([key, label]) => ({key, label})),
    entries,
  }
}
