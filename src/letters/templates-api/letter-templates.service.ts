import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { assertEditable } from '../../actions/action-lifecycle';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import { Section } from '../../sections/section.entity';
import { LetterSettingsDto, LetterTemplateDto } from '../dto/letter-template.dto';
import { LetterSettings } from '../letter-settings.entity';
import { LetterTemplate } from '../letter-template.entity';
import { assertTemplateValid } from './template-problems';

/** A stored letter template as other modules read it: its parts and approval, without the rows it belongs to. */
export type LetterTemplateRecord = Omit<LetterTemplate, 'action' | 'section' | 'approvedBy'>;

/** Saves an action's own letters and the sections' translations, each checked before it is stored. */
@Injectable()
export class LetterTemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

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
    // A section's translation, new or changed, waits for staff approval again.
    const fields = {
      subjectLine: input.subjectLine ?? null,
      salutation: input.salutation ?? null,
      paragraphs: input.paragraphs,
      asks: input.asks ?? null,
      closing: input.closing ?? null,
      approvedAt: null,
      approvedById: null,
    };
    const saved = await repository.save(
      existing ? repository.merge(existing, fields) : repository.create({ ...fields, action, section, language: baseLanguage(language) }),
    );
    return repository.findOneOrFail({ where: { id: saved.id } });
  }

  /** Sections' translations of this action that supporters' letters do not use yet. */
  async waitingForApproval(actionId: string): Promise<LetterTemplate[]> {
    return this.dataSource.getRepository(LetterTemplate).find({
      where: { action: { id: actionId }, section: Not(IsNull()), approvedAt: IsNull() },
      order: { language: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Staff let supporters' letters use a section's translation, as it is now. */
  async approve(actionId: string, sectionId: string, language: string, approverId: string | null): Promise<LetterTemplate> {
    await this.findAction(actionId);
    await this.findSection(sectionId);
    const repository = this.dataSource.getRepository(LetterTemplate);
    const translation = await repository.findOne({
      where: { action: { id: actionId }, section: { id: sectionId }, language: baseLanguage(language) },
    });
    if (!translation) throw NotFound.entity('Letter translation', `${sectionId}/${actionId}/${baseLanguage(language)}`);
    await repository.update(translation.id, { approvedAt: this.clock.now(), approvedById: approverId });
    return repository.findOneOrFail({ where: { id: translation.id } });
  }

  async settings(actionId: string): Promise<LetterSettings> {
    await this.findAction(actionId);
    return (
      (await this.dataSource.getRepository(LetterSettings).findOneBy({ actionId })) ??
      this.dataSource.getRepository(LetterSettings).create({ actionId, copyTargetsOnCc: false })
    );
  }

  async saveSettings(actionId: string, input: LetterSettingsDto): Promise<LetterSettings> {
    await this.findAction(actionId);
    await this.dataSource.getRepository(LetterSettings).upsert({ actionId, copyTargetsOnCc: input.copyTargetsOnCc }, ['actionId']);
    return this.settings(actionId);
  }

  private async findAction(id: string): Promise<UrgentAction> {
    const action = await this.dataSource.getRepository(UrgentAction).findOneBy({ id });
    if (!action) throw NotFound.entity('Action', id);
    return action;
  }

  private async findSection(id: string): Promise<Section> {
    const section = await this.dataSource.getRepository(Section).findOneBy({ id });
    if (!section) throw NotFound.entity('Section', id);
    return section;
  }
}

/** Templates are kept per base language: "ko-KR" and "ko" are the same letter. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
