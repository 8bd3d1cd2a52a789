/**
 * What a search says about itself besides its hits, in words, for the CLI and the portal alike:
 * words left out, a query that found nothing relevant, a suggested spelling.
 */
import type {SearchResult} from './engine'

export interface NoteText {
  dropped: string
  unknownWords: string
  stopWords: string
  suggestion: string
}

/** The English sentences (the portal reads its own from its editorial data, with the same placeholders). */
export const englishNotes: NoteText = {
  dropped: 'No results for {words}; showing results for the other words.',
  unknownWords: 'No entry is about {words}.',
  stopWords: 'Only common words were given; add a word that says what you are looking for.',
  suggestion: 'Did you mean "{suggestion}"?',
}

const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(', ')

/** The notes of a result, in order. */
export function searchNotes(result: SearchResult, q: string, text: NoteText = englishNotes): string[] {
  const notes: string[] = []
  if (result.nothing === 'stop-words') notes.push(text.stopWords)
  else if (result.nothing === 'unknown-words') notes.push(text.unknownWords.replace('{words}', quoted([q.trim()])))
  else if (result.dropped.length > 0) notes.push(text.dropped.replace('{words}', quoted(result.dropped)))
  if (result.suggestion) notes.push(text.suggestion.replace('{suggestion}', result.suggestion))
  return notes
}
