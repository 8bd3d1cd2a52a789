/**
 * structure/required-sections, structure/empty-section, structure/section-order, structure/no-h1:
 * the body carries the sections of its type, in order, each with content; the title comes from the
 * front matter, so the body has no first-level heading.
 */
import {requiredSections} from '../../../model/schemas.js'
import {sectionsOf, startOf} from '../../mdast.js'
import type {Rule} from '../../rule.js'
import {didYouMean} from '../../suggest.js'

const normalise = (title: string) => title.toLowerCase().replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim()

export const requiredSectionsRule: Rule = {
  id: 'structure/required-sections',
  description: 'The body has every required `##` section of its type.',
  check(entry, report) {
    if (!entry.type || !entry.tree) return
    const present = sectionsOf(entry.tree)
    const titles = present.map((section) => normalise(section.title))
    const lastLine = entry.text.split('\n').length
    for (const required of requiredSections[entry.type]) {
      if (titles.includes(normalise(required))) continue
      const near = didYouMean(required, present.map((section) => section.title).filter((title) => !requiredSections[entry.type!].some((r) => normalise(r) === normalise(title))))
      const misspelt = near ? present.find((section) => section.title === near) : undefined
      report({
        reason: `Missing section \`## ${required}\``,
        place: misspelt ? startOf(misspelt.heading) : {line: lastLine, column: 1},
        hint: misspelt
          ? `Rename \`## ${misspelt.title}\` to \`## ${required}\`.`
          : `Add a \`## ${required}\` section; a ${entry.type} has: ${requiredSections[entry.type].join(', ')}.`,
      })
    }
  },
}

export const emptySectionRule: Rule = {
  id: 'structure/empty-section',
  description: 'Every required section has content.',
  check(entry, report) {
    if (!entry.type || !entry.tree) return
    const required = new Set(requiredSections[entry.type].map(normalise))
    for (const section of sectionsOf(entry.tree)) {
      if (!required.has(normalise(section.title))) continue
      const hasContent = section.content.some((node) => node.type !== 'html' && node.type !== 'thematicBreak')
      if (!hasContent) {
        report({
          reason: `Empty section \`## ${section.title}\``,
          place: startOf(section.heading),
          hint: 'Write at least a paragraph, or say plainly what is not known yet.',
        })
      }
    }
  },
}

export const sectionOrderRule: Rule = {
  id: 'structure/section-order',
  description: 'Required sections come in the order of the template, so pages read alike.',
  check(entry, report) {
    if (!entry.type || !entry.tree) return
    const order = requiredSections[entry.type].map(normalise)
    let last = -1
    for (const section of sectionsOf(entry.tree)) {
      const index = order.indexOf(normalise(section.title))
      if (index === -1) continue
      if (index < last) {
        report({
          reason: `Unexpected section \`## ${section.title}\` after \`## ${requiredSections[entry.type][last]}\``,
          place: startOf(section.heading),
          hint: `Order the sections as: ${requiredSections[entry.type].join(', ')}.`,
        })
      }
      last = Math.max(last, index)
    }
  },
}

export const noH1Rule: Rule = {
  id: 'structure/no-h1',
  description: 'No `#` heading in the body: the page title is the front matter `title`.',
  check(entry, report) {
    if (!entry.tree) return
    for (const node of entry.tree.children) {
      if (node.type === 'heading' && node.depth === 1) {
        report({
          reason: 'Unexpected first-level heading, expected the title only in front matter',
          place: startOf(node),
          hint: 'Remove the `#` heading (put its text in `title:`), or make it a `##` section.',
        })
      }
    }
  },
}
