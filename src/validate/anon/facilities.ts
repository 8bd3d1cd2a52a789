/**
 * Words that name a prison, a mosque, a school or a house in the languages of the member states,
 * for anon/institution: the words that come before a name ("HMP", "JVA", "centre pénitentiaire
 * de", "casa circondariale di"), after it ("fengsel", "anstalt"), or in apposition to it ("…, a
 * small prison"), and the words that make a paragraph one about prison.
 */

/** Acronyms before a name, matched case-sensitively ("HMP Ashgrove", "JVA Lindenbruck", "PI Zuiderhaven"). */
export const ACRONYM_BEFORE = String.raw`HMP\/YOI|HMYOI|HMP|HMIPS|JVA|JSA|PPI|EPI|PI|FPC|TBS|CPR|CP|CIS|CC|CR|MA|CD`

/** Words before a name, matched in any case, with the particle that may follow ("de", "di", "van"). */
export const WORDS_BEFORE = [
  // English and Nordic
  String.raw`prison of|mosque of|fengsel|fængsel|f[äa]ngelse|statsf[æa]ngslet|anstalten|anstalt|arresthuset|kriminalv[åa]rdsanstalten`,
  // German and Dutch
  String.raw`justizvollzugsanstalt|jugendstrafanstalt|strafanstalt|haftanstalt|gef[äa]ngnis|moschee|penitentiaire inrichting|justiti[ëe]le jeugdinrichting|huis van bewaring|gevangenis|moskee`,
  // French
  String.raw`maison d['’]arr[êe]t|maison centrale|centre p[ée]nitentiaire|centre de d[ée]tention|centre de semi-libert[ée]|[ée]tablissement p[ée]nitentiaire|quartier de d[ée]tention|prison|mosqu[ée]e|lyc[ée]e|coll[èe]ge`,
  // Spanish and Italian
  String.raw`centro penitenciario|centro de inserci[óo]n social|prisi[óo]n provincial|prisi[óo]n|c[áa]rcel|mezquita|casa circondariale|casa di reclusione|casa lavoro|istituto penitenziario|istituto penale per i minorenni|carcere|moschea`,
].join('|')

/** Particles between such a word and the name. */
export const PARTICLE = String.raw`de la|de l['’]|del|de|du|des|d['’]|di|della|dello|dei|van|von|der|i|ved`

/** Words after a name, matched as written (English capitalised, Nordic lower case). */
export const WORDS_AFTER = String.raw`Prison|Penitentiary|Jail|Gaol|Detention Cent(?:re|er)|Custodial Institution|Correctional (?:Facility|Institution|Centre|Center)|Remand Cent(?:re|er)|Young Offender Institution|YOI|Secure Training Cent(?:re|er)|Approved Premises|Mosque|Masjid|Islamic Cent(?:re|er)|Cultural Cent(?:re|er)|School|High School|Secondary School|Primary School|College|Academy|Gymnasium|Lyc[ée]e|Coll[èe]ge|Hospital|Clinic|Youth Cent(?:re|er)|Community Cent(?:re|er)|fengsel|fængsel|f[äa]ngelse|anstalt|anstalten|arresthus|statsfængsel`

/** Nouns in apposition to a name ("Brackenmoor, a small prison"; "De Schelpenhoek, de inrichting waar…"). */
export const APPOSITION_NOUN = String.raw`prison|jail|gaol|penitentiary|detention cent(?:re|er)|remand cent(?:re|er)|young offender institution|secure unit|halfway house|hostel|mosque|madrasa|gevangenis|inrichting|huis van bewaring|moskee|Gef[äa]ngnis|Haftanstalt|Justizvollzugsanstalt|Anstalt|Moschee|maison d['’]arr[êe]t|centre p[ée]nitentiaire|centre de d[ée]tention|[ée]tablissement p[ée]nitentiaire|mosqu[ée]e|prisi[óo]n|c[áa]rcel|centro penitenciario|mezquita|carcere|casa circondariale|casa di reclusione|istituto penitenziario|moschea|fengsel|fængsel|f[äa]ngelse|anstalt`

/** Articles that open such an apposition. */
export const ARTICLE = String.raw`a|an|the|de|het|een|la|le|l['’]|une|un|el|una|il|lo|die|der|das|eine|ein|en|et`

/** Words that make a paragraph one about prison (a town after a transfer verb there names a prison). */
export const PRISON_CONTEXT =
  /(?<![\p{L}])(?:prison|prisoners?|jail|gaol|detention|remand|custody|inmates?|cell|wing|unit|sentence|d[ée]tention|d[ée]tenue?s?|cellule|incarc[ée]r|prisonni|Haft|Gefangene|Gef[äa]ngnis|Zelle|Vollzug|gevangen|gedetineerd|detentie|cel|afdeling|c[áa]rcel|prisi[óo]n|m[óo]dulo|reclus|internos?|carcere|detenut[oaie]|cella|sezione|reclusione|fengsel|f[æa]ngsel|f[äa]ngelse|anstalt|avdeling|afdeling)/iu

/** Verbs that move or hold a person, with their preposition, before the name of the prison. */
export const TRANSFER_VERB = [
  String.raw`(?:transferred|moved|sent|taken|returned|relocated)\s+(?:back\s+)?to|(?:held|detained|incarcerated|imprisoned|locked up|remanded)\s+(?:at|in)|(?:years?|months?|weeks?)\s+at`,
  String.raw`transf[ée]r[ée]e?s?\s+(?:à|vers)|incarc[ée]r[ée]e?s?\s+à|d[ée]tenue?s?\s+à|[ée]crou[ée]e?s?\s+à|envoy[ée]e?s?\s+à`,
  String.raw`verlegt\s+nach|inhaftiert\s+in|überstellt\s+nach|overgebracht\s+naar|overgeplaatst\s+naar|gedetineerd\s+in`,
  String.raw`trasladad[oa]s?\s+a|ingres[óo]\s+en|internad[oa]s?\s+en|trasferit[oaie]\s+a|detenut[oaie]\s+a|recluso\s+a`,
].join('|')
