/** The bar under a list with a compare selection: the link to the comparison once two or three are chosen. */
import React from 'react'
import Link from '@docusaurus/Link'
import {COMPARE_MAX, COMPARE_MIN, compareUrl} from '@site/src/content/compare'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'

const text = ui.compare

export default function CompareBar({type, ids, onClear}: {type: string; ids: readonly string[]; onClear: () => void}): React.JSX.Element | null {
  if (ids.length === 0) return null
  return (
    <div className="cx-compare-bar cx-no-print" role="region" aria-label={text.select}>
      {ids.length >= COMPARE_MIN ? (
        <Link className="button button--primary button--sm" to={compareUrl(type, ids)}>
          {fill(text.bar, {count: ids.length})}
        </Link>
      ) : (
        <span>{text.hint}</span>
      )}
      {ids.length >= COMPARE_MAX ? <span className="cx-muted">{text.tooMany}</span> : null}
      <button type="button" className="button button--secondary button--sm" onClick={onClear}>
        {text.clear}
      </button>
    </div>
  )
}
