import { Injectable } from '@nestjs/common';
import { ActionTarget } from '../actions/action-target.entity';
import { assertEditable } from '../actions/action-lifecycle';
import { ActionsService } from '../actions/actions.service';
import { ActionTargetInputDto } from '../actions/dto/action-target-input.dto';
import { Conflict, NotFound } from '../platform/errors/domain-errors';
import { SectionFieldsDto } from './dto/section-fields.dto';
import { UpdateSectionDto } from './dto/update-section.dto';
import { Section } from './section.entity';
import { SectionsRepository } from './sections.repository';

@Injectable()
export class SectionsService {
  constructor(
    private readonly sections: SectionsRepository,
    private readonly actions: ActionsService,
  ) {}

  async create(input: SectionFieldsDto): Promise<Section> {
    await this.assertCodeFree(input.code);
    return this.sections.insert(input);
  }

  list(): Promise<Section[]> {
    return this.sections.all();
  }

  async get(id: string): Promise<Section> {
    const section = await this.sections.byId(id);
    if (!section) throw NotFound.entity('Section', id);
    return section;
  }

  async update(id: string, input: UpdateSectionDto): Promise<Section> {
    const section = await this.get(id);
    if (input.code && input.code !== section.code) await this.assertCodeFree(input.code);
    return this.sections.saveMerged(section, input);
  }

  /** "Also send copies to diplomatic representatives accredited to your country": the section's own targets. */
  async attachLocalTarget(sectionId: string, actionId: string, input: ActionTargetInputDto): Promise<ActionTarget> {
    const section = await this.get(sectionId);
    return this.sections.withTransaction(async (manager) => {
      const action = await this.actions.lockAction(manager, actionId);
      assertEditable(action);
      const target = await this.actions.resolveTarget(manager, input, 'target');
      const count = await this.sections.localTargetCount(manager, sectionId, actionId);
      const existing = await this.sections.localTargetLink(manager, sectionId, actionId, target.id);
      if (existing) throw Conflict.at('targetId', `Target ${target.id} is already attached to this action for section ${section.code}`);
      return this.sections.attachLocalTarget(manager, { action, target, section, role: input.role, position: count });
    });
  }

  async localTargets(sectionId: string, actionId: string): Promise<ActionTarget[]> {
    await this.get(sectionId);
    return this.sections.localTargets(sectionId, actionId);
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.sections.codeTaken(code)) throw Conflict.at('code', `A section with code ${code} exists already`);
  }
}
