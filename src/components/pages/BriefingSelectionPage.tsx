/**
 * /briefings/selection?<filters>: the briefing of the practices a filter of the practices page
 * shows (the same query string), assembled in the browser from the edition's practices and case
 * reviews. Words are left out: a briefing rests on the chosen facets only.
 */
import React, {useMemo} from 'react'
import Layout from '@theme/Layout'
import Link from '@docusaurus/Link'
import {useLocation} from '@docusaurus/router'
import useIsBrowser from '@docusaurus/useIsBrowser'
import {applyState, parseState, searchOf} from '@site/src/content/browse'
import {assembleBriefing, briefPracticeOf, casesRelatedTo} from '@site/src/content/briefing'
import type {SelectionSource} from '@site/src/content/views'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'
import Briefing from '../Briefing'

const text = ui.briefing

export default function BriefingSelectionPage({source}: {source: SelectionSource}): React.JSX.Element {
  const location = useLocation()
  // The URL decides once hydrated (the server HTML has no query string).
  const search = useIsBrowser() ? location.search : ''
  const {briefing, words, back} = useMemo(() => {
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
  }, [search, source])
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
