/**
 * anon/person-name — names of people: after an honorific ("Mr Jansen", "Imam Hassan"), with an
 * initial ("Ahmed K.", "K. Ahmed"), after a kinship or role cue ("her brother Youssef", "his mentor,
 * Jan,"), after "named"/"called", a listed given name ("Fatima") and pairs of capitalised words that
 * read as first name + surname. Public organisations, regions and author-year citations are allowed.
 */
import {anonRule, quote, type Hit} from '../../anon/define.js'
import type {Lexicon} from '../../anon/lexicon.js'
import {isSentenceStart} from '../../anon/scan.js'
import {caseReview, invalid, paragraphLine, valid} from '../examples.js'

const line = paragraphLine.case

const NAME = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)?`
const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Madam|Imam|Sheikh|Shaykh|Sheik|Ustadh|Ustaz|Mullah|Hajji|Hadji|Hajj|Brother|Sister|Father|Pastor|Rabbi|Herr|Frau|Dhr|Mevr|Mevrouw|Meneer|Monsieur|Madame|Mme|Mlle|Signor|Signora|Sig|Sra|Sr|Señor|Señora|Don|Doña|Pan|Pani|Officer|Inspector|Judge|Justice)`
const KIN = String.raw`(?:brother|sister|half-brother|half-sister|stepbrother|stepsister|mother|father|mum|mom|dad|stepmother|stepfather|son|daughter|stepson|stepdaughter|wife|husband|ex-wife|ex-husband|spouse|partner|fianc[ée]e?|girlfriend|boyfriend|uncle|aunt|cousin|nephew|niece|grandmother|grandfather|grandson|granddaughter|brother-in-law|sister-in-law|mother-in-law|father-in-law|son-in-law|daughter-in-law|friend|best friend|neighbour|neighbor|flatmate|roommate|cellmate|co-defendant|accomplice|mentor|imam|lawyer|solicitor|employer|boss|colleague|case ?worker|social worker|probation officer|officer|counsellor|counselor|psychologist|therapist|coach|teacher|client|child|baby|sibling|relative|recruiter|handler|contact|associate|guardian|landlord|landlady)`

const honorificPattern = new RegExp(String.raw`(?<![\p{L}])${HONORIFIC}\.?\s+(${NAME}(?:\s+${NAME})?)`, 'gu')
const nameInitialPattern = new RegExp(String.raw`(?<![\p{L}])(${NAME})\s+(\p{Lu})\.(?![\p{L}])`, 'gu')
const initialNamePattern = new RegExp(String.raw`(?<![\p{L}\d.-])(\p{Lu})\.\s?(${NAME})`, 'gu')
const kinPattern = new RegExp(
  String.raw`(?<![\p{L}])(?:his|her|their|the|a|my|our|your|whose|its)\s+(?:(?:older|younger|elder|little|big|late|former|new|own|eldest|youngest|twin|only)\s+)?${KIN}s?\s*,?\s+(${NAME})`,
  'giu',
)
const calledPattern = new RegExp(
  String.raw`(?<![\p{L}])(?:named|called|known as|alias|aka|a\.k\.a\.|nicknamed|goes by|went by|pseudonym|real name|first name|surname|last name|name is|name was)\s*:?\s*["“‘']?(${NAME}(?:\s+${NAME})?)`,
  'gu',
)
const capitalisedPattern = new RegExp(String.raw`(?<![\p{L}\d'’.-])(${NAME})(?:\s+(${NAME}))?(?![\p{L}\d])`, 'gu')

const STOP_FIRST_WORDS = new Set([
  'section',
  'annex',
  'appendix',
  'figure',
  'table',
  'chapter',
  'article',
  'part',
  'phase',
  'step',
  'level',
  'type',
  'group',
  'category',
  'plan',
  'option',
  'point',
  'model',
  'wing',
  'block',
  'unit',
  'case',
  'scenario',
  'room',
  'building',
  'floor',
  'cell',
  'recommendation',
  'stage',
  'tier',
  'grade',
  'class',
  'team',
  'module',
  'session',
  'item',
  'question',
  'box',
  'list',
  'vitamin',
  'world',
  'war',
])

function isWordish(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase()
  return lex.common.has(lower) || lex.known.has(lower) || lex.common.has(lower.replace(/['’]s$/, ''))
}

function isNameToken(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '')
  if (lex.known.has(lower)) return false
  return lex.given.has(lower) || lex.given.has(lower.split('-')[0]!)
}

function* detect(text: string, lex: Lexicon): Generator<Hit> {
  const hint = 'Use a role or relation instead of a name: "the client", "her brother", "a mentor".'
  for (const match of text.matchAll(honorificPattern)) {
    const name = match[1]!.split(/\s+/)[0]!
    if (isWordish(name, lex) && !isNameToken(name, lex)) continue
    yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected person name \`${quote(match[0])}\`, expected no names`, hint}
  }
  for (const match of text.matchAll(nameInitialPattern)) {
    const name = match[1]!
    if (STOP_FIRST_WORDS.has(name.toLowerCase()) || (isWordish(name, lex) && !isNameToken(name, lex))) continue
    yield {
      start: match.index,
      end: match.index + match[0].length,
      reason: `Unexpected person name \`${quote(match[0])}\` (name and initial), expected no names`,
      hint,
    }
  }
  for (const match of text.matchAll(initialNamePattern)) {
    const name = match[2]!
    if (isWordish(name, lex) && !isNameToken(name, lex) && !lex.surnames.has(name.toLowerCase())) continue
    yield {
      start: match.index,
      end: match.index + match[0].length,
      reason: `Unexpected person name \`${quote(match[0])}\` (initial and name), expected no names`,
      hint,
    }
  }
  for (const match of text.matchAll(kinPattern)) {
    const name = match[1]!
    if (isWordish(name, lex) && !isNameToken(name, lex)) continue
    const start = match.index + match[0].lastIndexOf(name)
    yield {
      start,
      end: start + name.length,
      reason: `Unexpected person name \`${name}\` after a relation, expected the relation alone`,
      hint: `Write the relation alone ("${match[0].slice(0, match[0].lastIndexOf(name)).replace(/[,\s]+$/, '')}") or "the client".`,
    }
  }
  for (const match of text.matchAll(calledPattern)) {
    const name = match[1]!.split(/\s+/)[0]!
    if (lex.known.has(name.toLowerCase())) continue
    const start = match.index + match[0].lastIndexOf(match[1]!)
    yield {start, end: start + match[1]!.length, reason: `Unexpected name \`${quote(match[1]!)}\`, expected no names or nicknames`, hint}
  }
  for (const match of text.matchAll(capitalisedPattern)) {
    const first = match[1]!
    const second = match[2]
    const firstIsName = isNameToken(first, lex)
    const sentenceStart = isSentenceStart(text, match.index)
    if (firstIsName && (!isWordish(first, lex) || !sentenceStart)) {
      const end = second && !isWordish(second, lex) ? match.index + match[0].length : match.index + first.length
      yield {start: match.index, end, reason: `Unexpected person name \`${quote(text.slice(match.index, end))}\`, expected no names`, hint}
      continue
    }
    if (second && isNameToken(second, lex) && !isWordish(second, lex) && !isWordish(first, lex) && !lex.places.has(first.toLowerCase())) {
      yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected person name \`${quote(match[0])}\`, expected no names`, hint}
      continue
    }
    // Two capitalised words mid-sentence that no word list knows, the second a known surname.
    if (
      second &&
      !sentenceStart &&
      lex.surnames.has(second.toLowerCase()) &&
      !isWordish(first, lex) &&
      !isWordish(second, lex) &&
      !lex.places.has(first.toLowerCase())
    ) {
      yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected person name \`${quote(match[0])}\`, expected no names`, hint}
    }
  }
}

export const rule = anonRule({
  meta: {
    id: 'anon/person-name',
    severity: 'error',
    description: 'No names of people (with honorifics, initials, kinship cues, given names).',
    hint: 'Use a role or relation instead of a name: "the client", "her brother", "a mentor".',
    get examples() {
      return {
        valid: [
          valid('relations instead of names', caseReview({paragraph: 'Her brother visited every week; the mentor had left the movement years before.'})),
          valid('an author-year citation', caseReview({paragraph: 'As Khalil, Zeuthen and White (2021) note, continuity matters.'})),
        ],
        invalid: [
          invalid('a name after a relation', caseReview({paragraph: 'Her brother Youssef visited every week.'}), {
            line,
            column: 13,
            message: 'Unexpected person name `Youssef` after a relation, expected the relation alone',
          }),
          invalid('a name after an honorific', caseReview({paragraph: 'Imam Hassan led the dialogue sessions.'}), {
            line,
            column: 1,
            message: 'Unexpected person name `Imam Hassan`, expected no names',
          }),
          invalid('a name and an initial', caseReview({paragraph: 'The client, Ahmed K., refused contact.'}), {
            line,
            column: 13,
            message: 'Unexpected person name `Ahmed K.` (name and initial), expected no names',
          }),
        ],
      }
    },
  },
  detect: (segment, lex) => detect(segment.text, lex),
})
