import { Injectable } from '@nestjs/common';
import type { SectionTargetRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** The targets a section attached to an action for its own members, with the section, in print order. */
@Injectable()
export class ListSectionTargets {
  constructor(private readonly repository: ActionsRepository) {}

  execute(sectionId: string, actionId: string): Promise<SectionTargetRecord[]> {
    return this.repository.sectionTargets(sectionId, actionId);
  }
}
