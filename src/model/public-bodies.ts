/**
 * Public organisations and programmes that entries may name: the allow-list of the anonymisation
 * rules. Naming a public body is not identifying a person. Add a body here (with its aliases) in
 * the same change as the first entry that needs it, so reviewers see both.
 */
export interface PublicBody {
  readonly name: string
  readonly aliases?: readonly string[]
  readonly country: string
}

export const publicBodies: readonly PublicBody[] = [
  {name: 'Radicalisation Awareness Network', aliases: ['RAN', 'RAN Practitioners', 'RAN Policy Support', 'RAN Centre of Excellence'], country: 'EU'},
  {name: 'European Commission', aliases: ['Commission', 'DG HOME', 'DG Migration and Home Affairs'], country: 'EU'},
  {name: 'European Union', country: 'EU'},
  {name: 'Europol', country: 'EU'},
  {name: 'Eurojust', country: 'EU'},
  {name: 'European Court of Human Rights', aliases: ['ECtHR'], country: 'EU'},
  {name: 'Council of Europe', country: 'EU'},
  {name: 'EuroPris', aliases: ['European Organisation of Prison and Correctional Services'], country: 'EU'},
  {name: 'Confederation of European Probation', aliases: ['CEP'], country: 'EU'},
  {name: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'], country: 'multi'},
  {name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'], country: 'multi'},
  {name: 'Global Counterterrorism Forum', aliases: ['GCTF'], country: 'multi'},
  {name: 'Dutch Custodial Institutions Agency', aliases: ['DJI', 'Dienst Justitiële Inrichtingen'], country: 'NL'},
  {name: 'Dutch Probation Service', aliases: ['Reclassering Nederland'], country: 'NL'},
  {name: 'Safety House', aliases: ['Zorg- en Veiligheidshuis', 'Veiligheidshuis'], country: 'NL'},
  {name: 'Violence Prevention Network', aliases: ['VPN'], country: 'DE'},
  {name: 'EXIT-Deutschland', aliases: ['EXIT Deutschland'], country: 'DE'},
  {name: 'Advice Centre on Radicalisation', aliases: ['Beratungsstelle Radikalisierung', 'BAMF'], country: 'DE'},
  {name: 'Neustart', country: 'AT'},
  {name: 'Derad', country: 'AT'},
  {name: 'Kriminalvården', aliases: ['Swedish Prison and Probation Service'], country: 'SE'},
  {name: 'Fryshuset', aliases: ['Exit Fryshuset', 'EXIT Sweden'], country: 'SE'},
  {name: 'Aarhus model', aliases: ['Aarhus'], country: 'DK'},
  {name: 'Danish Prison and Probation Service', aliases: ['Kriminalforsorgen'], country: 'DK'},
  {name: 'Norwegian Correctional Service', aliases: ['Kriminalomsorgen'], country: 'NO'},
  {name: 'Finnish Criminal Sanctions Agency', aliases: ['Rikosseuraamuslaitos', 'RISE'], country: 'FI'},
  {name: 'Belgian Prison Service', aliases: ['Directorate-General of Penitentiary Institutions'], country: 'BE'},
  {name: 'French Prison Administration', aliases: ["Direction de l'administration pénitentiaire", 'DAP', 'SPIP'], country: 'FR'},
  {name: 'HM Prison and Probation Service', aliases: ['HMPPS', 'National Probation Service'], country: 'GB'},
  {name: 'Desistance and Disengagement Programme', aliases: ['DDP'], country: 'GB'},
  {name: 'Prevent', country: 'GB'},
  {name: 'Multi-Agency Public Protection Arrangements', aliases: ['MAPPA'], country: 'GB'},
  {name: 'Spanish General Secretariat of Penitentiary Institutions', aliases: ['Secretaría General de Instituciones Penitenciarias'], country: 'ES'},
  {name: 'Italian Department of Penitentiary Administration', aliases: ['DAP Italy'], country: 'IT'},
]
