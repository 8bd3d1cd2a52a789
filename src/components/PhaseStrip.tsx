import React from 'react'
import type {Labelled} from '@site/src/content/views'
import ui from '@site/src/content/editorial/ui.en.json'

/** The continuum strip: prison → pre-release → probation → community, with the entry's phases lit. */
export default function PhaseStrip({phases, compact}: {phases: Array<Labelled & {lit: boolean}>; compact?: boolean}): React.JSX.Element {
  return (
    <ol className={`cx-strip${compact ? ' cx-strip--compact' : ''}`} aria-label={ui.phases.label}>
      {phases.map((phase) => (
        <li key={phase.value} className={phase.lit ? 'cx-strip__phase cx-strip__phase--lit' : 'cx-strip__phase'} title={phase.description}>
          <span>{phase.label}</span>
          <span className="cx-sr-only">{phase.lit ? ' (covered)' : ' (not covered)'}</span>
        </li>
      ))}
    </ol>
  )
}
