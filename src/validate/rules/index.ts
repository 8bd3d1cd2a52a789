/** Every rule, in the order they run. Adding a rule means adding it here and documenting it. */
import type {Rule} from '../rule.js'
import * as anonLinks from './anon/links-and-images.js'
import * as anon from './anon/patterns.js'
import {rule as personName} from './anon/person-name.js'
import {institutionRule, placeRule} from './anon/place.js'
import {smallPopulationRule, uniqueProfileRule} from './anon/quasi-identifier.js'
import * as links from './links/corpus.js'
import * as body from './safety/body.js'
import {rule as noFormatKey} from './safety/no-format-key.js'
import {rule as fields} from './schema/fields.js'
import * as structure from './structure/sections.js'

export const rules: readonly Rule[] = [
  fields,
  noFormatKey,
  body.noHtmlRule,
  body.noEsmRule,
  body.noJsxRule,
  body.linkProtocolRule,
  body.longWordRule,
  body.codeFenceRule,
  structure.requiredSectionsRule,
  structure.emptySectionRule,
  structure.sectionOrderRule,
  structure.noH1Rule,
  links.slugRule,
  links.folderRule,
  links.uniqueRule,
  links.relativeLinkRule,
  links.restrictedLinkRule,
  links.imageAddressRule,
  links.relatedPracticesRule,
  personName,
  anon.nomDeGuerre,
  anon.exactDate,
  anon.exactAge,
  anon.phoneNumber,
  anon.emailAddress,
  anon.postalAddress,
  anon.idNumber,
  anon.vehiclePlate,
  anon.socialHandle,
  anonLinks.socialLinkRule,
  anonLinks.mailtoRule,
  anonLinks.pressLinkRule,
  anonLinks.imageRule,
  placeRule,
  institutionRule,
  smallPopulationRule,
  uniqueProfileRule,
]
