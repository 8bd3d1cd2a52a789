/**
 * Numbers that identify a person, recognised by their scheme rather than by their context: national
 * identity numbers whose checksum (and, where the scheme has one, birth date) holds, IBANs, and phone
 * numbers valid in the numbering plan of a European country. Read by anon/id-number and
 * anon/phone-number. Every function here runs in time linear in the text (bounded runs, a bounded
 * number of windows per run).
 */
import {scanAll} from './patterns.js'
import {isValidIBAN} from 'ibantools'
import {isValidPhoneNumber, type CountryCode} from 'libphonenumber-js/max'
import * as bgEgn from 'stdnum/lib/cjs/bg/egn.js'
import * as beNn from 'stdnum/lib/cjs/be/nn.js'
import * as czRc from 'stdnum/lib/cjs/cz/rc.js'
import * as deIdnr from 'stdnum/lib/cjs/de/idnr.js'
import * as dkCpr from 'stdnum/lib/cjs/dk/cpr.js'
import * as eeIk from 'stdnum/lib/cjs/ee/ik.js'
import * as esDni from 'stdnum/lib/cjs/es/dni.js'
import * as esNie from 'stdnum/lib/cjs/es/nie.js'
import * as fiHetu from 'stdnum/lib/cjs/fi/hetu.js'
import * as frNir from 'stdnum/lib/cjs/fr/nir.js'
import * as grAmka from 'stdnum/lib/cjs/gr/amka.js'
import * as hrOib from 'stdnum/lib/cjs/hr/oib.js'
import * as iePps from 'stdnum/lib/cjs/ie/pps.js'
import * as itCodiceFiscale from 'stdnum/lib/cjs/it/codicefiscale.js'
import * as ltAsmens from 'stdnum/lib/cjs/lt/asmens.js'
import * as nlBsn from 'stdnum/lib/cjs/nl/bsn.js'
import * as plPesel from 'stdnum/lib/cjs/pl/pesel.js'
import * as roCnp from 'stdnum/lib/cjs/ro/cnp.js'
import * as sePersonnummer from 'stdnum/lib/cjs/se/personnummer.js'
import * as siEmso from 'stdnum/lib/cjs/si/emso.js'

interface Validator {
  validate(value: string): {isValid: boolean}
}

/** A national identity scheme: the written shapes it takes and the check its numbers pass. */
interface Scheme {
  name: string
  shape: RegExp
  valid(value: string): boolean
}

const by = (validator: Validator) => (value: string) => {
  try {
    return validator.validate(value).isValid
  } catch {
    return false
  }
}

/** UK NHS number: ten digits, modulus 11 on the first nine. */
function nhs(value: string): boolean {
  const digits = value.replace(/\D/g, '')
  if (digits.length !== 10 || digits[0] === '0') return false
  let sum = 0
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index)
  const check = 11 - (sum % 11)
  return check !== 10 && (check === 11 ? 0 : check) === Number(digits[9])
}

/** Schemes in the order they are tried: the ones with a birth date and a checksum first. */
const SCHEMES: Scheme[] = [
  {name: 'Swedish personal identity number', shape: /^(?:19|20)?\d{6}[-+]?\d{4}$/, valid: by(sePersonnummer)},
  {name: 'Finnish personal identity code', shape: /^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/, valid: by(fiHetu)},
  {name: 'Danish CPR number', shape: /^\d{6}-\d{4}$/, valid: by(dkCpr)},
  {name: 'Belgian national number', shape: /^\d\d\.?\d\d\.?\d\d[-. ]?\d{3}[-. ]?\d\d$/, valid: by(beNn)},
  {name: 'Polish PESEL number', shape: /^\d{11}$/, valid: by(plPesel)},
  {name: 'French social security number (NIR)', shape: /^[12] ?\d\d ?\d\d ?(?:\d\d|2[AB]) ?\d{3} ?\d{3} ?\d\d$/, valid: by(frNir)},
  {name: 'Romanian personal numerical code', shape: /^\d{13}$/, valid: by(roCnp)},
  {name: 'Slovenian EMŠO', shape: /^\d{13}$/, valid: by(siEmso)},
  {name: 'Bulgarian personal number (EGN)', shape: /^\d{10}$/, valid: by(bgEgn)},
  {name: 'Czech or Slovak birth number', shape: /^\d{6}\/\d{3,4}$/, valid: by(czRc)},
  {name: 'Estonian personal code', shape: /^[3-6]\d{10}$/, valid: by(eeIk)},
  {name: 'Lithuanian personal code', shape: /^[3-6]\d{10}$/, valid: by(ltAsmens)},
  {name: 'Greek social security number (AMKA)', shape: /^\d{11}$/, valid: by(grAmka)},
  {name: 'Spanish DNI', shape: /^\d{8}-?[A-Z]$/, valid: by(esDni)},
  {name: 'Spanish NIE', shape: /^[XYZ]-?\d{7}-?[A-Z]$/, valid: by(esNie)},
  {name: 'Italian codice fiscale', shape: /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/, valid: by(itCodiceFiscale)},
  {name: 'Irish PPS number', shape: /^\d{7}[A-W][A-IW]?$/, valid: by(iePps)},
  {name: 'Dutch citizen service number (BSN)', shape: /^\d{9}$|^\d{4}\.\d\d\.\d{3}$/, valid: by(nlBsn)},
  {name: 'UK NHS number', shape: /^\d{3}[ -]?\d{3}[ -]?\d{4}$/, valid: nhs},
  {name: 'German tax identification number', shape: /^\d{11}$/, valid: by(deIdnr)},
  {name: 'Croatian personal identification number (OIB)', shape: /^\d{11}$/, valid: by(hrOib)},
]

/**
 * A run of capitals and digits joined by single separators, at most 40 characters: each step
 * consumes one character or a separator followed by one, so the run is found without backtracking
 * beyond its own bounded length.
 */
const RUN = /(?<![\p{L}\d.,/+-])[0-9A-Z](?:[0-9A-Z]|[ .\-+/](?=[0-9A-Z])){5,39}(?![\p{L}\d])/gu
const PART = /[0-9A-Z]+/g
/** A sum or a count: a currency or a unit before or after the number. */
const AMOUNT_BEFORE = /(?:€|\$|£|\b(?:EUR|USD|GBP|CHF|SEK|DKK|PLN))\s?$/
const AMOUNT_AFTER = /^\s?(?:%|€|\$|£|(?:EUR|USD|GBP|euros?|Euro|dollars?|pounds?|kronor|kroner|złoty|zł|km|kg|m²)\b)/

export interface NumberHit {
  start: number
  end: number
  text: string
  scheme: string
}

/** National identity numbers of the schemes above, wherever they stand in the text. */
export function* nationalIds(text: string): Generator<NumberHit> {
  for (const run of scanAll(text, RUN)) {
    const value = run[0]
    const digits = value.replace(/\D/g, '').length
    if (digits < 7) continue
    const start = run.index
    if (AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || AMOUNT_AFTER.test(text.slice(start + value.length, start + value.length + 12)))
      continue
    const parts = [...scanAll(value, PART)].map((part) => [part.index, part.index + part[0].length] as const)
    // Windows of consecutive parts, longest first, each checked against every scheme; a found number
    // is not searched again.
    let from = 0
    while (from < parts.length) {
      let found: NumberHit | undefined
      let foundTo = from
      for (let to = parts.length - 1; to >= from && !found; to--) {
        const window = value.slice(parts[from]![0], parts[to]![1])
        if (window.length < 8 || window.length > 21) continue
        for (const scheme of SCHEMES) {
          if (scheme.shape.test(window) && scheme.valid(window)) {
            found = {start: start + parts[from]![0], end: start + parts[to]![1], text: window, scheme: scheme.name}
            foundTo = to
            break
          }
        }
      }
      if (found) {
        yield found
        from = foundTo + 1
      } else from++
    }
  }
}

/** Whether an IBAN (spaces allowed) passes its country's length and the ISO 7064 check. */
export const validIban = (value: string): boolean => isValidIBAN(value.replace(/\s/g, '').toUpperCase())

/** Countries whose national numbers start with the trunk prefix 0. */
const TRUNK_ZERO: CountryCode[] = ['NL', 'DE', 'FR', 'BE', 'GB', 'AT', 'IE', 'SE', 'FI', 'IT', 'HR', 'SI', 'SK', 'BG', 'RO', 'HU', 'LT', 'CH']
/** Countries whose national numbers are written without a trunk prefix, in nine digits or more (eight-digit plans would take any list of small numbers). */
const NO_TRUNK: CountryCode[] = ['ES', 'IT', 'PT', 'GR', 'PL', 'CZ']

/** Whether a written number is a valid phone number, international or in a European national format. */
export function validPhone(value: string): boolean {
  const compact = value.replace(/\(0\)/g, '').replace(/[\s.()/-]/g, '')
  try {
    if (compact.startsWith('+')) return isValidPhoneNumber(compact)
    if (compact.startsWith('00')) return isValidPhoneNumber(`+${compact.slice(2)}`)
    const countries = compact.startsWith('0') ? TRUNK_ZERO : NO_TRUNK
    return countries.some((country) => isValidPhoneNumber(compact, country))
  } catch {
    return false
  }
}
