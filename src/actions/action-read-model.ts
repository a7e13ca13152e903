import type { PublicSection } from '../sections/public-section.view';
import type { TargetRecord } from '../targets/target-read-model';
import type { ActionTarget } from './action-target.entity';
import type { ActionUpdate } from './action-update.entity';
import type { Subject } from './subject.entity';
import type { UrgentAction } from './urgent-action.entity';

/**
 * An action as the pages and other modules read it: its columns, and only the relations a reader asked for, typed
 * without TypeORM. The entities satisfy these types; a page imports them, never an entity.
 */
export type ActionRecord = Omit<UrgentAction, 'subjects' | 'targets' | 'updates'>;

export type SubjectRecord = Omit<Subject, 'action'>;

export type ActionUpdateRecord = Omit<ActionUpdate, 'action'>;

/** A target's place in the action, and for a local target the section that attached it. */
export type ActionTargetRecord = Omit<ActionTarget, 'action' | 'target' | 'section'> & {
  target: TargetRecord;
  section: PublicSection | null;
};

/** A section's own target on an action as the section reads it back: with every column of the section. */
export type SectionTargetRecord = Omit<ActionTarget, 'action' | 'target'> & { target: TargetRecord };

/** With its people at risk, in their order. */
export interface ActionWithSubjects extends ActionRecord {
  subjects: SubjectRecord[];
}

/** With its people at risk and its targets, in their order. */
export interface ActionWithTargets extends ActionWithSubjects {
  targets: ActionTargetRecord[];
}

/** With its targets from the directory, without the sections that attached them. */
export interface ActionWithDirectoryTargets extends ActionRecord {
  targets: Omit<ActionTargetRecord, 'section'>[];
}
