/**
 * What a search says besides its hits (src/search/notes.ts): words left out, nothing relevant, and
 * "Did you mean …?" with the suggested words as a link that runs them.
 */
import React from 'react'
import Link from '@docusaurus/Link'
import {pieces} from '@site/src/content/editorial/fill'
import {type NoteText, searchNotes} from '@site/src/search/notes'
import type {SearchResult} from '@site/src/search/semantics'

export default function SearchNotes({
  result,
  q,
  text,
  didYouMean,
  linkTo,
}: {
  result: SearchResult
  q: string
  /** The notes' sentences (the editorial text, with searchNotes's placeholders). */
  text: NoteText
  /** "Did you mean {suggestion}?", the suggestion becoming a link. */
  didYouMean: string
  /** Where the suggested words are searched. */
  linkTo: (suggestion: string) => string
}): React.JSX.Element | null {
  // The suggestion is said here, as a link; the other notes as searchNotes words them.
  const {suggestion, ...rest} = result
  const notes = searchNotes(rest, q, text)
  if (notes.length === 0 && !suggestion) return null
  return (
    <div className="cx-search-notes">
      {notes.map((note) => (
        <p key={note} className="cx-search-note">
          {note}
        </p>
      ))}
      {suggestion ? (
        <p className="cx-search-note cx-search-note--suggestion">
          {pieces(didYouMean, {
            suggestion: (
              <Link key="suggestion" to={linkTo(suggestion)} className="cx-search-note__suggestion">
                {suggestion}
              </Link>
            ),
          })}
        </p>
      ) : null}
    </div>
  )
}
