import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '../../actions/action-read-model';
import { ListActionsAhead } from '../../actions/use-cases/list-actions-ahead';
import type { PlannedReminder } from '../planned-reminders';
import type { SectionRecord } from '../section-read-model';
import { type LocalTargetCount, type SectionTranslation, SectionsRepository } from '../sections.repository';
import { SectionsService } from '../sections.service';
import { PlanSectionReminders } from './plan-section-reminders';

export interface SectionWork {
  section: SectionRecord;
  /** The reminders its office gets next, soonest first. */
  reminders: PlannedReminder[];
  /** Its translations of the actions ahead, by language. */
  translations: SectionTranslation[];
  localTargets: LocalTargetCount[];
}

export interface SectionsWork {
  /** Drafts and published actions whose deadline is ahead, the soonest first. */
  actions: ActionRecord[];
  /** Every section, by code. */
  sections: SectionWork[];
}

/**
 * Each section with what it does for the actions ahead: the reminders its office gets, its letter translations and
 * their approval, its local targets. A fixed number of queries, plus one opt-out lookup per section.
 */
@Injectable()
export class ListSectionsWork {
  constructor(
    private readonly sections: SectionsService,
    private readonly repository: SectionsRepository,
    private readonly actionsAhead: ListActionsAhead,
    private readonly reminders: PlanSectionReminders,
  ) {}

  async execute(): Promise<SectionsWork> {
    const [sections, actions] = await Promise.all([this.sections.list(), this.actionsAhead.execute()]);
    const actionIds = actions.map((action) => action.id);
    const [translations, localTargets, reminders] = await Promise.all([
      this.repository.translations(actionIds),
      this.repository.localTargetCounts(actionIds),
      Promise.all(sections.map((section) => this.reminders.execute(section, actions))),
    ]);
    return {
      actions,
      sections: sections.map((section, index) => ({
        section,
        reminders: reminders[index],
        translations: translations.filter((row) => row.sectionId === section.id),
        localTargets: localTargets.filter((row) => row.sectionId === section.id),
      })),
    };
  }
}
