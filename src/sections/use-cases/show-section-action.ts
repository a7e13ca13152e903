import { Injectable } from '@nestjs/common';
import type { ActionWithTargets } from '../../actions/action-read-model';
import { ActionsService } from '../../actions/actions.service';
import type { SectionRecord } from '../section-read-model';
import { type SectionLetters, SectionsRepository } from '../sections.repository';
import { SectionsService } from '../sections.service';

export interface SectionAction {
  section: SectionRecord;
  action: ActionWithTargets;
  /** The action's letters, all told and from this section. */
  letters: SectionLetters;
}

/** One action as a section office works on it; an unknown section, then an unknown action, is not found. */
@Injectable()
export class ShowSectionAction {
  constructor(
    private readonly sections: SectionsService,
    private readonly actions: ActionsService,
    private readonly repository: SectionsRepository,
  ) {}

  async execute(sectionId: string, actionId: string): Promise<SectionAction> {
    const section = await this.sections.get(sectionId);
    const action = await this.actions.get(actionId);
    const letters = (await this.repository.letters(sectionId, [actionId])).get(actionId) ?? { total: 0, fromSection: 0 };
    return { section, action, letters };
  }
}
