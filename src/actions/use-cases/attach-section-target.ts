import { Injectable } from '@nestjs/common';
import { Conflict } from '../../platform/errors/domain-errors';
import { assertEditable } from '../action-lifecycle';
import type { SectionTargetRecord } from '../action-read-model';
import { ActionsRepository, type LinkingSection } from '../actions.repository';
import { ActionsService } from '../actions.service';
import { ActionTargetInputDto } from '../dto/action-target-input.dto';

/**
 * "Also send copies to diplomatic representatives accredited to your country": a section attaches a target of its
 * own, under the action's lock, after the section's own targets; a target it attached already is a conflict.
 */
@Injectable()
export class AttachSectionTarget {
  constructor(
    private readonly actions: ActionsService,
    private readonly repository: ActionsRepository,
  ) {}

  execute(section: LinkingSection, actionId: string, input: ActionTargetInputDto): Promise<SectionTargetRecord> {
    return this.repository.withTransaction(async (manager) => {
      const action = await this.actions.lockAction(manager, actionId);
      assertEditable(action);
      const target = await this.actions.resolveTarget(manager, input, 'target');
      const count = await this.repository.sectionTargetCount(manager, section.id, actionId);
      const existing = await this.repository.sectionTargetLink(manager, section.id, actionId, target.id);
      if (existing) throw Conflict.at('targetId', `Target ${target.id} is already attached to this action for section ${section.code}`);
      return this.repository.linkSectionTarget(manager, { action, target, section, role: input.role, position: count });
    });
  }
}
