/**
 * A thematic briefing, assembled from plain data so that the build (one per topic) and the browser
 * (one for any filter of a browse page) make it the same way: the question, the practices that
 * address it, and the lessons of the case reviews related to them, grouped by kind (what worked,
 * what did not, conditions), each lesson pointing at its review, with counts and the composites
 * caveat. Pure functions, no imports but types: components use it.
 */
import type {Card, Labelled} from './views'

/** A practice as a briefing lists it. */
export interface BriefPractice {
  id: string
  title: string
  permalink: string
  summary: string
}

/** A case review as a briefing reads it: its lessons and the practices it relates to. */
export interface BriefCase {
  id: string
  title: string
  permalink: string
  composite: boolean
  outcome: Labelled
  relatedPractices: string[]
  lessons: Array<{kind: string; text: string}>
}

/** The data a briefing is assembled from. */
export interface BriefingSource {
  /** Lesson kinds in display order, labelled ("What worked"…). */
  kinds: Labelled[]
  practices: BriefPractice[]
  cases: BriefCase[]
}

export interface BriefLesson {
  text: string
  /** The review it comes from: its number in the briefing's list of reviews. */
  review: number
  caseId: string
}

export interface Briefing {
  slug: string
  title: string
  question: string
  source?: string
  practices: BriefPractice[]
  groups: Array<{kind: Labelled; lessons: BriefLesson[]}>
  /** The reviews the lessons come from, numbered from 1 in the order they are cited. */
  reviews: Array<BriefCase & {number: number}>
  counts: {practices: number; cases: number; composites: number; lessons: number}
}

/** Assembles a briefing from practices and the case reviews related to them. */
export function assembleBriefing(
  meta: {slug: string; title: string; question: string; source?: string},
  practices: readonly BriefPractice[],
  cases: readonly BriefCase[],
  kinds: readonly Labelled[],
): Briefing {
  const reviews = [...cases].sort((a, b) => a.title.localeCompare(b.title)).map((c, index) => ({...c, number: index + 1}))
  const groups = kinds
    .map((kind) => ({
      kind,
      lessons: reviews.flatMap((review) =>
        review.lessons.filter((lesson) => lesson.kind === kind.value).map((lesson) => ({text: lesson.text, review: review.number, caseId: review.id})),
      ),
    }))
    .filter((group) => group.lessons.length > 0)
  return {
    ...meta,
    practices: [...practices],
    groups,
    reviews,
    counts: {
      practices: practices.length,
      cases: reviews.length,
      composites: reviews.filter((r) => r.composite).length,
      lessons: groups.reduce((n, g) => n + g.lessons.length, 0),
    },
  }
}

/** The case reviews related to any of these practices. */
export function casesRelatedTo(practiceIds: ReadonlySet<string>, cases: readonly BriefCase[]): BriefCase[] {
  return cases.filter((c) => c.relatedPractices.some((id) => practiceIds.has(id)))
}

/** A briefing practice of a card. */
export const briefPracticeOf = (card: Card): BriefPractice => ({id: card.id, title: card.title, permalink: card.permalink, summary: card.summary})
