/** "Did you mean" suggestions for misspelt keys and vocabulary values. */
import {distance} from 'fastest-levenshtein'

/** The closest candidate to `input`, if it is close enough to be a likely typo. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase()
  let best: string | undefined
  let bestScore = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase()
    if (lower === needle) return candidate
    const score = lower.startsWith(needle) || needle.startsWith(lower) ? 1 : distance(needle, lower)
    if (score < bestScore) {
      bestScore = score
      best = candidate
    }
  }
  const tolerance = Math.max(2, Math.floor(needle.length / 3))
  return bestScore <= tolerance ? best : undefined
}
