import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '../../actions/action-read-model';
import { ListActionsAhead } from '../../actions/use-cases/list-actions-ahead';
import type { PlannedReminder } from '../planned-reminders';
import type { SectionRecord } from '../section-read-model';
import { type SectionLetters, SectionsRepository } from '../sections.repository';
import { SectionsService } from '../sections.service';
import { PlanSectionReminders } from './plan-section-reminders';

export interface SectionOffice {
  section: SectionRecord;
  /** Drafts and published actions whose deadline is ahead, the soonest first. */
  actions: ActionRecord[];
  reminders: PlannedReminder[];
  /** Letters per action id, all told and from this section. */
  letters: Map<string, SectionLetters>;
}

/** What a section office sees on its page: the actions with deadlines ahead, its reminders and its part of the totals. */
@Injectable()
export class ShowSectionOffice {
  constructor(
    private readonly sections: SectionsService,
    private readonly repository: SectionsRepository,
    private readonly actionsAhead: ListActionsAhead,
    private readonly reminders: PlanSectionReminders,
  ) {}

  async execute(sectionId: string): Promise<SectionOffice> {
    const section = await this.sections.get(sectionId);
    const actions = await this.actionsAhead.execute();
    const [reminders, letters] = await Promise.all([
      this.reminders.execute(section, actions),
      this.repository.letters(
        section.id,
        actions.map((action) => action.id),
      ),
    ]);
    return { section, actions, reminders, letters };
  }
}
