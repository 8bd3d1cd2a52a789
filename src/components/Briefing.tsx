/**
 * A thematic briefing as a page body: the question, the practices, the lessons grouped by kind
 * (each pointing at its numbered review), the counts and the composites caveat, and the reviews
 * cited. Laid out to print on two A4 pages (custom.css, .cx-briefing).
 */
import React from 'react'
import Heading from '@theme/Heading'
import Link from '@docusaurus/Link'
import type {Briefing as BriefingData} from '@site/src/content/briefing'
import {fill} from '@site/src/content/editorial/fill'
import ui from '@site/src/content/editorial/ui.en.json'
import Badge from './Badge'

const text = ui.briefing
const composite = {value: 'composite', label: ui.provenance.composite}

export default function Briefing({briefing, children}: {briefing: BriefingData; children?: React.ReactNode}): React.JSX.Element {
  const {counts} = briefing
  return (
    <article className="cx-briefing" data-briefing={briefing.slug}>
      <p className="cx-kicker">{text.kicker}</p>
      <Heading as="h1">{briefing.title}</Heading>
      {children}
      <section aria-labelledby="cx-briefing-question">
        <Heading as="h2" id="cx-briefing-question" className="cx-h">
          {text.question}
        </Heading>
        <p className="cx-briefing__question">{briefing.question}</p>
        {briefing.source ? <p className="cx-muted cx-briefing__source">Source: {briefing.source}</p> : null}
      </section>
      <p className="cx-briefing__counts" data-lessons={counts.lessons} data-cases={counts.cases} data-composites={counts.composites}>
        <strong>{fill(text.counts, {lessons: counts.lessons, cases: counts.cases, practices: counts.practices})}</strong>{' '}
        <span className={counts.composites > 0 ? 'cx-briefing__caveat' : undefined}>
          {counts.composites > 0 ? fill(text.caveat, {count: counts.composites, total: counts.cases}) : counts.cases > 0 ? text.noComposite : null}
        </span>
      </p>
      <section aria-labelledby="cx-briefing-practices">
        <Heading as="h2" id="cx-briefing-practices" className="cx-h">
          {fill(text.practices, {count: counts.practices})}
        </Heading>
        {briefing.practices.length === 0 ? (
          <p className="cx-muted">{text.practicesNone}</p>
        ) : (
          <ul className="cx-briefing__practices">
            {briefing.practices.map((p) => (
              <li key={p.id} data-entry-id={p.id}>
                <Link to={p.permalink}>{p.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cx-briefing-lessons">
        <Heading as="h2" id="cx-briefing-lessons" className="cx-h">
          {text.lessons}
        </Heading>
        {briefing.groups.length === 0 ? <p className="cx-muted">{text.lessonsNone}</p> : null}
        <div className="cx-briefing__groups">
          {briefing.groups.map((group) => (
            <div key={group.kind.value} className={`cx-briefing__group cx-briefing__group--${group.kind.value}`} data-kind={group.kind.value}>
              <Heading as="h3" className="cx-briefing__kind">
                {group.kind.label} ({group.lessons.length})
              </Heading>
              <ul>
                {group.lessons.map((lesson, index) => {
                  const review = briefing.reviews[lesson.review - 1]!
                  return (
                    <li key={index} className="cx-briefing__lesson" data-case-id={lesson.caseId}>
                      {lesson.text}{' '}
                      <Link
                        to={review.permalink}
                        className="cx-briefing__ref cx-no-print-href"
                        aria-label={fill(text.lessonFrom, {number: review.number, title: review.title})}
                      >
                        [{review.number}]
                      </Link>
                    </li>
                  )
                })}
              </ul>
            </div>
          ))}
        </div>
      </section>
      {briefing.reviews.length > 0 ? (
        <section aria-labelledby="cx-briefing-reviews">
          <Heading as="h2" id="cx-briefing-reviews" className="cx-h">
            {fill(text.reviews, {count: briefing.reviews.length})}
          </Heading>
          <ol className="cx-briefing__reviews">
            {briefing.reviews.map((review) => (
              <li key={review.id} value={review.number} data-entry-id={review.id}>
                <Link to={review.permalink}>{review.title}</Link> <Badge kind="outcome" value={review.outcome} />
                {review.composite ? (
                  <>
                    {' '}
                    <Badge kind="provenance" value={composite} />
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  )
}
