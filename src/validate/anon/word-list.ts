/** Word lists looked up without building a set at start-up. */

/** What the detectors ask of a word list. */
export interface WordSet {
  has(word: string): boolean
}

/** Look-ups after which a Set pays for itself (building one of 60,000 words costs about as much as this many binary searches). */
const LOOKUPS_BEFORE_SET = 50_000
/** Answers remembered before the Set is built (then forgotten all at once): prose repeats its words. */
const REMEMBERED = 8192

/**
 * The words of a list kept sorted and looked up by binary search, so that nothing is built when the
 * list is loaded: validating one file does not pay for sets of 60,000 words. Answers are remembered
 * (prose repeats its words), and after enough searches (a whole checkout) a Set is built once and
 * used instead.
 */
export class SortedWords implements WordSet {
  readonly #words: readonly string[]
  #set: Set<string> | undefined
  #lookups = 0
  /** Answers of the binary search, by word: a search costs some twenty string comparisons, a look-up here one hash. */
  readonly #answers = new Map<string, boolean>()

  private constructor(words: readonly string[]) {
    this.#words = words
  }

  /** The words (in any order, duplicates allowed), sorted here unless they already are (generated lists are). */
  static of(words: string[]): SortedWords {
    for (let index = 1; index < words.length; index++) {
      if (words[index - 1]! > words[index]!) {
        words.sort()
        break
      }
    }
    return new SortedWords(words)
  }

  has(word: string): boolean {
    if (this.#set) return this.#set.has(word)
    const known = this.#answers.get(word)
    if (known !== undefined) return known
    if (++this.#lookups > LOOKUPS_BEFORE_SET) {
      this.#set = new Set(this.#words)
      this.#answers.clear()
      return this.#set.has(word)
    }
    const found = this.#search(word)
    if (this.#answers.size >= REMEMBERED) this.#answers.clear()
    this.#answers.set(word, found)
    return found
  }

  #search(word: string): boolean {
    const words = this.#words
    let low = 0
    let high = words.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const candidate = words[middle]!
      if (candidate === word) return true
      if (candidate < word) low = middle + 1
      else high = middle - 1
    }
    return false
  }
}
