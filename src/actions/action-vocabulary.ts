/** The controlled vocabularies of an Urgent Action, as the documents use them. */

export enum ActionStatus {
  Draft = 'draft',
  Published = 'published',
  Closed = 'closed',
}

export enum ActionOutcome {
  Released = 'released',
  ReleasedOnBail = 'released on bail',
  ChargesDropped = 'charges dropped',
  SentenceCommuted = 'sentence commuted',
  NotReturned = 'not returned',
  StopAction = 'stop action',
  NoFurtherAction = 'no further action',
  Executed = 'executed',
  Other = 'other',
}

export enum RiskCode {
  ForcibleReturn = 'forcible return',
  ArbitraryDetention = 'arbitrary detention',
  IncommunicadoDetention = 'incommunicado detention',
  Torture = 'torture and other ill-treatment',
  EnforcedDisappearance = 'enforced disappearance',
  ForcedLabour = 'forced labour',
  DeathPenalty = 'death penalty',
  UnfairTrial = 'unfair trial',
  MedicalConcern = 'medical concern',
  PrisonerOfConscience = 'prisoner of conscience',
  FearForSafety = 'fear for safety',
  Harassment = 'harassment',
}

export enum Gender {
  Female = 'female',
  Male = 'male',
  Mixed = 'mixed',
  Unknown = 'unknown',
  Other = 'other',
}

export enum SubjectStatus {
  AtRisk = 'at risk',
  Detained = 'detained',
  ForciblyReturned = 'forcibly returned',
  Disappeared = 'disappeared',
  Released = 'released',
  Safe = 'safe',
  Executed = 'executed',
  Deceased = 'deceased',
  Unknown = 'unknown',
}

export enum TargetRole {
  Primary = 'primary',
  Copy = 'copy',
}

export enum ActionUpdateKind {
  FurtherInformation = 'further information',
  DeadlineExtension = 'deadline extension',
  Outcome = 'outcome',
  StopAction = 'stop action',
}
