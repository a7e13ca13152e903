export enum TargetKind {
  HeadOfState = 'head of state',
  HeadOfGovernment = 'head of government',
  Minister = 'minister',
  Embassy = 'embassy',
  UnPermanentMission = 'UN permanent mission',
  Prosecutor = 'prosecutor',
  Court = 'court',
  Police = 'police',
  PrisonAuthority = 'prison authority',
  Ombudsperson = 'ombudsperson',
  InternationalOrganisation = 'international organisation',
  Other = 'other',
}
