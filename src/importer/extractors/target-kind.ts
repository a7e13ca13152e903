import { TargetKind } from '../../targets/target-kind';

// Checked in order: "Prime Minister" before "Minister", a UN mission before an embassy, a court before "President".
const KINDS: [RegExp, TargetKind][] = [
  [/\bpermanent (?:mission|representative)\b|\bto the (?:office of the )?united nations\b|\bto the UN\b/i, TargetKind.UnPermanentMission],
  [/\b(?:UNHCR|high commissioner|united nations|special rapporteur)\b/i, TargetKind.InternationalOrganisation],
  [/\bembassy\b|\bambassador\b|\bchargé d['’]affaires\b/i, TargetKind.Embassy],
  [/\bprime minister\b|\bpremier\b|\bchancellor\b|\bhead of government\b/i, TargetKind.HeadOfGovernment],
  [
    /\bprosecutor|\bprocura(?:tor|cy|dor)\b|\battorney general\b|\bfiscal(?:[ií]a)? general\b|\bministerio p[uú]blico\b|\bprokuratura\b/i,
    TargetKind.Prosecutor,
  ],
  [
    /\bombuds|\bpublic defender\b|\bpeople['’]s advocate\b|\bhuman rights commissioner\b|\bcommissioner for human rights\b/i,
    TargetKind.Ombudsperson,
  ],
  [/\bminist(?:er|ry)\b|\bsecretary of state\b/i, TargetKind.Minister],
  [/\bcourt\b|\bjudge\b|\bjustice\b/i, TargetKind.Court],
  [/\bpresident\b|\bking\b|\bqueen\b|\bemir\b|\bsupreme leader\b|\bhead of state\b|\bsupreme commander\b/i, TargetKind.HeadOfState],
  [/\bprison\b|\bpenitentiary\b|\bcolony\b|\bdetention cent(?:re|er)\b/i, TargetKind.PrisonAuthority],
  [/\bpolice\b|\binternal affairs\b|\bpolic[ií]a\b/i, TargetKind.Police],
  // Regional and local government, migration and border authorities have no kind of their own in the vocabulary.
  [
    /\b(?:migration|immigration|migratsionnaya) (?:service|sluzhba|department|authority)\b|\bborder guard|\bgovernor\b|\bmayor\b|\b(?:territorial|regional|provincial|municipal|local|city|oblast) administration\b|\bhead of (?:the )?administration\b/i,
    TargetKind.Other,
  ],
];

/** The kind of office, from the target's title and organisation; null when nothing says. */
export function targetKindOf(description: string): TargetKind | null {
  return KINDS.find(([pattern]) => pattern.test(description))?.[1] ?? null;
}
