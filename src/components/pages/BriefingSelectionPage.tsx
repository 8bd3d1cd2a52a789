/**
 * /briefings/selection?<filters>: the briefing of the practices a filter of the practices page
 * shows (the same query string), assembled in the browser from the edition's practices and case
 * reviews, which it fetches after load. Words are left out: a briefing rests on the chosen facets only.
 */
import React, {useMemo} from 'react'
import Layout from '@theme/Layout'
import Link from '@docusaurus/Link'
import {useLocation} from '@docusaurus/router'
import useIsBrowser from '@docusaurus/useIsBrowser'
import {applyState, parseState, searchOf} from '@site/src/content/browse'
import {assembleBriefing, briefPracticeOf, casesRelatedTo} from '@site/src/content/briefing'
import Heading from '@theme/Heading'
import type {SelectionShell, SelectionSource} from '@site/src/content/views'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'
import Briefing from '../Briefing'
import {useDeferred} from '../useDeferred'
import DeferredStatus from '../DeferredStatus'

const text = ui.briefing

/** The briefing of the practices a query string of the practices page selects, and the way back to them. */
function assemble(source: SelectionSource, search: string) {
  const parsed = parseState(search, source.facets)
  const state = {selected: parsed.selected, q: ''}
  const cards = applyState(source.cards, state)
  const filters = source.facets
    .filter((facet) => (state.selected[facet.id] ?? []).length > 0)
    .map((facet) => `${facet.label}: ${state.selected[facet.id]!.map((value) => facet.values.find((v) => v.value === value)?.label ?? value).join(', ')}`)
    .join('; ')
  const ids = new Set(cards.map((card) => card.id))
  return {
    briefing: assembleBriefing(
      {
        slug: 'selection',
        title: filters ? fill(text.selectionTitle, {filters}) : text.selectionAll,
        question: filters ? fill(text.selectionQuestion, {filters}) : text.selectionQuestionAll,
      },
      cards.map(briefPracticeOf),
      casesRelatedTo(ids, source.cases),
      source.kinds,
    ),
    words: parsed.q.trim() !== '',
    back: `/practices${searchOf(state, source.facets)}`,
  }
}

export default function BriefingSelectionPage({source}: {source: SelectionShell}): React.JSX.Element {
  const location = useLocation()
  const isBrowser = useIsBrowser()
  // The URL decides once hydrated (the server HTML has no query string).
  const search = isBrowser ? location.search : ''
  const loaded = useDeferred<SelectionSource>(isBrowser ? source.data : null)
  const assembled = useMemo(() => (loaded.data ? assemble(loaded.data, search) : null), [loaded.data, search])
  if (!assembled) {
    return (
      <Layout title={text.selectionPending} description={text.selectionQuestionAll}>
        <main className="container margin-vert--lg">
          <Heading as="h1">{text.selectionPending}</Heading>
          <DeferredStatus failed={loaded.failed} retry={loaded.retry} loading={text.selectionLoading} failure={text.selectionFailed} />
          <noscript>
            <p>{text.selectionNoscript}</p>
          </noscript>
          <p>
            <Link to="/briefings">{text.indexTitle}</Link>
          </p>
        </main>
      </Layout>
    )
  }
  const {briefing, words, back} = assembled
  return (
    <Layout title={briefing.title} description={briefing.question}>
      <main className="container margin-vert--lg">
        <Briefing briefing={briefing}>
          <p className="cx-no-print cx-briefing__actions">
            <Link to={back}>{text.back}</Link> · <Link to="/briefings">{text.indexTitle}</Link> ·{' '}
            <button type="button" className="button button--secondary button--sm" onClick={() => window.print()}>
              {text.print}
            </button>
          </p>
          {words ? <p className="cx-muted">{text.selectionWords}</p> : null}
        </Briefing>
      </main>
    </Layout>
  )
}
