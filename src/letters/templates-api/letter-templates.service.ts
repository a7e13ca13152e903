import { Injectable } from '@nestjs/common';
import { assertEditable } from '../../actions/action-lifecycle';
import type { ActionRecord } from '../../actions/action-read-model';
import { FindAction } from '../../actions/use-cases/find-action';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import type { SectionRecord } from '../../sections/section-read-model';
import { FindSection } from '../../sections/use-cases/find-section';
import type { LetterSettingsDto, LetterTemplateDto } from '../dto/letter-template.dto';
import type { LetterSettings } from '../letter-settings.entity';
import type { LetterTemplate } from '../letter-template.entity';
import { LetterTemplatesRepository } from './letter-templates.repository';
import { assertTemplateValid } from './template-problems';

/** A stored letter template as other modules read it: its parts and approval, without the rows it belongs to. */
export type LetterTemplateRecord = Omit<LetterTemplate, 'action' | 'section' | 'approvedBy'>;

/** Saves an action's own letters and the sections' translations, each checked before it is stored. */
@Injectable()
export class LetterTemplatesService {
  constructor(
    private readonly repository: LetterTemplatesRepository,
    private readonly actions: FindAction,
    private readonly sections: FindSection,
    private readonly clock: Clock,
  ) {}

  async list(actionId: string, sectionId: string | null): Promise<LetterTemplate[]> {
    await this.findAction(actionId);
    if (sectionId) await this.findSection(sectionId);
    return this.repository.list(actionId, sectionId);
  }

  async save(actionId: string, sectionId: string | null, language: string, input: LetterTemplateDto): Promise<LetterTemplate> {
    const action = await this.findAction(actionId);
    assertEditable(action);
    const section = sectionId ? await this.findSection(sectionId) : null;
    assertTemplateValid(input);
    const existing = await this.repository.find(actionId, section?.id ?? null, baseLanguage(language));
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
    return this.repository.save(existing, fields, {
      actionId: action.id,
      sectionId: section?.id ?? null,
      language: baseLanguage(language),
    });
  }

  /** Sections' translations of this action that supporters' letters do not use yet. */
  async waitingForApproval(actionId: string): Promise<LetterTemplate[]> {
    return this.repository.waitingForApproval(actionId);
  }

  /** Staff let supporters' letters use a section's translation, as it is now. */
  async approve(actionId: string, sectionId: string, language: string, approverId: string | null): Promise<LetterTemplate> {
    await this.findAction(actionId);
    await this.findSection(sectionId);
    const translation = await this.repository.find(actionId, sectionId, baseLanguage(language));
    if (!translation) throw NotFound.entity('Letter translation', `${sectionId}/${actionId}/${baseLanguage(language)}`);
    return this.repository.approve(translation.id, this.clock.now(), approverId);
  }

  async settings(actionId: string): Promise<LetterSettings> {
    await this.findAction(actionId);
    return this.repository.settings(actionId);
  }

  async saveSettings(actionId: string, input: LetterSettingsDto): Promise<LetterSettings> {
    await this.findAction(actionId);
    await this.repository.saveSettings({ actionId, copyTargetsOnCc: input.copyTargetsOnCc });
    return this.settings(actionId);
  }

  private async findAction(id: string): Promise<ActionRecord> {
    const action = await this.actions.execute(id);
    if (!action) throw NotFound.entity('Action', id);
    return action;
  }

  private async findSection(id: string): Promise<SectionRecord> {
    const section = await this.sections.execute(id);
    if (!section) throw NotFound.entity('Section', id);
    return section;
  }
}

/** Templates are kept per base language: "ko-KR" and "ko" are the same letter. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}
