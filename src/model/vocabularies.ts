/**
 * Controlled vocabularies of the content model, grounded in the RAN conclusion paper
 * "Released violent extremist or terrorist offenders – Continuity between prison, probation and
 * reintegration" (2021). Each term has a stable value (what authors write), a label (what readers
 * see), a description (what it means, shown in templates and JSON Schema) and optional synonyms
 * (used by search and by "did you mean" hints).
 */

export interface Term {
  readonly value: string
  readonly label: string
  readonly description: string
  readonly synonyms?: readonly string[]
}

export type Vocabulary = readonly Term[]

/** The values of a vocabulary, typed as a non-empty tuple for zod enums. */
export function valuesOf(vocabulary: Vocabulary): [string, ...string[]] {
  const values = vocabulary.map((term) => term.value)
  if (values.length === 0) throw new Error('empty vocabulary')
  return values as [string, ...string[]]
}

/** Looks a value up in a vocabulary. */
export function termOf(vocabulary: Vocabulary, value: string): Term | undefined {
  return vocabulary.find((term) => term.value === value)
}

/** A vocabulary of standard codes: the description names the standard. */
function codes(pairs: ReadonlyArray<readonly [string, string]>, standard: string): Term[] {
  return pairs.map(([value, label]) => ({value, label, description: `${label} (${standard} ${value}).`}))
}

export const phases: Vocabulary = [
  {value: 'prison', label: 'Prison', description: 'Detention, from the first month onwards: the paper calls it an opportunity for rehabilitation.'},
  {value: 'pre-release', label: 'Pre-release', description: 'Preparation for release: scenario testing, expectation management, handover to probation.'},
  {
    value: 'probation',
    label: 'Probation',
    description: 'Post-release phase with legal restrictions and a probation officer.',
    synonyms: ['parole', 'supervision', 'post-release with conditions'],
  },
  {
    value: 'community',
    label: 'Community',
    description: 'Life in the community without legal conditions: livelihood, family, network, public perception.',
    synonyms: ['reintegration', 'aftercare', 'exit'],
  },
]

export const countries: Vocabulary = codes(
  [
    ['AT', 'Austria'],
    ['BE', 'Belgium'],
    ['BG', 'Bulgaria'],
    ['HR', 'Croatia'],
    ['CY', 'Cyprus'],
    ['CZ', 'Czechia'],
    ['DK', 'Denmark'],
    ['EE', 'Estonia'],
    ['FI', 'Finland'],
    ['FR', 'France'],
    ['DE', 'Germany'],
    ['GR', 'Greece'],
    ['HU', 'Hungary'],
    ['IE', 'Ireland'],
    ['IT', 'Italy'],
    ['LV', 'Latvia'],
    ['LT', 'Lithuania'],
    ['LU', 'Luxembourg'],
    ['MT', 'Malta'],
    ['NL', 'Netherlands'],
    ['PL', 'Poland'],
    ['PT', 'Portugal'],
    ['RO', 'Romania'],
    ['SK', 'Slovakia'],
    ['SI', 'Slovenia'],
    ['ES', 'Spain'],
    ['SE', 'Sweden'],
    ['IS', 'Iceland'],
    ['LI', 'Liechtenstein'],
    ['NO', 'Norway'],
    ['CH', 'Switzerland'],
    ['GB', 'United Kingdom'],
    ['AL', 'Albania'],
    ['BA', 'Bosnia and Herzegovina'],
    ['ME', 'Montenegro'],
    ['MK', 'North Macedonia'],
    ['RS', 'Serbia'],
    ['XK', 'Kosovo'],
    ['MD', 'Moldova'],
    ['UA', 'Ukraine'],
    ['GE', 'Georgia'],
    ['TR', 'Türkiye'],
  ],
  'ISO 3166-1 alpha-2',
).concat([
  {value: 'EU', label: 'EU-wide', description: 'An EU-level practice or one run jointly by the Union.'},
  {value: 'multi', label: 'Several countries', description: 'A practice run in several member states.'},
])

/** Country codes people often write instead of the ISO one. */
export const countryAliases: Readonly<Record<string, string>> = {UK: 'GB', EL: 'GR', NE: 'NL', SP: 'ES', GER: 'DE'}

export const organisationTypes: Vocabulary = [
  {value: 'prison-service', label: 'Prison service', description: 'A prison administration or an individual prison.'},
  {value: 'probation-service', label: 'Probation service', description: 'A probation or parole service.'},
  {value: 'ngo', label: 'NGO / civil society', description: 'A non-governmental or civil-society organisation, including exit programmes.'},
  {value: 'police', label: 'Police', description: 'Police or security services in a prevention role.'},
  {value: 'local-authority', label: 'Local authority', description: 'A municipality or regional authority, including local safety houses.'},
  {value: 'ministry', label: 'Ministry / national authority', description: 'A ministry or national agency setting policy or funding.'},
  {value: 'multi-agency-partnership', label: 'Multi-agency partnership', description: 'A standing partnership of state and non-state actors.'},
  {value: 'health-service', label: 'Health service', description: 'Mental health, psychological or trauma care providers.'},
  {value: 'faith-organisation', label: 'Faith organisation', description: 'Chaplaincy or religious counselling services.'},
  {value: 'research-institute', label: 'Research institute', description: 'A university or research body evaluating or designing interventions.'},
  {value: 'international-organisation', label: 'International organisation', description: 'An EU or other international body.'},
]

export const targetGroups: Vocabulary = [
  {value: 'adult-men', label: 'Adult men', description: 'Adult male VETOs, the largest group in detention.'},
  {
    value: 'women',
    label: 'Women',
    description: 'Female offenders; the paper notes their involvement has tripled in ten years.',
    synonyms: ['female offenders', 'female'],
  },
  {value: 'youth', label: 'Youth', description: 'Juveniles and young adults.', synonyms: ['juveniles', 'young offenders', 'minors']},
  {
    value: 'families',
    label: 'Families and close circle',
    description: "Family members and others in the offender's close circle.",
    synonyms: ['relatives', 'family'],
  },
  {value: 'children', label: 'Children', description: 'Children of offenders, including those repatriated from conflict zones.'},
  {
    value: 'returnees',
    label: 'Returnees',
    description: 'Returning foreign terrorist fighters (FTFs) and their family members.',
    synonyms: ['FTF', 'foreign terrorist fighters', 'returning FTFs'],
  },
  {
    value: 'non-eu-nationals',
    label: 'Non-EU nationals / revoked citizenship',
    description: 'Offenders who cannot remain in the EU after release, because they are not EU nationals or their citizenship was revoked.',
    synonyms: ['deportation', 'revoked citizenship', 'third-country nationals'],
  },
  {
    value: 'staff',
    label: 'Prison and probation staff',
    description: 'Frontline professionals: prison officers, probation officers, social workers.',
    synonyms: ['practitioners', 'professionals'],
  },
  {
    value: 'communities',
    label: 'Communities',
    description: 'Receiving communities, religious communities, employers, landlords and the public.',
    synonyms: ['public', 'society'],
  },
]

export const approaches: Vocabulary = [
  {
    value: 'concentration',
    label: 'Concentration',
    description: 'Holding VETOs in a limited number of facilities or specialised units.',
    synonyms: ['specialised units', 'terrorist wing', 'separation'],
  },
  {
    value: 'dispersion',
    label: 'Dispersion',
    description: 'Placing VETOs amongst the general prison population.',
    synonyms: ['dispersal', 'integration in general population'],
  },
  {
    value: 'gender-sensitive',
    label: "Women's wing / gender-sensitive",
    description: 'Regimes, units and interventions adapted to women and to gender, including child-friendly visiting.',
    synonyms: ["women's wing", 'gender-responsive', 'female offenders'],
  },
  {
    value: 'mentoring-by-formers',
    label: 'Mentoring by formers',
    description: 'Former extremists who take on a mentoring role and find contact easier.',
    synonyms: ['formers', 'credible messengers', 'exit mentors'],
  },
  {
    value: 'family-counselling',
    label: 'Family and social-environment counselling',
    description: 'Counselling of family members and the close circle, including when the offender refuses programmes.',
    synonyms: ['family support', 'systemic approach', 'social environment'],
  },
  {
    value: 'multi-agency',
    label: 'Multi-agency, tailor-made interventions',
    description: 'No single actor can meet all needs: tailor-made long-term interventions from the first month of detention.',
    synonyms: ['multiagency', 'case conference', 'safety house'],
  },
  {
    value: 'rnr',
    label: 'Risk-need-responsivity (RNR)',
    description: 'Selecting interventions and specialists with the risk-need-responsivity model.',
    synonyms: ['RNR', 'risk need responsivity'],
  },
  {
    value: 'risk-management',
    label: 'Risk management',
    description: 'Long-term, dynamic risk management instead of one-off risk assessment.',
    synonyms: ['dynamic risk assessment', 'risk assessment'],
  },
  {
    value: 'scenario-testing',
    label: 'Scenario testing before release',
    description: 'Offenders engage with scenarios they may face after release, to manage expectations and avoid disappointment.',
    synonyms: ['expectation management', 'release preparation'],
  },
  {
    value: 'ngo-cooperation',
    label: 'NGO cooperation',
    description: 'NGOs involved in rehabilitation under a cooperation framework agreed with government actors.',
    synonyms: ['civil society', 'non-governmental'],
  },
  {
    value: 'information-sharing',
    label: 'Information sharing with consent',
    description: "Improving the flow of information between agencies, with the offender's consent where possible.",
    synonyms: ['data sharing', 'consent'],
  },
  {
    value: 'staff-training',
    label: 'Staff and media training',
    description: 'Training of prison and probation staff, including handling media requests and gender awareness.',
    synonyms: ['training', 'media requests', 'gender awareness'],
  },
  {
    value: 'public-communication',
    label: 'Public communication',
    description: 'Communicating intervention successes to the public.',
    synonyms: ['communication', 'success stories', 'media'],
  },
  {
    value: 'community-preparation',
    label: 'Community preparation',
    description: 'Preparing communities for the reintegration of VETOs.',
    synonyms: ['community engagement', 'receiving community'],
  },
  {
    value: 'trauma-informed',
    label: 'Psychological and trauma-informed support',
    description: 'Psychological support, therapy and trauma-informed care.',
    synonyms: ['therapy', 'psychological support', 'mental health'],
  },
  {
    value: 'practical-help',
    label: 'Practical help with housing and work',
    description: 'Help to solve practical problems: housing, jobs, debts, documents.',
    synonyms: ['housing', 'employment', 'job assistance'],
  },
  {
    value: 'ideological-dialogue',
    label: 'Ideological dialogue',
    description: 'Spaces to reflect on ideology with mentors, theologians, imams or coaches.',
    synonyms: ['theological counselling', 'religious counselling', 'deradicalisation'],
  },
  {
    value: 'continuity-of-care',
    label: 'Continuity across transitions',
    description: 'Handover and continuity of case management from prison to probation to community.',
    synonyms: ['throughcare', 'handover', 'case continuity'],
  },
  {
    value: 'post-release-conditions',
    label: 'Proportionate post-release conditions',
    description: 'Reconsidering conditions such as limitations on movement so they do not undermine rehabilitation.',
    synonyms: ['licence conditions', 'restrictions'],
  },
]

export interface Recommendation {
  readonly number: number
  readonly title: string
  readonly text: string
}

export const recommendations: readonly Recommendation[] = [
  {
    number: 1,
    title: 'Diversify opportunities within the prison context',
    text: 'Reform, opportunity and second chances; optimism when assessing rehabilitation options during transitions.',
  },
  {
    number: 2,
    title: 'Reconsider the balance between rehabilitation and public safety',
    text: 'Relax post-release conditions in certain contexts so they do not undermine rehabilitation.',
  },
  {
    number: 3,
    title: 'Use a multi-agency approach and tailor-made interventions',
    text: 'Long-term interventions from the first month of detention, selected with the RNR model; quality management and evaluation.',
  },
  {
    number: 4,
    title: 'Emphasise risk management, not risk assessment',
    text: 'Risk management is broader and long-term; extend risk and needs assessment into the RNR model.',
  },
  {
    number: 5,
    title: 'Manage expectations before release through scenario testing',
    text: 'Engage offenders with scenarios they may face after release and be honest about public perception.',
  },
  {
    number: 6,
    title: 'Involve NGOs in rehabilitation programming',
    text: 'NGOs fill gaps caused by mistrust of authorities, under an agreed framework of cooperation.',
  },
  {
    number: 7,
    title: 'Enhance the flow of information',
    text: "Improve information sharing between state and non-state agencies, with the offender's consent where possible.",
  },
  {number: 8, title: 'Enhance efforts to connect offenders to communities', text: 'Prepare communities for reintegration, not only the offenders themselves.'},
  {
    number: 9,
    title: 'Communicate the success of interventions to the public',
    text: 'Public awareness of success is associated with public support for interventions.',
  },
  {
    number: 10,
    title: 'Strengthen policy and practice for female offenders',
    text: 'Adapt interventions to the needs of women and prepare communities for their release.',
  },
  {
    number: 11,
    title: 'Invest in training and awareness raising amongst prison and probation staff',
    text: 'Handling media requests, the power of public perception, gender awareness.',
  },
  {
    number: 12,
    title: 'Intensify efforts to share lessons learned and best practices',
    text: 'Share best practices and failures in case management, nationally and internationally.',
  },
  {
    number: 13,
    title: 'Encourage more research on the effectiveness of rehabilitation programming',
    text: 'Evidence-based research on risk assessment tools, recidivism and programme elements.',
  },
]

export const evidenceLevels: Vocabulary = [
  {value: 'inspiring', label: 'Inspiring practice', description: 'Described and promising, not yet evaluated.'},
  {value: 'process-evaluated', label: 'Process-evaluated', description: "Its implementation has been evaluated (reach, fidelity, participants' views)."},
  {value: 'outcome-evaluated', label: 'Outcome-evaluated', description: 'Its effects have been evaluated against defined outcomes.'},
  {value: 'peer-reviewed', label: 'Peer-reviewed evidence', description: 'Evaluated in research published after peer review.'},
]

export const statuses: Vocabulary = [
  {value: 'active', label: 'Active', description: 'Running now.'},
  {value: 'pilot', label: 'Pilot', description: 'Running as a pilot or trial.'},
  {value: 'ended', label: 'Ended', description: 'No longer running; kept for its lessons.'},
  {value: 'approach', label: 'General approach', description: 'An approach described in the literature rather than one programme.'},
]

export const provenances: Vocabulary = [
  {
    value: 'documented',
    label: 'Documented',
    description: 'Rests on a named public source (an inquiry, inspection, evaluation or programme report) cited with its publisher, year and address.',
  },
  {value: 'source-paper', label: 'Source paper', description: 'Described in a published source such as the RAN conclusion paper; cite the section.'},
  {value: 'contributor', label: 'Contributor', description: 'Contributed by a practitioner from their own organisation.'},
  {
    value: 'composite',
    label: 'Illustrative composite',
    description: 'An invented case built from challenges described in the sources; it describes no real person and is not a real case.',
  },
]

export const outcomes: Vocabulary = [
  {value: 'success', label: 'Success', description: 'The success criteria used were met.'},
  {value: 'mixed', label: 'Mixed', description: 'Some criteria met, others not.'},
  {value: 'failure', label: 'Failure', description: 'The criteria were not met, or the case broke down; shared so that others can learn.'},
]

export const managementModels: Vocabulary = [
  {value: 'concentration', label: 'Concentration', description: 'Held in a specialised unit or a limited number of facilities.'},
  {value: 'dispersion', label: 'Dispersion', description: 'Held amongst the general prison population.', synonyms: ['dispersal']},
  {value: 'mixed', label: 'Mixed', description: 'Both models during the sentence.'},
  {value: 'not-applicable', label: 'Not applicable', description: 'No detention phase in this review, or the model played no part.'},
]

const UNDISCLOSED: Term = {value: 'undisclosed', label: 'Undisclosed', description: "Withheld to protect the person's identity."}

export const genders: Vocabulary = [
  {value: 'female', label: 'Woman', description: 'A woman or girl.'},
  {value: 'male', label: 'Man', description: 'A man or boy.'},
  UNDISCLOSED,
]

export const ageBands: Vocabulary = [
  {value: 'under-18', label: 'Under 18', description: 'A minor.'},
  {value: '18-24', label: '18-24', description: 'A young adult.'},
  {value: '25-34', label: '25-34', description: 'In their late twenties or early thirties.'},
  {value: '35-44', label: '35-44', description: 'In their late thirties or early forties.'},
  {value: '45-59', label: '45-59', description: 'Middle-aged.'},
  {value: '60-plus', label: '60 or over', description: 'Sixty or over.'},
  UNDISCLOSED,
]

export const ideologies: Vocabulary = [
  {value: 'islamist', label: 'Islamist', description: 'Jihadist or other violent Islamist extremism.', synonyms: ['jihadist']},
  {value: 'right-wing', label: 'Right-wing', description: 'Violent right-wing extremism.', synonyms: ['far-right', 'neo-nazi']},
  {value: 'left-wing', label: 'Left-wing / anarchist', description: 'Violent left-wing or anarchist extremism.'},
  {value: 'separatist', label: 'Ethno-nationalist / separatist', description: 'Ethno-nationalist or separatist violence.'},
  {value: 'single-issue', label: 'Single-issue', description: 'Single-issue violent extremism.'},
  {value: 'mixed-unclear', label: 'Mixed or unclear', description: 'Mixed, unclear or unstable ideology.'},
  UNDISCLOSED,
]

export const legalStatuses: Vocabulary = [
  {value: 'national', label: 'National of the country', description: 'Can remain in the country after release.'},
  {value: 'eu-national', label: 'Other EU national', description: 'An EU national of another member state.'},
  {value: 'non-eu-national', label: 'Non-EU national', description: 'May not be able to remain after release; deportation may be pending.'},
  {value: 'revoked-citizenship', label: 'Citizenship revoked', description: 'Citizenship revoked; post-release perspective uncertain.'},
  UNDISCLOSED,
]

export const successCriteria: Vocabulary = [
  {
    value: 'no-reoffending',
    label: 'No reoffending',
    description: 'No new offence during the period. The paper warns it should not be the single metric.',
    synonyms: ['recidivism'],
  },
  {value: 'disengagement', label: 'Disengagement', description: 'Left extremist networks and activities.'},
  {value: 'ideological-change', label: 'Ideological change', description: 'Distanced from the extremist ideology.', synonyms: ['deradicalisation']},
  {value: 'employment', label: 'Employment', description: 'Found and kept work or training.'},
  {value: 'housing', label: 'Housing', description: 'Stable housing.'},
  {value: 'family-ties', label: 'Family ties', description: 'Restored or kept ties with family.'},
  {value: 'social-network', label: 'Healthy social network', description: 'A new, healthy network outside extremist circles.'},
  {value: 'compliance', label: 'Compliance with conditions', description: 'Complied with probation or licence conditions.'},
  {value: 'engagement', label: 'Engagement with support', description: 'Took part in programmes or kept contact with practitioners.'},
  {value: 'wellbeing', label: 'Mental health and wellbeing', description: 'Stable mental health and wellbeing.'},
  {value: 'community-acceptance', label: 'Community acceptance', description: 'Accepted by the receiving community.'},
]

/** What a lesson of a case review says: grouped this way on the review and in thematic briefings. */
export const lessonKinds: Vocabulary = [
  {value: 'worked', label: 'What worked', description: 'Something that helped, against the success criteria of the review.'},
  {value: 'did-not-work', label: 'What did not work', description: 'Something that failed or broke continuity.'},
  {value: 'condition', label: 'Conditions', description: 'A condition, risk or precondition another practitioner should plan for.'},
]

export const consentBases: Vocabulary = [
  {value: 'subject-consent', label: 'Consent of the person', description: 'The person consented in writing to an anonymised review.'},
  {
    value: 'illustrative-composite',
    label: 'Illustrative composite',
    description: 'No real individual: a composite built from several cases or from published challenges.',
  },
  {
    value: 'legal-basis',
    label: 'Legal basis for case review',
    description: "An anonymised review under the organisation's legal basis for case reviews, approved by its data protection officer.",
  },
  {
    value: 'public-record',
    label: 'Public record',
    description:
      'No consent sought: an anonymised review of a case already set out in a public inquiry, inspection or official report, cited as its source, adding nothing identifying beyond that record.',
  },
]

export const visibilities: Vocabulary = [
  {value: 'public', label: 'Public', description: 'Published in the public edition of the portal.'},
  {value: 'practitioners', label: 'Practitioners only', description: 'Published only in the practitioner edition; never in public pages, feeds or indexes.'},
]

/** Body languages, ISO 639-1. */
export const languages: Vocabulary = codes(
  [
    ['en', 'English'],
    ['de', 'German'],
    ['fr', 'French'],
    ['nl', 'Dutch'],
    ['it', 'Italian'],
    ['es', 'Spanish'],
    ['pt', 'Portuguese'],
    ['pl', 'Polish'],
    ['sv', 'Swedish'],
    ['da', 'Danish'],
    ['fi', 'Finnish'],
    ['cs', 'Czech'],
    ['sk', 'Slovak'],
    ['sl', 'Slovenian'],
    ['hr', 'Croatian'],
    ['hu', 'Hungarian'],
    ['ro', 'Romanian'],
    ['bg', 'Bulgarian'],
    ['el', 'Greek'],
    ['et', 'Estonian'],
    ['lv', 'Latvian'],
    ['lt', 'Lithuanian'],
    ['mt', 'Maltese'],
    ['ga', 'Irish'],
  ],
  'ISO 639-1',
)

/**
 * Populations the portal treats as small: a case whose disclosed profile falls in one of them
 * could point at a handful of people, whatever the rest of the corpus holds.
 */
export interface SmallPopulation {
  readonly id: string
  readonly description: string
  /** Profile fields and values that define the population. */
  readonly when: Readonly<Record<string, string>>
  /** The population is small only when these fields are disclosed too. */
  readonly disclosed: readonly string[]
}

export const smallPopulations: readonly SmallPopulation[] = [
  {
    id: 'women-one-state',
    description: 'women convicted of terrorist offences in one member state (the paper cites 15 in a Dutch wing)',
    when: {gender: 'female'},
    disclosed: ['country'],
  },
  {id: 'minors-one-state', description: 'minors convicted of terrorist offences in one member state', when: {ageBand: 'under-18'}, disclosed: ['country']},
  {
    id: 'revoked-one-state',
    description: 'people whose citizenship one member state revoked',
    when: {legalStatus: 'revoked-citizenship'},
    disclosed: ['country'],
  },
  {id: 'older-one-state', description: 'terrorist offenders aged 60 or over in one member state', when: {ageBand: '60-plus'}, disclosed: ['country']},
]

/** Regions: the finest place level a case review may name (the anonymisation rules allow these). */
export const regions: Vocabulary = [
  {value: 'vienna-region', label: 'Vienna region', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'lower-austria', label: 'Lower Austria', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'upper-austria', label: 'Upper Austria', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'styria', label: 'Styria', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'tyrol', label: 'Tyrol', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'carinthia', label: 'Carinthia', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'salzburg-region', label: 'Salzburg region', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'vorarlberg', label: 'Vorarlberg', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'burgenland', label: 'Burgenland', description: 'Region level (AT): allowed in case reviews.'},
  {value: 'flanders', label: 'Flanders', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'wallonia', label: 'Wallonia', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'brussels-capital-region', label: 'Brussels-Capital Region', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'brussels-region', label: 'Brussels region', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'antwerp-province', label: 'Antwerp province', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'limburg', label: 'Limburg', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'east-flanders', label: 'East Flanders', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'west-flanders', label: 'West Flanders', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'flemish-brabant', label: 'Flemish Brabant', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'walloon-brabant', label: 'Walloon Brabant', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'hainaut', label: 'Hainaut', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'liège-province', label: 'Liège province', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'luxembourg-province', label: 'Luxembourg province', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'namur-province', label: 'Namur province', description: 'Region level (BE): allowed in case reviews.'},
  {value: 'baden-württemberg', label: 'Baden-Württemberg', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'bavaria', label: 'Bavaria', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'berlin-region', label: 'Berlin region', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'brandenburg', label: 'Brandenburg', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'hesse', label: 'Hesse', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'lower-saxony', label: 'Lower Saxony', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'mecklenburg-western-pomerania', label: 'Mecklenburg-Western Pomerania', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'north-rhine-westphalia', label: 'North Rhine-Westphalia', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'rhineland-palatinate', label: 'Rhineland-Palatinate', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'saarland', label: 'Saarland', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'saxony', label: 'Saxony', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'saxony-anhalt', label: 'Saxony-Anhalt', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'schleswig-holstein', label: 'Schleswig-Holstein', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'thuringia', label: 'Thuringia', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'hamburg-region', label: 'Hamburg region', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'bremen-region', label: 'Bremen region', description: 'Region level (DE): allowed in case reviews.'},
  {value: 'île-de-france', label: 'Île-de-France', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'ile-de-france', label: 'Ile-de-France', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'auvergne-rhône-alpes', label: 'Auvergne-Rhône-Alpes', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'bourgogne-franche-comté', label: 'Bourgogne-Franche-Comté', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'brittany', label: 'Brittany', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'centre-val-de-loire', label: 'Centre-Val de Loire', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'corsica', label: 'Corsica', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'grand-est', label: 'Grand Est', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'hauts-de-france', label: 'Hauts-de-France', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'normandy', label: 'Normandy', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'nouvelle-aquitaine', label: 'Nouvelle-Aquitaine', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'occitanie', label: 'Occitanie', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'pays-de-la-loire', label: 'Pays de la Loire', description: 'Region level (FR): allowed in case reviews.'},
  {value: 'provence-alpes-côte-dazur', label: "Provence-Alpes-Côte d'Azur", description: 'Region level (FR): allowed in case reviews.'},
  {value: 'randstad', label: 'Randstad', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'north-holland', label: 'North Holland', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'south-holland', label: 'South Holland', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'utrecht-province', label: 'Utrecht province', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'gelderland', label: 'Gelderland', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'north-brabant', label: 'North Brabant', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'limburg', label: 'Limburg', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'overijssel', label: 'Overijssel', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'drenthe', label: 'Drenthe', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'groningen-province', label: 'Groningen province', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'friesland', label: 'Friesland', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'flevoland', label: 'Flevoland', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'zeeland', label: 'Zeeland', description: 'Region level (NL): allowed in case reviews.'},
  {value: 'lombardy', label: 'Lombardy', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'piedmont', label: 'Piedmont', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'veneto', label: 'Veneto', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'emilia-romagna', label: 'Emilia-Romagna', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'tuscany', label: 'Tuscany', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'lazio', label: 'Lazio', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'campania', label: 'Campania', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'sicily', label: 'Sicily', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'sardinia', label: 'Sardinia', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'apulia', label: 'Apulia', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'calabria', label: 'Calabria', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'liguria', label: 'Liguria', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'marche', label: 'Marche', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'abruzzo', label: 'Abruzzo', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'umbria', label: 'Umbria', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'trentino-alto-adige', label: 'Trentino-Alto Adige', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'friuli-venezia-giulia', label: 'Friuli Venezia Giulia', description: 'Region level (IT): allowed in case reviews.'},
  {value: 'andalusia', label: 'Andalusia', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'catalonia', label: 'Catalonia', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'community-of-madrid', label: 'Community of Madrid', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'valencian-community', label: 'Valencian Community', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'basque-country', label: 'Basque Country', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'galicia', label: 'Galicia', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'castile-and-león', label: 'Castile and León', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'castilla-la-mancha', label: 'Castilla-La Mancha', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'aragon', label: 'Aragon', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'murcia', label: 'Murcia', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'balearic-islands', label: 'Balearic Islands', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'canary-islands', label: 'Canary Islands', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'navarre', label: 'Navarre', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'asturias', label: 'Asturias', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'cantabria', label: 'Cantabria', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'extremadura', label: 'Extremadura', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'ceuta', label: 'Ceuta', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'melilla', label: 'Melilla', description: 'Region level (ES): allowed in case reviews.'},
  {value: 'stockholm-county', label: 'Stockholm County', description: 'Region level (SE): allowed in case reviews.'},
  {value: 'västra-götaland', label: 'Västra Götaland', description: 'Region level (SE): allowed in case reviews.'},
  {value: 'skåne', label: 'Skåne', description: 'Region level (SE): allowed in case reviews.'},
  {value: 'norrland', label: 'Norrland', description: 'Region level (SE): allowed in case reviews.'},
  {value: 'svealand', label: 'Svealand', description: 'Region level (SE): allowed in case reviews.'},
  {value: 'götaland', label: 'Götaland', description: 'Region level (SE): allowed in case reviews.'},
  {value: 'capital-region-of-denmark', label: 'Capital Region of Denmark', description: 'Region level (DK): allowed in case reviews.'},
  {value: 'central-denmark', label: 'Central Denmark', description: 'Region level (DK): allowed in case reviews.'},
  {value: 'north-denmark', label: 'North Denmark', description: 'Region level (DK): allowed in case reviews.'},
  {value: 'region-zealand', label: 'Region Zealand', description: 'Region level (DK): allowed in case reviews.'},
  {value: 'southern-denmark', label: 'Southern Denmark', description: 'Region level (DK): allowed in case reviews.'},
  {value: 'england', label: 'England', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'scotland', label: 'Scotland', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'wales', label: 'Wales', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'northern-ireland', label: 'Northern Ireland', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'greater-london', label: 'Greater London', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'north-west-england', label: 'North West England', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'north-east-england', label: 'North East England', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'yorkshire', label: 'Yorkshire', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'the-midlands', label: 'the Midlands', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'west-midlands', label: 'West Midlands', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'east-midlands', label: 'East Midlands', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'south-east-england', label: 'South East England', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'south-west-england', label: 'South West England', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'east-of-england', label: 'East of England', description: 'Region level (GB): allowed in case reviews.'},
  {value: 'masovia', label: 'Masovia', description: 'Region level (PL): allowed in case reviews.'},
  {value: 'silesia', label: 'Silesia', description: 'Region level (PL): allowed in case reviews.'},
  {value: 'lesser-poland', label: 'Lesser Poland', description: 'Region level (PL): allowed in case reviews.'},
  {value: 'greater-poland', label: 'Greater Poland', description: 'Region level (PL): allowed in case reviews.'},
  {value: 'pomerania', label: 'Pomerania', description: 'Region level (PL): allowed in case reviews.'},
  {value: 'lower-silesia', label: 'Lower Silesia', description: 'Region level (PL): allowed in case reviews.'},
  {value: 'lisbon-region', label: 'Lisbon region', description: 'Region level (PT): allowed in case reviews.'},
  {value: 'norte', label: 'Norte', description: 'Region level (PT): allowed in case reviews.'},
  {value: 'centro', label: 'Centro', description: 'Region level (PT): allowed in case reviews.'},
  {value: 'alentejo', label: 'Alentejo', description: 'Region level (PT): allowed in case reviews.'},
  {value: 'algarve', label: 'Algarve', description: 'Region level (PT): allowed in case reviews.'},
  {value: 'scandinavia', label: 'Scandinavia', description: 'Region level (other): allowed in case reviews.'},
  {value: 'benelux', label: 'Benelux', description: 'Region level (other): allowed in case reviews.'},
  {value: 'the-balkans', label: 'the Balkans', description: 'Region level (other): allowed in case reviews.'},
  {value: 'western-balkans', label: 'Western Balkans', description: 'Region level (other): allowed in case reviews.'},
  {value: 'central-europe', label: 'Central Europe', description: 'Region level (other): allowed in case reviews.'},
  {value: 'eastern-europe', label: 'Eastern Europe', description: 'Region level (other): allowed in case reviews.'},
  {value: 'western-europe', label: 'Western Europe', description: 'Region level (other): allowed in case reviews.'},
  {value: 'northern-europe', label: 'Northern Europe', description: 'Region level (other): allowed in case reviews.'},
  {value: 'southern-europe', label: 'Southern Europe', description: 'Region level (other): allowed in case reviews.'},
  {value: 'the-nordic-countries', label: 'the Nordic countries', description: 'Region level (other): allowed in case reviews.'},
  {value: 'nordics', label: 'Nordics', description: 'Region level (other): allowed in case reviews.'},
  {value: 'the-baltics', label: 'the Baltics', description: 'Region level (other): allowed in case reviews.'},
  {value: 'baltic-states', label: 'Baltic states', description: 'Region level (other): allowed in case reviews.'},
  {value: 'the-mediterranean', label: 'the Mediterranean', description: 'Region level (other): allowed in case reviews.'},
  {value: 'the-middle-east', label: 'the Middle East', description: 'Region level (other): allowed in case reviews.'},
  {value: 'north-africa', label: 'North Africa', description: 'Region level (other): allowed in case reviews.'},
  {value: 'the-sahel', label: 'the Sahel', description: 'Region level (other): allowed in case reviews.'},
  {value: 'the-caucasus', label: 'the Caucasus', description: 'Region level (other): allowed in case reviews.'},
  {value: 'north-caucasus', label: 'North Caucasus', description: 'Region level (other): allowed in case reviews.'},
]
