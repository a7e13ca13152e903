import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActionTarget } from '../actions/action-target.entity';
import { assertEditable } from '../actions/action-lifecycle';
import { ActionsService } from '../actions/actions.service';
import { ActionTargetInputDto } from '../actions/dto/action-target-input.dto';
import { Conflict, NotFound } from '../platform/errors/domain-errors';
import { SectionFieldsDto } from './dto/section-fields.dto';
import { UpdateSectionDto } from './dto/update-section.dto';
import { Section } from './section.entity';

@Injectable()
export class SectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actions: ActionsService,
  ) {}

  private get sections() {
    return this.dataSource.getRepository(Section);
  }

  async create(input: SectionFieldsDto): Promise<Section> {
    await this.assertCodeFree(input.code);
    return this.sections.save(this.sections.create(input));
  }

  list(): Promise<Section[]> {
    return this.sections.find({ order: { code: 'ASC' } });
  }

  async get(id: string): Promise<Section> {
    const section = await this.sections.findOneBy({ id });
    if (!section) throw NotFound.entity('Section', id);
    return section;
  }

  async update(id: string, input: UpdateSectionDto): Promise<Section> {
    const section = await this.get(id);
    if (input.code && input.code !== section.code) await this.assertCodeFree(input.code);
    return this.sections.save(this.sections.merge(section, input));
  }

  /** "Also send copies to diplomatic representatives accredited to your country": the section's own targets. */
  async attachLocalTarget(sectionId: string, actionId: string, input: ActionTargetInputDto): Promise<ActionTarget> {
    const section = await this.get(sectionId);
    return this.dataSource.transaction(async (manager) => {
      const action = await this.actions.lockAction(manager, actionId);
      assertEditable(action);
      const target = await this.actions.resolveTarget(manager, input, 'target');
      const count = await manager.countBy(ActionTarget, { action: { id: actionId }, section: { id: sectionId } });
      const existing = await manager.findOneBy(ActionTarget, {
        action: { id: actionId },
        section: { id: sectionId },
        target: { id: target.id },
      });
      if (existing) throw Conflict.at('targetId', `Target ${target.id} is already attached to this action for section ${section.code}`);
      const { id } = await manager.save(manager.create(ActionTarget, { action, target, section, role: input.role, position: count }));
      return manager.findOneOrFail(ActionTarget, { where: { id }, relations: { section: true } });
    });
  }

  async localTargets(sectionId: string, actionId: string): Promise<ActionTarget[]> {
    await this.get(sectionId);
    return this.dataSource.getRepository(ActionTarget).find({
      where: { action: { id: actionId }, section: { id: sectionId } },
      relations: { section: true },
      order: { position: 'ASC' },
    });
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.sections.existsBy({ code })) throw Conflict.at('code', `A section with code ${code} exists already`);
  }
}
