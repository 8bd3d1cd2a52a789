/**
 * anon/person-name — names of people: after an honorific ("Mr Jansen", "Imam Hassan"), with an
 * initial ("Ahmed K.", "K. Ahmed"), after a kinship or role cue ("her brother Youssef", "his mentor,
 * Jan,"), after "named"/"called", a listed given name ("Fatima") and pairs of capitalised words that
 * read as first name + surname. Public organisations, regions and author-year citations are allowed.
 */
import {scanAll} from '../../anon/patterns.js'
import {anonRule, quote, type Hit} from '../../anon/define.js'
import type {Lexicon} from '../../anon/lexicon.js'
import {fold, nameLists, type NameLists} from '../../anon/names.js'
import {isSentenceStart} from '../../anon/scan.js'
import {isUpper, type Word, wordsOf} from '../../anon/tokens.js'
import {caseReview, invalid, paragraphLine, valid} from '../examples.js'

const line = paragraphLine.case

const NAME = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)?`
const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Madam|Imam|Sheikh|Shaykh|Sheik|Ustadh|Ustaz|Mullah|Hajji|Hadji|Hajj|Brother|Sister|Father|Pastor|Rabbi|Herr|Frau|Dhr|Mevr|Mevrouw|Meneer|Monsieur|Madame|Mademoiselle|Mme|Mlle|Maître|Maitre|Me|Signor|Signora|Sig|Sra|Sr|Señor|Señora|Don|Doña|Pan|Pani|Officer|Inspector|Judge|Justice)`
const KIN = String.raw`(?:brother|sister|half-brother|half-sister|stepbrother|stepsister|mother|father|mum|mom|dad|stepmother|stepfather|son|daughter|stepson|stepdaughter|wife|husband|ex-wife|ex-husband|spouse|partner|fianc[ée]e?|girlfriend|boyfriend|uncle|aunt|cousin|nephew|niece|grandmother|grandfather|grandson|granddaughter|brother-in-law|sister-in-law|mother-in-law|father-in-law|son-in-law|daughter-in-law|friend|best friend|neighbour|neighbor|flatmate|roommate|cellmate|co-defendant|accomplice|mentor|imam|lawyer|solicitor|employer|boss|colleague|case ?worker|social worker|probation officer|officer|counsellor|counselor|psychologist|therapist|coach|teacher|client|child|baby|sibling|relative|recruiter|handler|contact|associate|guardian|landlord|landlady)`

const caseless = (words: string[]) => words.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')
/** Honorifics and titles of fr, de, nl, es, it as written mid-sentence, often after an article. */
const LOWER_HONORIFIC = caseless([
  'monsieur',
  'madame',
  'mademoiselle',
  'maître',
  'maitre',
  'herr',
  'frau',
  'meneer',
  'mevrouw',
  'de heer',
  'señor',
  'señora',
  'señorita',
  'senor',
  'senora',
  'doña',
  'signor',
  'signora',
  'signorina',
  'dottor',
  'dottoressa',
  'avvocato',
  'avvocata',
  "l'avvocato",
  'l’avvocato',
  "l'avvocata",
  'avocat',
  'avocate',
  'advocaat',
  'abogado',
  'abogada',
  'anwalt',
  'anwältin',
  'rechtsanwalt',
  'rechtsanwältin',
  'notaio',
  'imam',
  'imām',
])
const PARTICLE = String.raw`(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Dd]a|[Dd]el|[Dd]ella|[Dd]u|[Ll]e|[Ll]a|[Tt]er|[Tt]en|[Ee]l|[Aa]l|[Bb]en|[Oo]uld)(?:\s+(?:der|den|de|la|het|van))?\s+)?`
const lowerHonorificPattern = new RegExp(String.raw`(?<![\p{L}])(?:${LOWER_HONORIFIC})\s+(${PARTICLE}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)`, 'gu')
/** Kinship words after a possessive in fr, de, nl, es, it: "son frère Karim", "zijn broer Daan". */
const OTHER_KIN = caseless(['son', 'sa', 'leur', 'sein', 'seine', 'seinem', 'ihr', 'ihre', 'zijn', 'haar', 'hun', 'su', 'suo', 'sua', 'il suo', 'la sua'])
const OTHER_KIN_WORDS =
  'frère|sœur|soeur|mère|père|fils|fille|cousin|cousine|oncle|tante|mari|femme|ami|amie|épouse|Bruder|Schwester|Mutter|Vater|Sohn|Tochter|Cousine|Onkel|Tante|Mann|Frau|Freund|Freundin|Ehefrau|Ehemann|broer|zus|zuster|moeder|vader|zoon|dochter|neef|nicht|oom|man|vrouw|vriend|vriendin|hermano|hermana|madre|padre|hijo|hija|primo|prima|tío|tía|marido|esposa|esposo|mujer|amigo|amiga|fratello|sorella|figlio|figlia|cugino|cugina|zio|zia|marito|moglie|amico|amica'
const otherKinPattern = new RegExp(
  String.raw`(?<![\p{L}])(?:${OTHER_KIN})\s+(?:(?:aîné|aînée|cadet|cadette|ältere|älterer|jüngere|jüngerer|oudere|jongere|mayor|menor|maggiore|minore|grand|petit|petite|jeune)\s+)?(?:${OTHER_KIN_WORDS})(?:\s+(?:aîné|aînée|cadet|cadette|mayor|menor|maggiore|minore))?\s*,?\s+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)`,
  'gu',
)
/** A title or role and one capital letter: a coded label ("Mr X", "Officer B", "Client A"), not a name. */
const placeholder = new RegExp(
  String.raw`^(?:${HONORIFIC}|Client|Person|Prisoner|Inmate|Witness|Mentor|Worker|Agent|Subject|Patient|Offender|Participant|Victim)\.?\s+\p{Lu}\.?$`,
  'u',
)
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

/** Answers of isWordish and isNameToken by word, for the lexicon they were asked of: prose repeats its words. */
const wordish = new Map<string, boolean>()
const nameTokens = new Map<string, boolean>()
let answersOf: Lexicon | undefined
const ANSWERS = 20_000

function remembered(answers: Map<string, boolean>, word: string, lex: Lexicon, answer: (word: string, lex: Lexicon) => boolean): boolean {
  if (answersOf !== lex) {
    wordish.clear()
    nameTokens.clear()
    answersOf = lex
  }
  const known = answers.get(word)
  if (known !== undefined) return known
  if (answers.size >= ANSWERS) answers.clear()
  const found = answer(word, lex)
  answers.set(word, found)
  return found
}

function isWordish(word: string, lex: Lexicon): boolean {
  return remembered(wordish, word, lex, (value) => {
    const lower = value.toLowerCase()
    return lex.common.has(lower) || lex.known.has(lower) || lex.common.has(lower.replace(/['’]s$/, ''))
  })
}

function isNameToken(word: string, lex: Lexicon): boolean {
  return remembered(nameTokens, word, lex, (value) => {
    const lower = value.toLowerCase().replace(/['’]s$/, '')
    if (lex.known.has(lower)) return false
    return lex.given.has(lower) || lex.given.has(lower.split('-')[0]!)
  })
}

/** Words that make the capitalised word next to them the name of a programme, group or document. */
const PROGRAMME_WORDS = new Set(
  `programme program programm programma programa project projekt projet project progetto proyecto network netwerk netzwerk réseau red rete
  curriculum protocol protocole protokoll protocollo protocolo group groupe gruppe groep grupo gruppo workshop atelier werkstatt werkplaats taller
  laboratorio laboratoire method méthode methode metodo método model modèle modell modello modelo module modul modulo módulo initiative
  initiatief initiativa iniziativa iniciativa scheme plan plano piano course cursus kurs corso curso circle cercle kreis kring círculo circolo
  foundation fondation stiftung stichting fundación fondazione association verein vereniging asociación associazione house maison huis casa
  centre center centrum zentrum centro approach approche ansatz aanpak enfoque approccio unit team équipe fund fonds fondo training formation
  tool toolkit outil werkzeug strumento herramienta manual handbook handbuch handboek manuale manual guide leitfaden guida guía`.split(/\s+/),
)
/** Articles and determiners: a capitalised word right after one is a noun or a title, not a bare name. */
const ARTICLES = new Set(
  'the a an this these those le la les un une ce cette der die das den dem des ein eine einen einem einer dieser diese het een dit deze el los las una unos unas este esta il lo gli uno questo questa'.split(
    ' ',
  ),
)
/** Words after a name that show a person acting or being described (several languages). */
const PERSON_VERBS = new Set(
  `said says told tells asked asks refused refuses agreed kept keeps had has was is would could will did does never always still also
  went goes came comes met meets wrote writes spent spends showed shows slept sleeps felt feels knew knows took takes gave gives made
  left leaves found finds got gets began begins thought thinks became becomes ran runs sat sits stood stands spoke speaks turned
  avait était est dit dormait a-t-il sera fut hat hatte war ist sagte schlief hielt ging kam blieb wurde wird kehrte
  heeft had was is zei sliep hield ging kwam bleef werd wordt ha aveva era è disse dormiva fu sarà tiene tenía tuvo había era es fue
  dijo dormía cumplió volvió pidió llegó quería ha hanno aveva rispettato tornò chiese`.split(/\s+/),
)
/** Words before a name that introduce a person: reporting and meeting verbs, conjunctions. */
const CUES_BEFORE = new Set(
  `said told asked met meet saw see described describes visited called that when because but while after before until as whom
  que quand parce lorsque selon dass als weil wenn laut dat toen omdat volgens cuando porque según che quando perché secondo`.split(/\s+/),
)
/** Object pronouns after a reporting verb ("told us", "asked him"): the name after them is the one reported on. */
const OBJECT_PRONOUNS = new Set(['us', 'me', 'him', 'her', 'them', 'you'])
const REPORTING_VERBS = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'reminded', 'assured', 'informed', 'warned', 'wrote', 'showed'])

/** Whether the word before the one at `index` is an object pronoun after a reporting verb ("the staff told us Tshabalala had…"). */
function reportedTo(text: string, tokens: Word[], index: number, previous: string): boolean {
  if (!OBJECT_PRONOUNS.has(previous) || index < 2) return false
  const verb = tokens[index - 2]!
  const pronoun = tokens[index - 1]!
  return /^\s+$/.test(text.slice(verb.index + verb.raw.length, pronoun.index)) && REPORTING_VERBS.has(verb.raw.toLowerCase())
}

/** Past and imperfect endings of verbs: English -ed, French -ait, Spanish -ó/-ía/-aba, Italian -ò/-eva/-ava/-iva. */
const PAST_ENDING = /^\p{Ll}+(?:ed|ait|aient|ó|ía|aba|ò|eva|ava|iva)$/u
const SURNAME_SHAPE = /(?:ov|ova|ev|eva|ski|ska|sky|czyk|wicz|akis|opoulos|idis|iadis|oglu|oğlu|shvili|dze|yan)$/u

interface TextMarks {
  text: string
  /** Offsets of sentence ends (. ! ?), ascending. */
  sentenceEnds: number[]
  /** Offsets of bracketed years ("(2019"), ascending. */
  years: number[]
  /** Bracketed spans [open, close) that hold a year, ascending and disjoint. */
  yearSpans: Array<[number, number]>
}

let marks: TextMarks | undefined

/** Sentence ends and bracketed years of a text, found in one pass each (so that every look-up is a binary search). */
function marksOf(text: string): TextMarks {
  if (marks?.text === text) return marks
  const sentenceEnds: number[] = []
  for (const match of text.matchAll(/[.!?]/g)) sentenceEnds.push(match.index)
  const years: number[] = []
  for (const match of text.matchAll(/\(\s*(?:19|20)\d\d/g)) years.push(match.index)
  const yearSpans: Array<[number, number]> = []
  for (let open = text.indexOf('('); open !== -1; ) {
    const close = text.indexOf(')', open)
    const stop = close === -1 ? text.length : close
    if (/\b(?:19|20)\d\d\b/.test(text.slice(open, stop))) yearSpans.push([open, stop])
    open = close === -1 ? -1 : text.indexOf('(', close)
  }
  marks = {text, sentenceEnds, years, yearSpans}
  return marks
}

/** The first value of a sorted list at or after `at`, or undefined. */
function firstFrom(list: number[], at: number): number | undefined {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (list[mid]! < at) low = mid + 1
    else high = mid
  }
  return list[low]
}

function insideYearSpan(spans: Array<[number, number]>, index: number): boolean {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (spans[mid]![1] <= index) low = mid + 1
    else high = mid
  }
  return low < spans.length && spans[low]![0] <= index
}

/** Whether a name at [start, end) is a programme's name, a placeholder, an allowed phrase or a cited author. */
function allowedContext(text: string, start: number, end: number, names: NameLists): boolean {
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 40)
  const previous = /([\p{L}]+)[\s«»"“”„‘’'(-]*$/u.exec(before)?.[1]?.toLowerCase()
  const next = /^[\s«»"“”„‘’')-]*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase()
  const hyphenNext = /^-([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase()
  if ((previous && PROGRAMME_WORDS.has(previous)) || (next && PROGRAMME_WORDS.has(next)) || (hyphenNext && PROGRAMME_WORDS.has(hyphenNext))) return true
  const phrase = text.slice(start, end).toLowerCase()
  if (phrase.split('-').some((part, index) => index > 0 && PROGRAMME_WORDS.has(part))) return true
  if (names.allowed.some((allowed) => text.slice(start, start + allowed.length).toLowerCase() === allowed)) return true
  // Cited authors: inside brackets with a year, before a bracketed year in the same sentence
  // ("Brennan's account … (2018)", "Smith and Jones (2019)"), after "in the words of".
  const {sentenceEnds, years, yearSpans} = marksOf(text)
  if (insideYearSpan(yearSpans, start)) return true
  const year = firstFrom(years, end)
  const sentenceEnd = firstFrom(sentenceEnds, end) ?? text.length
  if (year !== undefined && year < sentenceEnd) return true
  return /\b(?:in the words of|according to|as argued by|as shown by|cited by|selon|laut|volgens|según|secondo)\s*$/iu.test(before)
}

/** What a capitalised word alone is to the name lists (the same wherever it stands). */
interface Reading {
  possessive: boolean
  base: string
  lower: string
  folded: string
  place: boolean
  listed: boolean
  shaped: boolean
  ordinary: boolean
  pairOnly: boolean
  unknown: boolean
}

/** Readings of the words met lately, by word (undefined: a word bareNames passes over); prose repeats its words. */
const readings = new Map<string, Reading | undefined>()
let readingsOf: NameLists | undefined
const READINGS = 20_000

function readingOf(raw: string, lex: Lexicon, names: NameLists): Reading | undefined {
  if (readingsOf !== names || readings.size >= READINGS) {
    readings.clear()
    readingsOf = names
  }
  if (readings.has(raw)) return readings.get(raw)
  const reading = computeReading(raw, lex, names)
  readings.set(raw, reading)
  return reading
}

function computeReading(raw: string, lex: Lexicon, names: NameLists): Reading | undefined {
  if (!/^\p{Lu}\p{Ll}/u.test(raw)) return undefined
  const possessive = /['’]s$/.test(raw)
  const base = raw.replace(/['’]s?$/, '')
  const lower = base.toLowerCase()
  const folded = fold(base)
  if (names.notNames.has(folded) || STOP_FIRST_WORDS.has(lower)) return undefined
  if (lex.known.has(lower) && !names.ambiguousSurnames.has(folded)) return undefined
  const place = lex.places.has(lower)
  const listed = names.given.has(folded) || names.surnames.has(folded) || names.surnames.has(folded.split('-')[0]!)
  const shaped = !listed && SURNAME_SHAPE.test(folded) && !lex.common.has(lower) && base.length > 4
  const ordinary = lex.common.has(lower) || names.nameWords.has(folded) || names.ambiguousSurnames.has(folded)
  const pairOnly = !listed && !shaped && !names.ambiguousSurnames.has(folded)
  // A word no list knows (not a word of any dictionary, place, given name or surname): a name
  // from an origin the lists miss ("Okonkwo") when it sits between a cue and a verb of a person.
  const unknown = pairOnly && !ordinary && !place && !names.given.has(folded) && base.length > 2 && !names.ambiguousGiven.has(folded)
  if (pairOnly && !unknown && !names.ambiguousGiven.has(folded)) return undefined
  return {possessive, base, lower, folded, place, listed, shaped, ordinary, pairOnly, unknown}
}

/**
 * A capitalised word alone that the name lists know, read with its neighbours: a surname acting
 * ("Nowak refused", "staff said Mansour slept", "Bouzid's associates"), a name that is also an
 * ordinary word only with a verb of a person after it ("Young had changed"). Sentence-initial words
 * need that verb too.
 */
function* bareNames(text: string, lex: Lexicon, names: NameLists, hint: string): Generator<Hit> {
  const tokens = wordsOf(text)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const raw = token.raw
    const code = raw.charCodeAt(0)
    // Lower-case ASCII, most words, is rejected before any look-up.
    if (code >= 97 && code <= 122) continue
    const reading = readingOf(raw, lex, names)
    if (!reading) continue
    const {possessive, lower, folded, place, listed, shaped, ordinary, pairOnly, unknown} = reading
    const start = token.index
    const end = start + raw.length
    const previousToken = tokens[index - 1]
    const nextToken = tokens[index + 1]
    const gapBefore = previousToken ? text.slice(previousToken.index + previousToken.raw.length, start) : ''
    const gapAfter = nextToken ? text.slice(end, nextToken.index) : ''
    const previous = previousToken && /^\s+$/.test(gapBefore) ? previousToken.raw.toLowerCase() : undefined
    const next = nextToken && /^\s+$/.test(gapAfter) ? nextToken.raw : undefined
    if (previous && ARTICLES.has(previous)) continue
    // A capitalised neighbour makes a pair: a forename (even one that is a word, "Wade") and a
    // surname (even one that is a word, "Parsons") mid-sentence read as a full name.
    if (next && /^\p{Lu}\p{Ll}/u.test(next)) {
      const nextFolded = fold(next.replace(/['’]s?$/, ''))
      const forename = names.given.has(folded) || names.ambiguousGiven.has(folded)
      const surname = names.surnames.has(nextFolded) || names.ambiguousSurnames.has(nextFolded)
      if (
        forename &&
        surname &&
        !isSentenceStart(text, start) &&
        !names.notNames.has(nextFolded) &&
        !allowedContext(text, start, nextToken!.index + next.length, names)
      ) {
        const pairEnd = nextToken!.index + next.length
        yield {start, end: pairEnd, reason: `Unexpected person name \`${quote(text.slice(start, pairEnd))}\` (forename and surname), expected no names`, hint}
        continue
      }
      // Two words no list knows opening a clause after a comma, then a verb of a person
      // (", Oluwaseun Adeyemi said"): a full name from an origin the lists miss.
      if (unknown && /,\s+$/.test(gapBefore) && readingOf(next, lex, names)?.unknown) {
        const afterPair = tokens[index + 2]
        const pairEnd = nextToken!.index + next.length
        const verb = afterPair && /^\s+$/.test(text.slice(pairEnd, afterPair.index)) ? afterPair.raw : undefined
        if (verb !== undefined && PERSON_VERBS.has(verb) && !allowedContext(text, start, pairEnd, names)) {
          yield {
            start,
            end: pairEnd,
            reason: `Possible person name \`${quote(text.slice(start, pairEnd))}\` (words no list knows, acting as a person), expected no names`,
            hint: `${hint} If it is not a person's name, suppress with a reason or add it to the allow-list.`,
            uncertain: true,
          }
        }
      }
      continue
    }
    if (pairOnly && !unknown) continue
    if (previous && /^\p{Lu}/u.test(previousToken!.raw) && !isSentenceStart(text, previousToken!.index)) continue
    const verbAfter = next !== undefined && (PERSON_VERBS.has(next) || (next.length > 4 && PAST_ENDING.test(next)))
    // A verb before the name reads as inversion in German and Dutch ("schlief Mansour", "sliep Mansour").
    const cueBefore =
      previous !== undefined && (CUES_BEFORE.has(previous) || (PERSON_VERBS.has(previous) && previous.length > 3) || reportedTo(text, tokens, index, previous))
    const sentenceStart = isSentenceStart(text, start)
    if (unknown) {
      if (sentenceStart || !verbAfter || !cueBefore || allowedContext(text, start, end, names)) continue
      yield {
        start,
        end,
        reason: `Possible person name \`${quote(raw)}\` (a word no list knows, acting as a person), expected no names`,
        hint: `${hint} If it is not a person's name, suppress with a reason or add it to the allow-list.`,
        uncertain: true,
      }
      continue
    }
    if (allowedContext(text, start, end, names)) continue
    if (!ordinary && (listed || shaped)) {
      if (verbAfter || possessive || (!sentenceStart && cueBefore && !place)) {
        yield {start, end, reason: `Unexpected person name \`${quote(raw)}\`, expected no names`, hint}
      }
      continue
    }
    // A name that is also an ordinary word: only with a verb of a person after it.
    if (verbAfter && (!sentenceStart || !lex.common.has(lower) || names.ambiguousSurnames.has(folded))) {
      yield {
        start,
        end,
        reason: `Possible person name \`${quote(raw)}\` (a name that is also a word, used as a person), expected no names`,
        hint: `${hint} If it is not a person's name, suppress with a reason.`,
        uncertain: true,
      }
    }
  }
}

/** Particle surnames: "De Jong", "van den Broek", "El Amrani", "Al-Haddad", "Ould Mbarek", "Le Goff". */
const particlePattern = new RegExp(
  String.raw`(?<![\p{L}])((?:[Vv]an(?:\s+(?:der|den|de|het))?|[Vv]on(?:\s+der)?|[Dd]e(?:\s+la)?|[Tt]er|[Tt]en|[Dd]i|[Dd]el|[Dd]ella|[Dd]u|[Ll]e|[Ee]l|[Aa]l|[Bb]en|[Oo]uld|[Bb]int)[\s-]+)(\p{Lu}[\p{Ll}'’]+)(?![\p{L}])`,
  'gu',
)

function* particleNames(text: string, lex: Lexicon, names: NameLists, hint: string): Generator<Hit> {
  for (const match of scanAll(text, particlePattern)) {
    const name = match[2]!
    const lower = name.toLowerCase()
    const folded = fold(name)
    if (names.notNames.has(folded) || lex.known.has(lower)) continue
    const start = match.index
    const end = start + match[0].length
    const after = text.slice(end, end + 30)
    const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1]
    const sentenceStart = isSentenceStart(text, start)
    const particleLower = /^\p{Ll}/u.test(match[1]!)
    const hyphen = match[1]!.endsWith('-')
    const listed = names.surnames.has(folded) || names.given.has(folded)
    const verbAfter = next !== undefined && (PERSON_VERBS.has(next) || /^\p{Ll}+ed$/u.test(next))
    const apposition = /^['’]s\b|^,\s+(?:the|a|his|her|son|sa|sein|seine|zijn|su|suo|sua|il|la|le|el|de|der|die)\b/u.test(after)
    // Mid-sentence "van den Broek", "El Amrani" is a name; at sentence start the capitalised
    // particle may be an article ("Le Monde", "De Gemeente"): a verb of a person or an apposition must follow.
    // Lowercase "de", "von der", "du", "la" mid-sentence are articles or prepositions ("von der Bewährungshilfe",
    // "voor de Kinderbescherming"): only compound Dutch particles count on their own.
    const compound = /^(?:van\s+(?:der|den)|ter|ten)[\s-]+$/u.test(match[1]!)
    // A common word after a particle is a word ("De Facto", "Le Monde") unless the particle is a compound one mid-sentence ("van der Berg").
    if ((lex.common.has(lower) || lex.places.has(lower)) && !(compound && particleLower && !sentenceStart)) continue
    const strong = (particleLower && !sentenceStart && compound) || hyphen || listed || verbAfter || apposition
    if (!strong || (sentenceStart && !particleLower && !verbAfter && !apposition && !hyphen)) continue
    if (particleLower && !compound && !listed) continue
    if (allowedContext(text, start, end, names)) continue
    yield {start, end, reason: `Unexpected person name \`${quote(match[0])}\`, expected no names`, hint}
  }
}

function* detect(text: string, lex: Lexicon): Generator<Hit> {
  const names = nameLists()
  for (const hit of detectAll(text, lex, names)) {
    const covered = text.slice(hit.start, hit.end)
    // Placeholders: an honorific or title followed by one capital letter ("Mr X", "Officer B").
    if (placeholder.test(covered)) continue
    const first = covered.split(/[\s,]+/)[0]!.replace(/['’]s$/, '')
    if (names.notNames.has(fold(first)) && !/\s/.test(covered)) continue
    yield hit
  }
}

/** Whether a capital letter stands right before a full stop somewhere in the text. */
function hasCapitalBeforeDot(text: string): boolean {
  for (let dot = text.indexOf('.', 1); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const low = text.charCodeAt(dot - 1)
    // A letter outside the Basic Multilingual Plane is a surrogate pair: its code point ends here.
    const code = low >= 0xdc00 && low <= 0xdfff && dot > 1 ? text.codePointAt(dot - 2)! : low
    if (isUpper(code)) return true
  }
  return false
}

function* detectAll(text: string, lex: Lexicon, names: NameLists): Generator<Hit> {
  const hint = 'Use a role or relation instead of a name: "the client", "her brother", "a mentor".'
  for (const match of scanAll(text, lowerHonorificPattern)) {
    const name = match[1]!
    if (isWordish(name, lex) && !isNameToken(name, lex) && !names.surnames.has(fold(name))) continue
    yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected person name \`${quote(match[0])}\`, expected no names`, hint}
  }
  for (const match of scanAll(text, otherKinPattern)) {
    const name = match[1]!
    if (names.notNames.has(fold(name)) || (isWordish(name, lex) && !isNameToken(name, lex))) continue
    const start = match.index + match[0].lastIndexOf(name)
    yield {
      start,
      end: start + name.length,
      reason: `Unexpected person name \`${name}\` after a relation, expected the relation alone`,
      hint: 'Write the relation alone ("son frère", "seine Schwester", "zijn broer", "su hermano", "suo fratello").',
    }
  }
  for (const match of scanAll(text, honorificPattern)) {
    // Passed over only when every word after the title is an ordinary word ("Brother Countries"):
    // "Mr Jan Kowalski" is a name although "Jan" is also a month.
    const words = match[1]!.split(/\s+/)
    if (words.every((word) => isWordish(word, lex) && !isNameToken(word, lex) && !lex.surnames.has(word.toLowerCase()))) continue
    yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected person name \`${quote(match[0])}\`, expected no names`, hint}
  }
  // Both initial patterns need a capital letter right before a full stop ("Ahmed K.", "K. Ahmed").
  const initials = hasCapitalBeforeDot(text)
  for (const match of initials ? scanAll(text, nameInitialPattern) : []) {
    const name = match[1]!
    if (STOP_FIRST_WORDS.has(name.toLowerCase()) || (isWordish(name, lex) && !isNameToken(name, lex))) continue
    yield {
      start: match.index,
      end: match.index + match[0].length,
      reason: `Unexpected person name \`${quote(match[0])}\` (name and initial), expected no names`,
      hint,
    }
  }
  for (const match of initials ? scanAll(text, initialNamePattern) : []) {
    const name = match[2]!
    if (isWordish(name, lex) && !isNameToken(name, lex) && !lex.surnames.has(name.toLowerCase())) continue
    yield {
      start: match.index,
      end: match.index + match[0].length,
      reason: `Unexpected person name \`${quote(match[0])}\` (initial and name), expected no names`,
      hint,
    }
  }
  for (const match of scanAll(text, kinPattern)) {
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
  for (const match of scanAll(text, calledPattern)) {
    const name = match[1]!.split(/\s+/)[0]!
    if (lex.known.has(name.toLowerCase())) continue
    const start = match.index + match[0].lastIndexOf(match[1]!)
    yield {start, end: start + match[1]!.length, reason: `Unexpected name \`${quote(match[1]!)}\`, expected no names or nicknames`, hint}
  }
  for (const match of scanAll(text, capitalisedPattern)) {
    const first = match[1]!
    const second = match[2]
    const firstFolded = fold(first.replace(/['’]s$/, ''))
    if (names.notNames.has(firstFolded)) continue
    // Whether the context allows the name is asked only of a reading about to be reported (it reads the neighbourhood).
    const allowed = () => allowedContext(text, match.index, match.index + first.length, names)
    // A given name that is an ordinary word in another language ("Benedetta", "Ernst") opens a sentence as a word.
    const secondFolded = second ? fold(second) : ''
    const secondIsName = second !== undefined && (isNameToken(second, lex) || names.surnames.has(secondFolded))
    if (isSentenceStart(text, match.index) && names.nameWords.has(firstFolded) && !secondIsName) continue
    if (secondIsName && names.given.has(firstFolded) && !names.notNames.has(secondFolded) && !isWordish(first, lex)) {
      if (allowed()) continue
      yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected person name \`${quote(match[0])}\`, expected no names`, hint}
      continue
    }
    const firstIsName = isNameToken(first, lex)
    const sentenceStart = isSentenceStart(text, match.index)
    if (firstIsName && (!isWordish(first, lex) || !sentenceStart)) {
      if (allowed()) continue
      const end = second && !isWordish(second, lex) ? match.index + match[0].length : match.index + first.length
      yield {start: match.index, end, reason: `Unexpected person name \`${quote(text.slice(match.index, end))}\`, expected no names`, hint}
      continue
    }
    if (second && isNameToken(second, lex) && !isWordish(second, lex) && !isWordish(first, lex) && !lex.places.has(first.toLowerCase())) {
      if (allowed()) continue
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
      !lex.places.has(first.toLowerCase()) &&
      !allowed()
    ) {
      yield {start: match.index, end: match.index + match[0].length, reason: `Unexpected person name \`${quote(match[0])}\`, expected no names`, hint}
    }
  }
  // The readings of bare words come last: at the same place, a cue's message is the more precise.
  yield* bareNames(text, lex, names, hint)
  yield* particleNames(text, lex, names, hint)
}

export const rule = anonRule({
  meta: {
    id: 'anon/person-name',
    severity: 'error',
    description:
      'No names of people: with honorifics, initials or kinship cues in six languages, full names, particle names, and a listed surname alone where a person acts.',
    hint: 'Use a role or relation instead of a name: "the client", "her brother", "a mentor".',
    get examples() {
      return {
        valid: [
          valid('relations instead of names', caseReview({paragraph: 'Her brother visited every week; the mentor had left the movement years before.'})),
          valid('an author-year citation', caseReview({paragraph: 'As Khalil, Zeuthen and White (2021) note, continuity matters.'})),
          valid(
            'placeholders and a programme named with a forename',
            caseReview({paragraph: 'Officer A and Dr B wrote the reports; staff followed the Lena protocol.'}),
          ),
          valid(
            'an organisation of the allow-list where a person could stand',
            caseReview({paragraph: 'The inspectorate found that Interpol had not been asked.'}),
          ),
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
          invalid('a surname alone, acting', caseReview({paragraph: 'Staff said Kowalski refused the transfer.'}), {
            line,
            column: 12,
            message: 'Unexpected person name `Kowalski`, expected no names',
          }),
          invalid('a particle surname', caseReview({paragraph: 'The risk plan for van der Berg was revised.'}), {
            line,
            column: 19,
            message: 'Unexpected person name `van der Berg`, expected no names',
          }),
          invalid('a name after a Dutch honorific', caseReview({paragraph: 'Op de zitting sprak mevrouw Jansen namens de familie.'}), {
            line,
            column: 21,
            message: 'Unexpected person name `mevrouw Jansen`, expected no names',
          }),
          invalid('a surname that is also a word, used as a person', caseReview({paragraph: 'Young had moved on, the officers agreed.'}), {
            line,
            column: 1,
            message: 'Possible person name `Young` (a name that is also a word, used as a person), expected no names',
          }),
          invalid('a name no list knows, between a cue and a verb of a person', caseReview({paragraph: 'Staff said that Okonkwo kept every appointment.'}), {
            line,
            column: 17,
            message: 'Possible person name `Okonkwo` (a word no list knows, acting as a person), expected no names',
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
