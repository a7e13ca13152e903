import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { LetterSettings } from '../letter-settings.entity';
import { LetterTemplate } from '../letter-template.entity';

/** The parts of a template staff or a section write; saving them again waits for approval again. */
export type LetterTemplateParts = Pick<
  LetterTemplate,
  'subjectLine' | 'salutation' | 'paragraphs' | 'asks' | 'closing' | 'approvedAt' | 'approvedById'
>;

/** An action's own letters, the sections' translations and the action's letter settings, as staff and sections edit them. */
@Injectable()
export class LetterTemplatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The action's own letters (no section), or one section's translations, by language. */
  list(actionId: string, sectionId: string | null): Promise<LetterTemplate[]> {
    return this.dataSource.getRepository(LetterTemplate).find({
      where: { action: { id: actionId }, section: sectionId ? { id: sectionId } : IsNull() },
      order: { language: 'ASC' },
    });
  }

  /** The action's own letter in `language` (no section), or the section's translation into it. */
  find(actionId: string, sectionId: string | null, language: string): Promise<LetterTemplate | null> {
    return this.dataSource.getRepository(LetterTemplate).findOne({
      where: { action: { id: actionId }, section: sectionId ? { id: sectionId } : IsNull(), language },
    });
  }

  /** `existing` changed to `parts`, or a new template; read back as stored. */
  async save(
    existing: LetterTemplate | null,
    parts: LetterTemplateParts,
    owner: { actionId: string; sectionId: string | null; language: string },
  ): Promise<LetterTemplate> {
    const repository = this.dataSource.getRepository(LetterTemplate);
    const { actionId, sectionId, language } = owner;
    const saved = await repository.save(
      existing
        ? repository.merge(existing, parts)
        : repository.create({ ...parts, action: { id: actionId }, section: sectionId ? { id: sectionId } : null, language }),
    );
    return repository.findOneOrFail({ where: { id: saved.id } });
  }

  /** Sections' translations of this action not approved yet. */
  waitingForApproval(actionId: string): Promise<LetterTemplate[]> {
    return this.dataSource.getRepository(LetterTemplate).find({
      where: { action: { id: actionId }, section: Not(IsNull()), approvedAt: IsNull() },
      order: { language: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Marks the template approved, read back as stored. */
  async approve(id: string, approvedAt: Date, approvedById: string | null): Promise<LetterTemplate> {
    const repository = this.dataSource.getRepository(LetterTemplate);
    await repository.update(id, { approvedAt, approvedById });
    return repository.findOneOrFail({ where: { id } });
  }

  /** The action's settings, or the defaults (not stored) when it has none. */
  async settings(actionId: string): Promise<LetterSettings> {
    const repository = this.dataSource.getRepository(LetterSettings);
    return (await repository.findOneBy({ actionId })) ?? repository.create({ actionId, copyTargetsOnCc: false });
  }

  async saveSettings(settings: Pick<LetterSettings, 'actionId' | 'copyTargetsOnCc'>): Promise<void> {
    await this.dataSource.getRepository(LetterSettings).upsert(settings, ['actionId']);
  }
}
