import { Injectable } from '@nestjs/common';
import type { ActionWithTargets } from '../../actions/action-read-model';
import { ActionsService } from '../../actions/actions.service';
import { type LetterPreview, LettersService } from '../letters.service';
import { LetterTemplatesService } from '../templates-api/letter-templates.service';

/** A sample writer's signature, in the reader's language. */
export interface SampleSignature {
  name: string;
  city: string;
}

/** What staff check before publishing: the action's letters in each of its languages, and sections' translations waiting. */
export interface LetterPreviewsReadModel {
  action: ActionWithTargets;
  languages: { tag: string; letters: LetterPreview[] }[];
  waiting: { sectionId: string | undefined; sectionName: string | undefined; language: string }[];
}

/** Staff's letter previews of one action, drafts included, signed by a sample writer; an unknown action is not found. */
@Injectable()
export class ShowLetterPreviews {
  constructor(
    private readonly actions: ActionsService,
    private readonly letters: LettersService,
    private readonly templates: LetterTemplatesService,
  ) {}

  async execute(actionId: string, signature: SampleSignature): Promise<LetterPreviewsReadModel> {
    const action = await this.actions.get(actionId);
    const languages = await Promise.all(
      action.languages.map(async (tag) => ({
        tag,
        letters: (await this.letters.previews(actionId, { ...signature, lang: tag }, true)).letters,
      })),
    );
    const waiting = (await this.templates.waitingForApproval(actionId)).map((translation) => ({
      sectionId: translation.section?.id,
      sectionName: translation.section?.name,
      language: translation.language,
    }));
    return { action, languages, waiting };
  }
}
