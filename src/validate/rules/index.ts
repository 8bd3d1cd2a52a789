/**
 * Every rule. `rules` are the checks, in the order they run; `loadRules` are checked while a file is
 * loaded (load.ts), `engineRules` by the engine (time budget, internal errors, suppressions).
 * `allRules` is every id that can appear in a report: the docs and the example tests iterate it.
 * Adding a rule means adding its file under rules/<family>/<name>.ts and listing it here.
 */
import type {Rule} from '../rule.js'
import {rule as anonEmail} from './anon/email.js'
import {rule as anonEmailLink} from './anon/email-link.js'
import {rule as exactAge} from './anon/exact-age.js'
import {rule as exactDate} from './anon/exact-date.js'
import {rule as idNumber} from './anon/id-number.js'
import {rule as anonImage} from './anon/image.js'
import {rule as institution} from './anon/institution.js'
import {rule as nomDeGuerre} from './anon/nom-de-guerre.js'
import {rule as personName} from './anon/person-name.js'
import {rule as phoneNumber} from './anon/phone-number.js'
import {rule as place} from './anon/place.js'
import {rule as postalAddress} from './anon/postal-address.js'
import {rule as pressLink} from './anon/press-link.js'
import {rule as quasiIdentifierUnique} from './anon/quasi-identifier-unique.js'
import {rule as quasiIdentifiersInText} from './anon/quasi-identifiers-in-text.js'
import {rule as smallPopulation} from './anon/small-population.js'
import {rule as socialMedia} from './anon/social-media.js'
import {rule as socialMediaLink} from './anon/social-media-link.js'
import {rule as unusedSuppression} from './anon/unused-suppression.js'
import {rule as vehiclePlate} from './anon/vehicle-plate.js'
import {rule as internalError} from './internal-error.js'
import {rule as linksFolder} from './links/folder.js'
import {rule as linksImage} from './links/image.js'
import {rule as relatedPractices} from './links/related-practices.js'
import {rule as relative} from './links/relative.js'
import {rule as restricted} from './links/restricted.js'
import {rule as slug} from './links/slug.js'
import {rule as unique} from './links/unique.js'
import {rule as binary} from './safety/binary.js'
import {rule as codeFence} from './safety/code-fence.js'
import {rule as encoding} from './safety/encoding.js'
import {rule as fileSize} from './safety/file-size.js'
import {rule as frontMatterLanguage} from './safety/front-matter-language.js'
import {rule as frontMatterSize} from './safety/front-matter-size.js'
import {rule as linkProtocol} from './safety/link-protocol.js'
import {rule as longWord} from './safety/long-word.js'
import {rule as markupDensity} from './safety/markup-density.js'
import {rule as nesting} from './safety/nesting.js'
import {rule as noEsm} from './safety/no-esm.js'
import {rule as noFormatKey} from './safety/no-format-key.js'
import {rule as noHtml} from './safety/no-html.js'
import {rule as noJsx} from './safety/no-jsx.js'
import {rule as suppressionReason} from './safety/suppression-reason.js'
import {rule as symlink} from './safety/symlink.js'
import {rule as timeBudget} from './safety/time-budget.js'
import {rule as yamlAliases} from './safety/yaml-aliases.js'
import {rule as yamlDepth} from './safety/yaml-depth.js'
import {rule as documentedSource} from './schema/documented-source.js'
import {rule as fields} from './schema/fields.js'
import {rule as frontMatter} from './schema/front-matter.js'
import {rule as reviewDue} from './schema/review-due.js'
import {rule as type} from './schema/type.js'
import {rule as yamlSyntax} from './schema/yaml-syntax.js'
import {rule as emptySection} from './structure/empty-section.js'
import {rule as noH1} from './structure/no-h1.js'
import {rule as requiredSections} from './structure/required-sections.js'
import {rule as sectionOrder} from './structure/section-order.js'

/** The checks, in the order they run (schema/fields first: it derives `entry.data`, which later rules read). */
export const rules: readonly Rule[] = [
  fields,
  noFormatKey,
  noHtml,
  noEsm,
  noJsx,
  linkProtocol,
  longWord,
  codeFence,
  requiredSections,
  emptySection,
  sectionOrder,
  noH1,
  slug,
  linksFolder,
  unique,
  relative,
  restricted,
  linksImage,
  relatedPractices,
  documentedSource,
  reviewDue,
  personName,
  nomDeGuerre,
  exactDate,
  exactAge,
  phoneNumber,
  anonEmail,
  postalAddress,
  idNumber,
  vehiclePlate,
  socialMedia,
  socialMediaLink,
  anonEmailLink,
  pressLink,
  anonImage,
  place,
  institution,
  smallPopulation,
  quasiIdentifierUnique,
  quasiIdentifiersInText,
]

/** Rules checked while a file is read and parsed (load.ts), in the order they are checked. */
export const loadRules: readonly Rule[] = [
  symlink,
  fileSize,
  binary,
  encoding,
  frontMatter,
  frontMatterLanguage,
  frontMatterSize,
  yamlDepth,
  yamlSyntax,
  yamlAliases,
  type,
  nesting,
  markupDensity,
]

/** Rules the engine reports: suppressions, the time budget, crashes. */
export const engineRules: readonly Rule[] = [suppressionReason, unusedSuppression, timeBudget, internalError]

/** Every rule id that can appear in a report. */
export const allRules: readonly Rule[] = [...loadRules, ...rules, ...engineRules]

const byId = new Map(allRules.map((rule) => [rule.id, rule]))

/** The rule of an id, if there is one. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id)
}
