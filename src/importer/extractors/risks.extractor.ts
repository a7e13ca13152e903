import { RiskCode } from '../../actions/action-vocabulary';
import type { DocumentLine } from '../document/document-line';
import type { DraftReport } from '../draft-report';

// How the documents word each risk; the vocabulary's own phrase is always one of them.
const WORDINGS: Record<RiskCode, RegExp> = {
  [RiskCode.ForcibleReturn]: /\bforcibl[ey] return|\brefoulement\b|\bdeport(?:ed|ation)\b|\bexpulsion\b|\bexpelled\b|\bextradit/i,
  [RiskCode.ArbitraryDetention]: /\barbitrary (?:detention|arrest)\b|\barbitrarily (?:detained|arrested)\b/i,
  [RiskCode.IncommunicadoDetention]: /\bincommunicado\b/i,
  [RiskCode.Torture]: /\btortur(?:e|ed)\b|\bill-treat/i,
  [RiskCode.EnforcedDisappearance]: /\benforced(?:ly)? disappear|\bforcibly disappeared\b/i,
  [RiskCode.ForcedLabour]: /\bforced labou?r\b/i,
  [RiskCode.DeathPenalty]: /\bdeath penalty\b|\bdeath sentence\b|\bsentenced to death\b|\bexecution\b/i,
  [RiskCode.UnfairTrial]: /\bunfair trial\b|\bgrossly unfair\b/i,
  [RiskCode.MedicalConcern]: /\bmedical (?:concern|care|treatment|attention)\b/i,
  [RiskCode.PrisonerOfConscience]: /\bprisoner of conscience\b/i,
  [RiskCode.FearForSafety]: /\bfears? for (?:(?:his|her|their) )?safety\b|\bdeath threats?\b|\bthreatened with death\b/i,
  [RiskCode.Harassment]: /\bharass(?:ed|ment)\b|\bintimidat/i,
};

/**
 * The risks the title, summary and asks name, in the vocabulary's order. The background is left out: it tells
 * of what others suffered, not what this person faces.
 */
export function extractRisks(lines: DocumentLine[], report: DraftReport): RiskCode[] {
  const risks: RiskCode[] = [];
  for (const risk of Object.values(RiskCode)) {
    const line = lines.find((candidate, index) => WORDINGS[risk].test(`${candidate.text} ${lines[index + 1]?.text ?? ''}`));
    if (!line) continue;
    risks.push(risk);
    report.read('risks', 0.7, line, line.text, risk);
  }
  if (risks.length === 0) report.missing('risks', 'no risk from the vocabulary is named in the title, summary or asks');
  return risks;
}
