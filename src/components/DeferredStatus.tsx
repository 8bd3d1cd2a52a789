/** What a page says while its deferred data (useDeferred) is on its way, or when it could not be fetched: with a way to try again. */
import React from 'react'
import ui from '@site/src/content/editorial/ui.en.json'

export default function DeferredStatus({
  failed,
  retry,
  loading,
  failure,
}: {
  failed: boolean
  retry: () => void
  loading: string
  failure: string
}): React.JSX.Element {
  return failed ? (
    <p className="cx-empty" role="alert">
      {failure}{' '}
      <button type="button" className="button button--primary button--sm" onClick={retry}>
        {ui.browse.tryAgain}
      </button>
    </p>
  ) : (
    <p className="cx-empty" role="status" data-state="loading">
      {loading}
    </p>
  )
}
