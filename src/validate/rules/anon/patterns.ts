/**
 * The pattern-based anonymisation rules, one exported rule per id: noms de guerre, exact dates,
 * exact ages, phone numbers, e-mail addresses, postal addresses and postcodes, identity numbers,
 * vehicle plates, social-media handles. Each pattern is written for the category in general
 * (formats of several member states), not for one example.
 */
import {anonRule, quote, type Hit} from '../../anon/define.js'

const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*`

function* matches(text: string, pattern: RegExp, build: (match: RegExpMatchArray) => Hit | undefined): Generator<Hit> {
  for (const match of text.matchAll(pattern)) {
    const hit = build(match)
    if (hit) yield hit
  }
}

/** White space matched atomically: never backtracked into, so adjacent runs cannot multiply. */
function atomicSpace(name: string): string {
  return String.raw`(?=(?<${name}>\s*))\k<${name}>`
}

const span = (match: RegExpMatchArray, reason: string, hint: string, group = 0): Hit => {
  const start = match.index! + (group === 0 ? 0 : match[0].indexOf(match[group]!))
  return {start, end: start + match[group]!.length, reason, hint}
}

// ---------------------------------------------------------------- noms de guerre
const kunya = new RegExp(String.raw`(?<![\p{L}])(?:Abu|Abou|Abo|Umm|Um|Oum|Ibn|Bin|Bint)[\s-]+(?:al-|el-|ul-|as-|ash-|ad-|at-|az-)?${NAME}`, 'gu')
const alias = new RegExp(String.raw`(?<![\p{L}])(?:(?:nom de guerre|kunya|kunyah|battle name|war name|jihadi name)\s*(?:of|was|is|:)?\s*["“‘']?|(?:online name|screen name|username|user name|handle|moniker|alias)\s*(?:(?:was|is)\s*)?(?::\s*|["“‘'])["“‘']?)([\p{L}\d_'’ -]{2,40}?)["”’']?(?=[\s,.;)]|$)`, 'giu')

export const nomDeGuerre = anonRule({
  id: 'anon/nom-de-guerre',
  description: 'No noms de guerre, kunyas or online aliases ("Abu …", "Umm …").',
  *detect(segment) {
    const hint = 'Leave the alias out; write "an alias" or "his online persona" if it matters.'
    yield* matches(segment.text, kunya, (match) => span(match, `Unexpected nom de guerre \`${quote(match[0])}\`, expected no aliases`, hint))
    yield* matches(segment.text, alias, (match) => /^(a|an|the|his|her|their|unknown|several)\b/i.test(match[1]!) ? undefined : span(match, `Unexpected alias \`${quote(match[1]!)}\`, expected no aliases`, hint, 1))
  },
})

// ---------------------------------------------------------------- exact dates
const MONTHS = [
  'January|February|March|April|May|June|July|August|September|October|November|December',
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec',
  'januari|februari|maart|mei|juni|juli|augustus|oktober', // nl
  'Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember', // de
  'janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre', // fr
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre', // es
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre', // it
].join('|')
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|\.)?`
const numericDate = /(?<![\d.:/-])(?:(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)?\d\d|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:19|20)?\d\d|(?:19|20)\d\d[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01]))(?![\d.:/-]\d)/g
const dayMonth = new RegExp(String.raw`(?<![\p{L}\d])${DAY}\s+(?:of\s+|de\s+|di\s+)?(?:${MONTHS})\b\.?(?:,?\s+(?:19|20)\d\d)?`, 'giu')
const monthDay = new RegExp(String.raw`(?<![\p{L}])(?:${MONTHS})\.?\s+(?:the\s+)?${DAY}(?![\d:])(?:,?\s+(?:19|20)\d\d)?`, 'gu')
const weekdayDate = /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:the\s+)?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/g

export const exactDate = anonRule({
  id: 'anon/exact-date',
  description: 'No exact dates in any format; a year, or a month and year, is fine.',
  *detect(segment) {
    const hint = 'Give the year ("2021") or the month and year ("March 2021"), not the day.'
    const reason = (match: RegExpMatchArray) => `Unexpected exact date \`${quote(match[0])}\`, expected a year or month and year`
    yield* matches(segment.text, numericDate, (match) => span(match, reason(match), hint))
    yield* matches(segment.text, dayMonth, (match) => (/^\d{1,2}\s+(?:may|mar|jan|dec)\b/i.test(match[0]) && /^\d{1,2}\s+\p{Ll}/u.test(match[0]) && !/\d{4}$/.test(match[0]) ? undefined : span(match, reason(match), hint)))
    yield* matches(segment.text, monthDay, (match) => span(match, reason(match), hint))
    yield* matches(segment.text, weekdayDate, (match) => span(match, reason(match), hint))
  },
})

// ---------------------------------------------------------------- exact ages
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty'
const AGE = String.raw`(?:\d{1,2}|(?:${NUMBER_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`
const agePatterns = [
  new RegExp(String.raw`(?<![\p{L}\d-])${AGE}[- ](?:years?|yrs?)[- ](?:old|of age)\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}\d-])${AGE}-(?:year|yr)-old\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])aged?\s+(?:of\s+)?${AGE}(?![\d]|\s*(?:[-–]|to|and)\s*\d)(?!\s*(?:years?\s+)?(?:and|or)\s+(?:over|older|above|under|younger))`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:at|by)\s+(?:the\s+)?age\s+(?:of\s+)?${AGE}\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:age|âge|alter|leeftijd|edad|età)\s*[:=]\s*\d{1,2}\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:turned|turning|turns)\s+${AGE}\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}\d])\d{1,2}\s*(?:y\/o|y\.o\.|yo|jaar oud|jarige|Jahre alt|jährige[rn]?|ans|años|anni)\b`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}\d])(?:his|her|their)\s+\d{1,2}(?:st|nd|rd|th)\s+birthday\b`, 'giu'),
]
/** "Name (34)": a number in brackets right after a capitalised word. Found by the brackets, then the
 * word before them is checked (a variable-length lookbehind here cost 4 % of all validation time). */
const bracketAge = /\(\d{1,2}\)/g
const capitalisedBefore = /\p{Lu}[\p{L}.]*\s?$/u

export const exactAge = anonRule({
  id: 'anon/exact-age',
  description: 'No exact ages; use age bands ("in her thirties", "18-24").',
  *detect(segment) {
    const hint = 'Use an age band: "in his early twenties", "a woman in her thirties", "under 18".'
    for (const pattern of agePatterns) {
      yield* matches(segment.text, pattern, (match) => span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint))
    }
    yield* matches(segment.text, bracketAge, (match) => (capitalisedBefore.test(segment.text.slice(Math.max(0, match.index! - 40), match.index))
      ? span(match, `Unexpected exact age \`${quote(match[0])}\`, expected an age band`, hint)
      : undefined))
  },
})

// ---------------------------------------------------------------- phone numbers
const phone = /(?<![\w/.=-])(?:(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?|\(0\d{1,4}\)[\s.-]?|0\d{1,4}[\s./-]?)\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?![\w/-])/g

export const phoneNumber = anonRule({
  id: 'anon/phone-number',
  description: 'No phone numbers.',
  *detect(segment) {
    yield* matches(segment.text, phone, (match) => {
      const digits = match[0].replace(/\D/g, '')
      if (digits.length < 8 || digits.length > 15) return undefined
      if (/^(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d$/.test(match[0].trim())) return undefined
      return span(match, `Unexpected phone number \`${quote(match[0])}\`, expected none`, 'Remove it: contact details never go into an entry.')
    })
  },
})

// ---------------------------------------------------------------- e-mail addresses
const email = /(?<![\w.+-])[\w.+-]+(?:@|\s?\[at\]\s?|\s\(at\)\s)[\w-]+(?:(?:\.|\s?\[dot\]\s?)[\w-]+)*\.[a-z]{2,}\b/gi

export const emailAddress = anonRule({
  id: 'anon/email',
  description: 'No e-mail addresses.',
  *detect(segment) {
    yield* matches(segment.text, email, (match) => span(match, `Unexpected e-mail address \`${quote(match[0])}\`, expected none`, 'Remove it: contact details never go into an entry.'))
  },
})

// ---------------------------------------------------------------- postal addresses and postcodes
const STREET_SUFFIX = 'straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|straße|strasse|gasse|platz|allee|ufer|damm|chaussee|vej|gade|gata|gatan|vägen|väg|katu|tie|utca|ulica|ulice|cesta|iela|gatve|tänav'
const STREET_WORD = 'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Square|Sq|Place|Pl|Boulevard|Blvd|Crescent|Terrace|Gardens|Court|Ct|Row|Mews|Hill|Park|Grove|Walk|Parade'
const ROMANCE_STREET = "rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|cours|route|via|viale|piazza|corso|vicolo|largo|calle|avenida|plaza|paseo|carrer|rua|travessa|praça|largo|ulica|ul\\."
const addressPatterns: RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])\p{Lu}[\p{L}-]*(?:${STREET_SUFFIX})\s+\d{1,4}\s?[a-zA-Z]?\b`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\d])\d{1,4}[a-zA-Z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:${STREET_WORD})\b\.?`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?:${ROMANCE_STREET})\s+(?:(?:de|du|des|de la|del|della|dei|di|da|do|dos|das|d')\s*)?\p{Lu}[\p{L}'’-]+`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}])(?:${ROMANCE_STREET})\s+(?:(?:de|du|des|de la|del|della|dei|di|da|do|dos|das|d')\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:n[º°o]\.?\s*)?\d{1,4}\b`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:lives|lived|living|resides|resided|residing|staying|stayed|moved)\s+(?:at|to)\s+(?:number\s+)?\d{1,4}\b[^.;\n]{0,40}`, 'giu'),
  /\b(?:P\.?O\.?|Post(?:al)?)\s+Box\s+\d+\b/gi,
]
const postcodePatterns: RegExp[] = [
  /(?<![\w-])[1-9]\d{3}\s?(?!SA|SD|SS|EU|UN|US|UK|NL)[A-Z]{2}(?![\w-])/g, // NL
  /(?<![\w-])(?:GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})(?![\w-])/g, // UK
  /(?<![\w-])(?:[A-Z]{1,2}-)\d{4,5}(?![\w-])/g, // D-12345, F-75001, NL-1234
  /(?<![\w-])\d{2}-\d{3}(?![\w-])/g, // PL
  /(?<![\w-])\d{3}\s\d{2}(?=\s+\p{Lu})/gu, // SE, CZ, SK, GR with a town after
]
const postcodeTown = /(?<![\w-])\d{4,5}\s+(\p{Lu}[\p{L}'’-]+)/gu

export const postalAddress = anonRule({
  id: 'anon/postal-address',
  description: 'No postal addresses or postcodes.',
  *detect(segment, lex) {
    const hint = 'Remove the address; name the region at most ("a town in Flanders").'
    for (const pattern of addressPatterns) {
      yield* matches(segment.text, pattern, (match) => span(match, `Unexpected postal address \`${quote(match[0])}\`, expected none`, hint))
    }
    for (const pattern of postcodePatterns) {
      yield* matches(segment.text, pattern, (match) => (/^(?:19|20)\d\d\s[A-Z]{2}$/.test(match[0]) ? undefined : span(match, `Unexpected postcode \`${quote(match[0])}\`, expected none`, hint)))
    }
    yield* matches(segment.text, postcodeTown, (match) => {
      const number = Number(match[0].slice(0, 4))
      const isYear = match[0].length >= 4 && /^\d{4}\s/.test(match[0]) && number >= 1900 && number <= 2100
      if (isYear || !lex.places.has(match[1]!.toLowerCase())) return undefined
      return span(match, `Unexpected postcode and town \`${quote(match[0])}\`, expected none`, hint)
    })
  },
})

// ---------------------------------------------------------------- identity numbers
const ID_CUE = String.raw`(?:passport|identity card|ID card|national ID|ID|identity|national insurance|NI|social security|BSN|burgerservicenummer|NIR|personnummer|henkilötunnus|CPR|PESEL|DNI|NIE|NIF|codice fiscale|Steuer-ID|prisoner|inmate|detainee|offender|prison|register|registration|file|dossier|case|docket|reference|ref|account|IBAN|licence|license|permit|residence permit|visa)`
// White space between the cue and the number is taken atomically (a look-ahead captures it and a
// back-reference consumes it, so it is never given back): three adjacent `\s*` made this pattern
// cubic in a long run of spaces.
const cuedId = new RegExp(String.raw`(?<![\p{L}])${ID_CUE}\.?${atomicSpace('a')}(?:(?:number|no|nr|n°|num|#|code|ID)\.?${atomicSpace('b')})?(?:[:#]${atomicSpace('c')})?(?<value>[A-Z0-9][A-Z0-9./ -]{3,20}[A-Z0-9])`, 'giu')
const CUED_VALUE = 4
const iban = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b/g
const mixedId = /(?<![\w-])(?=[A-Z0-9-]*\d{4})(?=[A-Z0-9-]*[A-Z])[A-Z]{1,3}-?\d{4,}[A-Z]{0,2}(?![\w-])|(?<![\w-])\d{6,}[A-Z]{1,2}(?![\w-])/g
const longNumber = /(?<![\w.,€$£+-])\d(?:\.?\d){5,}(?![\w-]|[.,]\d|\s?(?:%|euros?|EUR|€|people|prisoners|offenders|inmates|hours|days|km|participants|cases))/g

export const idNumber = anonRule({
  id: 'anon/id-number',
  description: 'No national ID, passport, prisoner, case-file or bank account numbers.',
  *detect(segment) {
    const hint = 'Remove the number: no identifier of a person, file or account goes into an entry.'
    yield* matches(segment.text, cuedId, (match) => {
      const value = match[CUED_VALUE]!.split(/\.\s|\s(?=[A-Za-z]{2})/)[0]!.replace(/[.\s-]+$/, '')
      match[CUED_VALUE] = value
      if ((value.match(/\d/g)?.length ?? 0) < 4) return undefined
      if (/^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$/.test(value.trim())) return undefined
      return span(match, `Unexpected identity number \`${quote(value)}\`, expected none`, hint, CUED_VALUE)
    })
    yield* matches(segment.text, iban, (match) => span(match, `Unexpected bank account number \`${quote(match[0])}\`, expected none`, hint))
    yield* matches(segment.text, mixedId, (match) => /^(?:COVID|ISO|EN|GDPR|UN|EU|CVE|RFC|SDG)-?\d/i.test(match[0]) ? undefined : span(match, `Unexpected identity number \`${quote(match[0])}\`, expected none`, hint))
    yield* matches(segment.text, longNumber, (match) => span(match, `Unexpected number \`${quote(match[0])}\` that could identify a person or file, expected none`, 'Remove it, or round it if it is a count ("over 1,400").'))
  },
})

// ---------------------------------------------------------------- vehicle plates
const ACRONYMS = new Set(['RNR', 'NGO', 'RAN', 'VETO', 'FTF', 'CVE', 'PVE', 'EU', 'UN', 'MS', 'ERG', 'TRAP', 'VERA', 'DDP', 'MAPPA', 'SPIP', 'DJI', 'HMP', 'COE'])
const platePatterns: RegExp[] = [
  /(?<![\w-])(?:[A-Z]{2}-\d{3}-[A-Z]{1,2}|\d{1,3}-[A-Z]{2,3}-\d{1,3}|[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|[A-Z]{1,3}-[A-Z]{1,2}-\d{1,4}|\d-[A-Z]{3}-\d{3}|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-\d)(?![\w-])/g, // NL sidecodes, FR, BE
  /(?<![\w-])[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}\s?\d{1,4}[EH]?(?![\w-])/g, // DE
  /(?<![\w-])[A-Z]{2}\d{2}\s?[A-Z]{3}(?![\w-])/g, // UK
  /(?<![\w-])[A-Z]{2}\s?\d{3}\s?[A-Z]{2}(?![\w-])/g, // IT, FR without hyphens
  /(?<![\w-])\d{4}\s?[BCDFGHJKLMNPRSTVWXYZ]{3}(?![\w-])/g, // ES
]
const plateCue = new RegExp(String.raw`(?<![\p{L}])(?:licen[cs]e plate|number plate|registration plate|plate number|registration number|car registration|kenteken|nummerplaat|Kennzeichen|plaque d'immatriculation|immatriculation|targa|matrícula|rejestracja|registreringsnummer)${atomicSpace('a')}(?:(?:number|no\.?)${atomicSpace('b')})?(?:[:#]${atomicSpace('c')})?(?<value>[A-Z0-9][A-Z0-9 -]{2,10}[A-Z0-9])`, 'giu')
const PLATE_VALUE = 4

export const vehiclePlate = anonRule({
  id: 'anon/vehicle-plate',
  description: 'No vehicle registration plates.',
  *detect(segment) {
    const hint = 'Remove the plate: write "his car" if the vehicle matters.'
    yield* matches(segment.text, plateCue, (match) => span(match, `Unexpected vehicle plate \`${quote(match[PLATE_VALUE]!)}\`, expected none`, hint, PLATE_VALUE))
    for (const pattern of platePatterns) {
      yield* matches(segment.text, pattern, (match) => {
        const letters = match[0].replace(/[^A-Z]/g, '')
        if (ACRONYMS.has(letters) || [...ACRONYMS].some((acronym) => match[0].startsWith(`${acronym} `))) return undefined
        return span(match, `Unexpected vehicle plate \`${quote(match[0])}\`, expected none`, hint)
      })
    }
  },
})

// ---------------------------------------------------------------- social-media handles
const handle = /(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29})(?:@[\w-]+\.[\w.-]+)?(?![\w@])/g
export const SOCIAL_HOSTS = /(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|fb\.com|fb\.me|instagram\.com|t\.me|telegram\.me|telegram\.org|tiktok\.com|youtube\.com|youtu\.be|vk\.com|ok\.ru|linkedin\.com|snapchat\.com|reddit\.com|discord\.gg|discord\.com|threads\.net|bsky\.app|gab\.com|truthsocial\.com|rumble\.com|bitchute\.com|odysee\.com|gettr\.com|parler\.com|minds\.com|mastodon\.social|twitch\.tv|pinterest\.com|tumblr\.com|medium\.com|substack\.com|whatsapp\.com|wa\.me|signal\.me|soundcloud\.com|archive\.org)$/i
const socialUrlInText = /\b(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|t\.me|telegram\.me|tiktok\.com|youtube\.com|youtu\.be|vk\.com|ok\.ru|linkedin\.com\/in|snapchat\.com|reddit\.com\/u(?:ser)?|discord\.gg|threads\.net|bsky\.app\/profile|gab\.com|rumble\.com|bitchute\.com|odysee\.com|wa\.me)\/[^\s)\]]+/gi

export const socialHandle = anonRule({
  id: 'anon/social-media',
  description: 'No social-media handles or links to profiles and channels.',
  *detect(segment) {
    const hint = 'Remove it; write "a Telegram channel" or "his social-media account" if it matters.'
    yield* matches(segment.text, socialUrlInText, (match) => span(match, `Unexpected social-media link \`${quote(match[0])}\`, expected none`, hint))
    yield* matches(segment.text, handle, (match) => span(match, `Unexpected social-media handle \`${quote(match[0])}\`, expected none`, hint))
  },
})
