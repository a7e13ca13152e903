import { Injectable } from '@nestjs/common';
import type { SectionAction } from '../../sections/use-cases/show-section-action';
import { ShowSectionAction } from '../../sections/use-cases/show-section-action';
import { baseLanguage, type LetterTemplateRecord, LetterTemplatesService } from '../templates-api/letter-templates.service';

/** A section's own translation of an action's letter in one language, if it wrote one, with the section and the action. */
export interface SectionTranslationReadModel {
  section: SectionAction['section'];
  action: SectionAction['action'];
  translation: LetterTemplateRecord | null;
}

/** The office page that edits a section's translation; an unknown action or section is not found. */
@Injectable()
export class ShowSectionTranslation {
  constructor(
    private readonly sectionAction: ShowSectionAction,
    private readonly templates: LetterTemplatesService,
  ) {}

  async execute(sectionId: string, actionId: string, language: string): Promise<SectionTranslationReadModel> {
    // The translations first, as the page always read them: an unknown action is named before an unknown section.
    const translations = await this.templates.list(actionId, sectionId);
    const { section, action } = await this.sectionAction.execute(sectionId, actionId);
    const translation = translations.find((template) => template.language === baseLanguage(language)) ?? null;
    return { section, action, translation };
  }
}
