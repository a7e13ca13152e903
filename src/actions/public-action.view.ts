import { allowedFields } from '../common/allowed-fields';
import type { Page } from '../common/pagination';
import { publicSection, type PublicSection } from '../sections/public-section.view';
import { publicTarget, type PublicTarget } from '../targets/public-target.view';
import type { ActionTarget } from './action-target.entity';
import type { ActionUpdate } from './action-update.entity';
import type { Subject } from './subject.entity';
import type { UrgentAction } from './urgent-action.entity';

/** What the public and supporters read of an action. Staff workflow (embargo, confirmation, version) stays with staff. */
const PUBLIC_ACTION_FIELDS = [
  'id',
  'reference',
  'documentIndex',
  'title',
  'country',
  'summary',
  'body',
  'additionalInformation',
  'asks',
  'translations',
  'subjectPhrases',
  'languages',
  'acceptsOwnLanguage',
  'risks',
  'appealsAddressedTo',
  'invitesLocalDiplomaticCopies',
  'lateAppealsAllowed',
  'status',
  'outcome',
  'issuedOn',
  'appealDeadline',
  'appealDeadlineTimeZone',
  'publishedAt',
  'closedAt',
  'isDemonstration',
  'appealGoal',
] as const satisfies readonly (keyof UrgentAction)[];

const PUBLIC_SUBJECT_FIELDS = [
  'id',
  'position',
  'name',
  'isGroup',
  'groupSize',
  'gender',
  'genderPrinted',
  'isPseudonym',
  'status',
] as const satisfies readonly (keyof Subject)[];

const PUBLIC_UPDATE_FIELDS = [
  'id',
  'sequence',
  'kind',
  'title',
  'body',
  'documentIndex',
  'asks',
  'newAppealDeadline',
  'outcome',
  'publishedAt',
] as const satisfies readonly (keyof ActionUpdate)[];

export type PublicSubject = Pick<Subject, (typeof PUBLIC_SUBJECT_FIELDS)[number]>;
export type PublicActionSummary = Pick<UrgentAction, (typeof PUBLIC_ACTION_FIELDS)[number]> & { subjects: PublicSubject[] };
export type PublicActionTarget = Pick<ActionTarget, 'id' | 'role' | 'position'> & { target: PublicTarget; section: PublicSection | null };
export type PublicAction = PublicActionSummary & { targets: PublicActionTarget[] };
export type PublicActionUpdate = Pick<ActionUpdate, (typeof PUBLIC_UPDATE_FIELDS)[number]>;

/** An action as a list shows it: its fields and people at risk. */
export function publicActionSummary(action: UrgentAction): PublicActionSummary {
  return {
    ...allowedFields(action, PUBLIC_ACTION_FIELDS),
    subjects: (action.subjects ?? []).map((subject) => allowedFields(subject, PUBLIC_SUBJECT_FIELDS)),
  };
}

/** One action with its targets and, for local targets, the section that attached them. */
export function publicAction(action: UrgentAction): PublicAction {
  return { ...publicActionSummary(action), targets: action.targets.map(publicActionTarget) };
}

export function publicActionPage(page: Page<UrgentAction>): Page<PublicActionSummary> {
  return { ...page, items: page.items.map(publicActionSummary) };
}

export const publicActionUpdate = (update: Omit<ActionUpdate, 'action'>): PublicActionUpdate => allowedFields(update, PUBLIC_UPDATE_FIELDS);

function publicActionTarget(link: ActionTarget): PublicActionTarget {
  return {
    id: link.id,
    role: link.role,
    position: link.position,
    target: publicTarget(link.target),
    section: link.section ? publicSection(link.section) : null,
  };
}
