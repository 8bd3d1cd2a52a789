/** Build side of the embedded index (Node only: the browser loads, it never builds). */
import MiniSearch from 'minisearch'
import {compactDocuments, type SearchDocument} from './documents.js'
import {type EmbeddedEngine, type EmbeddedPayload, options} from './embedded.js'

/** Builds the index of an edition's documents (bodies reduced to their distinctive words). */
export function buildEngine(documents: readonly SearchDocument[], synonyms: ReadonlyMap<string, string[]>): EmbeddedEngine {
  const mini = new MiniSearch<SearchDocument>(options())
  mini.addAll(compactDocuments(documents))
  const labels: Record<string, string> = {}
  for (const document of documents) {
    labels[`country:${String(document.country)}`] = document.countryLabel
    labels[`type:${document.type}`] = document.typeLabel
    const outcome = [document.outcome ?? []].flat()[0]
    if (outcome && document.outcomeLabel) labels[`outcome:${outcome}`] = document.outcomeLabel
  }
  return {mini, synonyms: new Map(synonyms), labels}
}

/** The JSON the browser loads. */
export function serialise(engine: EmbeddedEngine): string {
  const payload: EmbeddedPayload = {format: 'continuum-search/2', synonyms: [...engine.synonyms], labels: engine.labels, index: engine.mini.toJSON()}
  return JSON.stringify(payload)
}
