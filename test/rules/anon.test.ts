/**
 * Anonymisation rules: per rule, tables of sentences that must be flagged and sentences that must
 * pass, then a measure over all of them (recall on planted identifiers, false alarms on clean text).
 */
import {describe, expect, it} from 'vitest'
import {check, validCaseFront} from '../helpers/entry.js'

const planted: Record<string, string[]> = {
  'anon/person-name': [
    'Her brother Youssef visited every week.',
    'The client, Ahmed K., refused contact.',
    'Mr Jansen from the employment office helped.',
    'Imam Hassan led the dialogue sessions.',
    'Fatima moved back in with her parents.',
    'His mentor, Lotte, had left the movement years before.',
    'The probation officer called Sanne twice a week.',
    'K. Benali completed the training.',
    'He was known as Karim among friends.',
    'Mohamed El Amrani returned to his family.',
    'Her cousin Bilal drove her to the interview.',
    'Dr. Müller assessed him before release.',
  ],
  'anon/nom-de-guerre': ['In Syria he used the kunya Abu Dujana.', 'She wrote online as Umm Sumayyah al-Muhajirah.', 'His nom de guerre was Ghost Lion.'],
  'anon/exact-date': [
    'He was released on 12 March 2021.',
    'The hearing took place on 03/02/2020.',
    'Contact resumed on 2019-06-14.',
    'On May 5th he started work.',
    'She left prison on the 3rd of October.',
  ],
  'anon/exact-age': [
    'The client was 34 years old at release.',
    'A 19-year-old convert joined the group.',
    'He was aged 27 when he travelled.',
    'At the age of 16 she was recruited.',
    'He turned 40 in prison.',
    'The brother, Karim (34), visited twice.',
  ],
  'anon/phone-number': ['The family could be reached on +31 6 12345678.', 'Call 020 123 4567 for the mentor.', 'Her number was 0612345678.'],
  'anon/email': ['He wrote to mentor.jan@example.org every week.', 'Contact: family.support[at]example.nl'],
  'anon/postal-address': [
    'He lived at Kerkstraat 12 with his mother.',
    'The flat at 14 Mill Road was found by the coach.',
    'Her parents live at 5 rue de la Paix.',
    'The postcode 3512 JK was in his file.',
    'Mail went to 10115 Berlin.',
  ],
  'anon/id-number': [
    'Passport number NL1234567 was withdrawn.',
    'His prisoner number 4471829 appears in the file.',
    'The bank account NL91 ABNA 0417 1643 00 was frozen.',
    'Case file 2021/8841-TR was closed.',
  ],
  'anon/vehicle-plate': ['He drove a car with plate AB-123-C.', 'The van with kenteken 12-ABC-3 was seen.', 'Registration number KL21 XYZ was noted.'],
  'anon/social-media': [
    'He posted as @lion_of_truth on a video platform.',
    'The channel t.me/truthseekers2020 had 300 members.',
    'See twitter.com/someuser for the posts.',
  ],
  'anon/place': [
    'He grew up in Vught and returned there.',
    'The family moved to a flat in Molenbeek.',
    'She found work in Zaandam.',
    'Their house near Kirchheim was sold.',
  ],
  'anon/institution': ['He spent four years in HMP Belmarsh.', 'The Al-Furqan Mosque offered a room.', 'She enrolled at Erasmus College for a course.'],
}

const clean = [
  'The measures listed in step (3) were agreed with the team.',
  'A man in his late twenties was released on probation in 2021.',
  'The probation officer changed three times within a year.',
  'Her brother visited every week and helped with housing.',
  'In March 2020 the family asked for counselling.',
  'The client served his sentence in a high-security unit.',
  'The NGO mentor, a former extremist, built trust over months.',
  'Over 1,400 VETOs were detained in the EU at the time.',
  'Reoffending rates of 2-7 % compare with 40-60 % for other offenders.',
  'The Radicalisation Awareness Network describes this approach.',
  'She moved to a town in Flanders after release.',
  'A woman in her thirties returned from Syria with two children.',
  'The period covered is 2018-2022.',
  'Staff followed the risk-need-responsivity (RNR) model.',
  'Counselling began in the first month of detention.',
  'He found a job through a local employment service.',
  'The Dutch Probation Service and an NGO agreed on information sharing.',
  'After an unrelated attack, community support was withdrawn.',
  'The client refused programmes but accepted help with debts.',
  'His mother and sister took part in family sessions.',
  'A theologian and a psychologist held dialogue sessions in prison.',
  'Between 2019 and 2021 contact was weekly, then monthly.',
  'He was sentenced to six years and released after four.',
  'The wing held 15 women at the time of the event.',
  'As Khalil, Zeuthen and White (2021) note, continuity matters.',
  'Her case worker and the imam met once a month.',
  'Scenario testing before release helped manage his expectations.',
  'The mentor had left the movement a decade earlier.',
  'She completed vocational training and a course in bookkeeping.',
  'The team met in the second quarter of 2022.',
  'Police considered recidivism the key criterion; the team did not.',
  'Staff were trained to handle media requests and questions from the press.',
  'Attacks by recently released convicts in London and Vienna shook public support.',
]

function flagged(sentence: string): string[] {
  return check({type: 'case', front: validCaseFront, paragraph: sentence})
    .filter((message) => message.ruleId.startsWith('anon/') && message.ruleId !== 'anon/quasi-identifier-unique')
    .map((message) => message.ruleId)
}

describe('anonymisation rules flag planted identifiers, each by the rule of its row', () => {
  for (const [rule, sentences] of Object.entries(planted)) {
    it.each(sentences)(`${rule}: %s`, (sentence) => {
      expect(flagged(sentence), `${rule} did not flag: ${sentence}`).toContain(rule)
    })
  }
})

describe('anonymisation rules leave clean text alone', () => {
  it.each(clean)('%s', (sentence) => {
    expect(flagged(sentence)).toEqual([])
  })
})

describe('anonymisation measures over the tables', () => {
  it('reaches recall >= 0.9 with <= 10% false alarms and reports the figures', () => {
    // A planted identifier counts as found only when the rule of its row reports it.
    const all = Object.entries(planted).flatMap(([rule, sentences]) => sentences.map((sentence) => ({rule, sentence})))
    const found = all.filter(({rule, sentence}) => flagged(sentence).includes(rule)).length
    const falseAlarms = clean.filter((sentence) => flagged(sentence).length > 0).length
    const recall = found / all.length
    const falseAlarmRate = falseAlarms / clean.length
    console.log(
      `anonymisation tables: recall ${recall.toFixed(3)} (${found}/${all.length}), false alarms ${falseAlarmRate.toFixed(3)} (${falseAlarms}/${clean.length})`,
    )
    expect(recall).toBeGreaterThanOrEqual(0.9)
    expect(falseAlarmRate).toBeLessThanOrEqual(0.1)
  })
})

describe('certain and uncertain findings', () => {
  const severities = (paragraph: string, id: string) =>
    check({front: validCaseFront, paragraph})
      .filter((message) => message.ruleId === id)
      .map((message) => message.severity)
  it('reports a certain name as an error and a name that is also a word as a warning asking to confirm', () => {
    expect(severities('Kowalczyk refused the move to another wing.', 'anon/person-name')).toEqual([2])
    expect(severities('Young had moved on, the officers agreed.', 'anon/person-name')).toEqual([1])
    const [warning] = check({front: validCaseFront, paragraph: 'Young had moved on, the officers agreed.'}).filter((m) => m.ruleId === 'anon/person-name')
    expect(warning!.hint).toMatch(/suppress with a reason/)
  })

  it('reports a valid IBAN as an error and one whose check digits fail as a warning', () => {
    expect(severities('Payments went to NL91ABNA0417164300 until it was frozen.', 'anon/id-number')).toEqual([2])
    expect(severities('Payments went to NL92ABNA0417164300 until it was frozen.', 'anon/id-number')).toEqual([1])
  })
})

describe('suppressions', () => {
  it('silence the named rule on the next block when they carry a reason', () => {
    const sentence = '<!-- continuum-disable-next anon/place -- the town is named in the public court ruling cited -->\nHe grew up in Vught.'
    expect(flagged(sentence)).toEqual([])
  })
  it('are refused without a reason, and for safety rules', () => {
    const noReason = check({paragraph: '<!-- continuum-disable-next anon/place -->\n\nHe grew up in Vught.'}).map((m) => m.ruleId)
    expect(noReason).toContain('safety/suppression-reason')
    expect(noReason).toContain('anon/place')
    const safety = check({paragraph: '<!-- continuum-disable-next safety/no-html -- I really need this markup -->\n\n<b>x</b>'}).map((m) => m.ruleId)
    expect(safety).toContain('safety/suppression-reason')
    expect(safety).toContain('safety/no-html')
  })
  it('warn when unused', () => {
    const messages = check({paragraph: '<!-- continuum-disable-next anon/place -- nothing to silence here at all -->\n\nA clean sentence.'})
    expect(messages.map((m) => [m.ruleId, m.severity])).toContainEqual(['anon/unused-suppression', 1])
  })
})

describe('links and images in case reviews', () => {
  it.each([
    ['![photo](photo.jpg)', 'anon/image'],
    ['[report](https://www.example-news.com/2021/03/12/released-man)', 'anon/press-link'],
    ['[profile](https://www.instagram.com/someone)', 'anon/social-media-link'],
    ['[write](mailto:someone@example.org)', 'anon/email-link'],
  ])('%s → %s', (markdown, rule) => {
    expect(check({paragraph: markdown}).map((m) => m.ruleId)).toContain(rule)
  })
  it('allows institutional and research sources', () => {
    expect(
      flagged('[paper](https://home-affairs.ec.europa.eu/networks/radicalisation-awareness-network-ran_en) and [study](https://doi.org/10.1000/xyz)'),
    ).toEqual([])
  })
})

describe('quasi-identifiers', () => {
  it('reports a disclosed profile in a small population as an error', () => {
    const front = validCaseFront.replace('gender: male', 'gender: female').replace('country: undisclosed', 'country: NL')
    const messages = check({front})
    expect(messages.find((m) => m.ruleId === 'anon/small-population')).toMatchObject({severity: 2})
  })
  it('warns when a profile with three or more disclosed fields is unique in the corpus', () => {
    const front = validCaseFront
      .replace('ageBand: undisclosed', 'ageBand: 25-34')
      .replace('ideology: undisclosed', 'ideology: right-wing')
      .replace('country: undisclosed', 'country: BE')
    expect(check({front}).find((m) => m.ruleId === 'anon/quasi-identifier-unique')).toMatchObject({severity: 1})
  })
})
