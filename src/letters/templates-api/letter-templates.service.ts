import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { assertEditable } from '../../actions/action-lifecycle';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { EntityNotFound } from '../../common/domain-errors';
import { Section } from '../../sections/section.entity';
import { LetterSettingsDto, LetterTemplateDto } from '../dto/letter-template.dto';
import { LetterSettings } from '../letter-settings.entity';
import { LetterTemplate } from '../letter-template.entity';
import { assertTemplateValid } from './template-problems';

/** Saves an action's own letters and the sections' translations, each checked before it is stored. */
@Injectable()
export class LetterTemplatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actionId: string, sectionId: string | null): Promise<LetterTemplate[]> {
    await this.findAction(actionId);
    if (sectionId) await this.findSection(sectionId);
    return this.dataSource.getRepository(LetterTemplate).find({
      where: { action: { id: actionId }, section: sectionId ? { id: sectionId } : IsNull() },
      order: { language: 'ASC' },
    });
  }

  async save(actionId: string, sectionId: string | null, language: string, input: LetterTemplateDto): Promise<LetterTemplate> {
    const action = await this.findAction(actionId);
    assertEditable(action);
    const section = sectionId ? await this.findSection(sectionId) : null;
    assertTemplateValid(input);
    const repository = this.dataSource.getRepository(LetterTemplate);
    const existing = await repository.findOne({
      where: { action: { id: actionId }, section: section ? { id: section.id } : IsNull(), language: baseLanguage(language) },
    });
    const fields = {
      subjectLine: input.subjectLine ?? null, salutation: input.salutation ?? null, paragraphs: input.paragraphs,
      asks: input.asks ?? null, closing: input.closing ?? null,
    };
    const saved = await repository.save(existing
      ? repository.merge(existing, fields)
      : repository.create({ ...fields, action, section, language: baseLanguage(language) }));
    return repository.findOneOrFail({ where: { id: saved.id } });
  }

  async settings(actionId: string): Promise<LetterSettings> {
    await this.findAction(actionId);
    return (await this.dataSource.getRepository(LetterSettings).findOneBy({ actionId }))
      ?? this.dataSource.getRepository(LetterSettings).create({ actionId, copyTargetsOnCc: false });
  }

  async saveSettings(actionId: string, input: LetterSettingsDto): Promise<LetterSettings> {
    await this.findAction(actionId);
    await this.dataSource.getRepository(LetterSettings).upsert({ actionId, copyTargetsOnCc: input.copyTargetsOnCc }, ['actionId']);
    return this.settings(actionId);
  }

  private async findAction(id: string): Promise<UrgentAction> {
    const action = await this.dataSource.getRepository(UrgentAction).findOneBy({ id });
    if (!action) throw new EntityNotFound('Action', id);
    return action;
  }

  private async findSection(id: string): Promise<Section> {
    const section = await this.dataSource.getRepository(Section).findOneBy({ id });
    if (!section) throw new EntityNotFound('Section', id);
    return section;
  }
}

/** Templates are kept per base language: "ko-KR" and "ko" are the same letter. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
