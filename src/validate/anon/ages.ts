/**
 * Ages written in words, in the languages of the knowledge base: the numbers from ten to
 * sixty-nine (the ages a case review could give), as sets to look a word up in. Read by
 * anon/exact-age.
 */

function compose(tens: string[], units: string[], join: (ten: string, unit: string) => string[]): string[] {
  return tens.flatMap((ten) => units.flatMap((unit) => join(ten, unit)))
}

const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty']
const EN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
/** English ages in words, from thirteen: "at ten" or "at eleven" is more often a time. */
export const EN_AGE_WORDS = [
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  ...EN_TENS,
  ...compose(EN_TENS, EN_UNITS, (ten, unit) => [`${ten}-${unit}`, `${ten} ${unit}`]),
]

const EN_ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
/** English ordinals of the birthdays that give an age ("thirtieth", "twenty-first"). */
export const EN_ORDINALS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  ...compose(EN_TENS, EN_ORDINAL_UNITS, (ten, unit) => [`${ten}-${unit}`]),
]

const FR_TENS = ['vingt', 'trente', 'quarante', 'cinquante', 'soixante']
const FR_UNITS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
const FR = [
  ...['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'],
  ...FR_TENS,
  ...FR_TENS.flatMap((ten) => [`${ten}-et-un`, `${ten} et un`, `${ten}-et-une`]),
  ...compose(FR_TENS, FR_UNITS, (ten, unit) => [`${ten}-${unit}`]),
]

const ES_TENS = ['treinta', 'cuarenta', 'cincuenta', 'sesenta']
const ES_UNITS = ['uno', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
const ES = [
  ...['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
  ...['veintiuno', 'veintiún', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'],
  ...ES_TENS,
  ...compose(ES_TENS, ES_UNITS, (ten, unit) => [`${ten} y ${unit}`]),
]

const IT_TENS = ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta']
const IT_UNITS = ['uno', 'due', 'tre', 'tré', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove']
const IT = [
  ...['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'],
  ...IT_TENS,
  // The last vowel of the tens falls before "uno" and "otto" (ventuno, trentotto).
  ...compose(IT_TENS, IT_UNITS, (ten, unit) => [/^[uo]/.test(unit) ? `${ten.slice(0, -1)}${unit}` : `${ten}${unit}`]),
]

const DE_TENS = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig']
const DE_UNITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
const DE = [
  ...['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'],
  ...DE_TENS,
  ...compose(DE_TENS, DE_UNITS, (ten, unit) => [`${unit}und${ten}`]),
]

const NL_TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig']
const NL_UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen']
const NL = [
  ...['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'],
  ...NL_TENS,
  // "ën" after a unit ending in e (tweeëntwintig), "en" otherwise (eenentwintig, vierentwintig).
  ...compose(NL_TENS, NL_UNITS, (ten, unit) => [`${unit}${unit.endsWith('e') && unit !== 'een' ? 'ën' : 'en'}${ten}`, `${unit}en${ten}`]),
]

/** Ages in words of every language, lowercase, to look a captured word up in. */
export const AGE_WORDS = new Set([...EN_AGE_WORDS, 'ten', 'eleven', 'twelve', ...FR, ...ES, ...IT, ...DE, ...NL])
