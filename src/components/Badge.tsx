import React from 'react'
import type {Labelled} from '@site/src/content/views'

/** A labelled value shown as a badge; the kind picks the colour, the text always says it. */
export default function Badge({kind, value, prefix}: {kind: string; value: Labelled; prefix?: string}): React.JSX.Element {
  return (
    <span className={`cx-badge cx-badge--${kind} cx-badge--${kind}-${value.value}`} title={value.description}>
      {prefix ? <span className="cx-badge__prefix">{prefix}: </span> : null}
      {value.label}
    </span>
  )
}
