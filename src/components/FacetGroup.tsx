/** One facet of a filter form: its values as checkboxes, each with its count when known. */
import React, {useId} from 'react'
import type {Facet} from '@site/src/content/views'
import {fill} from '@site/src/content/editorial/fill'

export default function FacetGroup({
  facet,
  chosen,
  counts,
  onToggle,
  selectedText,
  disableEmpty = false,
  byCount = false,
}: {
  facet: Facet
  /** The values checked. */
  chosen: readonly string[]
  /** Value → entries it would show if chosen; undefined while unknown. */
  counts: ReadonlyMap<string, number> | undefined
  onToggle: (facet: string, value: string) => void
  /** How many are selected, for screen readers (`{count}`). */
  selectedText: string
  /** A value that would show nothing is disabled (unless checked) rather than only dimmed. */
  disableEmpty?: boolean
  /** Values that would show nothing are left out (unless checked), the others sorted by count, most first. */
  byCount?: boolean
}): React.JSX.Element {
  const id = useId()
  const values =
    byCount && counts
      ? facet.values
          .map((value, index) => ({value, index, count: counts.get(value.value) ?? 0}))
          .filter(({value, count}) => count > 0 || chosen.includes(value.value))
          .sort((a, b) => b.count - a.count || a.index - b.index)
          .map(({value}) => value)
      : facet.values
  return (
    <fieldset className="cx-facet" aria-describedby={chosen.length ? `${id}-chosen` : undefined}>
      <legend>{facet.label}</legend>
      {chosen.length ? (
        <span id={`${id}-chosen`} className="cx-sr-only">
          {fill(selectedText, {count: chosen.length})}
        </span>
      ) : null}
      <ul>
        {values.map((value) => {
          const count = counts?.get(value.value)
          const checked = chosen.includes(value.value)
          const empty = count === 0 && !checked
          return (
            <li key={value.value}>
              <label className={empty ? 'cx-facet__value cx-facet__value--empty' : 'cx-facet__value'} title={value.description}>
                <input
                  type="checkbox"
                  name={facet.id}
                  value={value.value}
                  checked={checked}
                  disabled={disableEmpty && empty}
                  onChange={() => onToggle(facet.id, value.value)}
                />
                <span className="cx-facet__label">{value.label}</span>
                {count === undefined ? null : (
                  <span className="cx-facet__count">
                    <span className="cx-sr-only">, </span>
                    {count}
                  </span>
                )}
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
