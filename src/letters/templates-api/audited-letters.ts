import { IsNull } from 'typeorm';
import { Audited } from '../../audit/audited.decorator';
import { baseLanguage } from './letter-templates.service';

/**
 * An action's own letter (`:id`) or a section's translation (`:sectionId`, `:actionId`) in the language `:lang`,
 * found as the service keeps it: per base language.
 */
export const AuditedLetterTemplate = () =>
  Audited('LetterTemplate', (params) => ({
    action: { id: params.actionId ?? params.id },
    section: params.sectionId ? { id: params.sectionId } : IsNull(),
    language: baseLanguage(params.lang),
  }));

/** An action's letter settings, kept under the action's id. */
export const AuditedLetterSettings = () => Audited('LetterSettings', (params) => ({ actionId: params.id }), { idField: 'actionId' });
