import React from 'react'
import Heading from '@theme/Heading'
import type {KeyFigure} from '@site/src/content/views'

/** Figures communicators may quote, each with its source. */
export default function KeyFigures({figures, heading, id}: {figures: KeyFigure[]; heading: string; id: string}): React.JSX.Element {
  return (
    <section aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {heading}
      </Heading>
      <ul className="cx-figures">
        {figures.map((figure) => (
          <li key={figure.figure} className="cx-figure">
            <span className="cx-figure__number">{figure.figure}</span>
            <span className="cx-figure__text">{figure.text}</span>
            <span className="cx-figure__source">Source: {figure.source}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
