import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '../../actions/action-read-model';
import { Clock } from '../../common/clock';
import { type PlannedReminder, plannedReminders } from '../planned-reminders';
import type { SectionRecord } from '../section-read-model';
import { SectionsRepository } from '../sections.repository';

/** The deadline reminders the section's office will get for these actions, to its addresses that have not opted out. */
@Injectable()
export class PlanSectionReminders {
  constructor(
    private readonly sections: SectionsRepository,
    private readonly clock: Clock,
  ) {}

  async execute(section: SectionRecord, actions: ActionRecord[]): Promise<PlannedReminder[]> {
    const optedOut = await this.sections.optedOutAddresses(section.id);
    return plannedReminders(section, actions, optedOut, this.clock.now());
  }
}
