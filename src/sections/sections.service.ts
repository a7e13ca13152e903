import { Injectable } from '@nestjs/common';
import type { SectionTargetRecord } from '../actions/action-read-model';
import { ActionTargetInputDto } from '../actions/dto/action-target-input.dto';
import { AttachSectionTarget } from '../actions/use-cases/attach-section-target';
import { ListSectionTargets } from '../actions/use-cases/list-section-targets';
import { Conflict, NotFound } from '../platform/errors/domain-errors';
import { SectionFieldsDto } from './dto/section-fields.dto';
import { UpdateSectionDto } from './dto/update-section.dto';
import { Section } from './section.entity';
import { SectionsRepository } from './sections.repository';

@Injectable()
export class SectionsService {
  constructor(
    private readonly sections: SectionsRepository,
    private readonly attachSectionTarget: AttachSectionTarget,
    private readonly listSectionTargets: ListSectionTargets,
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
  async attachLocalTarget(sectionId: string, actionId: string, input: ActionTargetInputDto): Promise<SectionTargetRecord> {
    const section = await this.get(sectionId);
    return this.attachSectionTarget.execute(section, actionId, input);
  }

  async localTargets(sectionId: string, actionId: string): Promise<SectionTargetRecord[]> {
    await this.get(sectionId);
    return this.listSectionTargets.execute(sectionId, actionId);
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.sections.codeTaken(code)) throw Conflict.at('code', `A section with code ${code} exists already`);
  }
}
