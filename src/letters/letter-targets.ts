import type { ActionTargetRecord, ActionWithTargets } from '../actions/action-read-model';
import { TargetRole } from '../actions/action-vocabulary';
import { NotFound } from '../platform/errors/domain-errors';

/** The targets a supporter writes to: the action's own, then the section's local ones; primaries first. */
export function letterTargets(action: ActionWithTargets, sectionId: string | null): ActionTargetRecord[] {
  const rank = (link: ActionTargetRecord) => (link.section ? 2 : 0) + (link.role === TargetRole.Primary ? 0 : 1);
  return action.targets
    .filter((link) => !link.section || link.section.id === sectionId)
    .sort((a, b) => rank(a) - rank(b) || a.position - b.position);
}

export function findLetterTarget(action: ActionWithTargets, targetId: string, sectionId: string | null): ActionTargetRecord {
  const link = letterTargets(action, sectionId).find((candidate) => candidate.target.id === targetId);
  if (!link) throw NotFound.entity(`Target of action ${action.reference ?? action.id}`, targetId);
  return link;
}

/** The copy-to targets' addresses, for Cc when the action's letter settings ask for it. */
export function copyTargetEmails(action: ActionWithTargets, sectionId: string | null): string[] {
  return letterTargets(action, sectionId)
    .filter((link) => link.role === TargetRole.Copy && link.target.email && !link.target.emailUndeliverableAt)
    .map((link) => link.target.email as string);
}

/**
 * The language a letter to this target is asked for in: a section's local target (an embassy in its country) gets
 * the section's own letter, in the office's language or the section's first; the action's own targets the writer's.
 */
export function letterLanguageFor(link: ActionTargetRecord, requested: string | null): string | null {
  if (!link.section) return requested;
  return link.target.preferredLanguage ?? link.section.languages?.[0] ?? requested;
}
