import { Injectable } from '@nestjs/common';
import type { ActionTargetRecord } from '../../actions/action-read-model';
import { LetterTemplatesService } from '../../letters/templates-api/letter-templates.service';
import { SectionsService } from '../sections.service';
import { type SectionAction, ShowSectionAction } from './show-section-action';

/** One action as a section office works on it, with the local targets it attached and the letter languages it translated. */
export interface OfficeActionPageReadModel extends SectionAction {
  localTargets: ActionTargetRecord[];
  translatedLanguages: string[];
}

/** The office page of one action; an unknown section, then an unknown action, is not found. */
@Injectable()
export class ShowOfficeActionPage {
  constructor(
    private readonly sectionAction: ShowSectionAction,
    private readonly sections: SectionsService,
    private readonly templates: LetterTemplatesService,
  ) {}

  async execute(sectionId: string, actionId: string): Promise<OfficeActionPageReadModel> {
    const found = await this.sectionAction.execute(sectionId, actionId);
    const [localTargets, translations] = await Promise.all([
      this.sections.localTargets(sectionId, actionId),
      this.templates.list(actionId, sectionId),
    ]);
    return { ...found, localTargets, translatedLanguages: translations.map((template) => template.language) };
  }
}
