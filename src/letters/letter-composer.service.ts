import { Inject, Injectable } from '@nestjs/common';
import type { ActionWithTargets } from '../actions/action-read-model';
import { Clock } from '../common/clock';
import { SiteConfig } from '../config/site.config';
import type { TargetRecord } from '../targets/target-read-model';
import { composeLetter } from './composition/compose-letter';
import type { ComposedLetter } from './composition/composed-letter';
import { letterContext } from './composition/letter-context';
import type { LetterSupporter } from './composition/letter-supporter';
import type { LetterTemplate } from './letter-template.entity';
import { LettersRepository } from './letters.repository';
import { DefaultParts, FALLBACK_LANGUAGE, loadDefaultParts } from './templating/default-letter-parts';
import { supporterKey } from './templating/paragraph-choice';

/** An action's own letters and one section's translations, loaded once for all the letters of a request. */
export interface ActionLetterTemplates {
  action: ActionWithTargets;
  own: Map<string, LetterTemplate>;
  section: Map<string, LetterTemplate>;
}

/** Turns an action, a target and a supporter into one composed letter, in the best language available. */
@Injectable()
export class LetterComposer {
  private readonly defaults: Map<string, DefaultParts> = loadDefaultParts();

  constructor(
    private readonly repository: LettersRepository,
    @Inject(SiteConfig) private readonly site: SiteConfig,
    private readonly clock: Clock,
  ) {}

  async templatesFor(action: ActionWithTargets, sectionId: string | null): Promise<ActionLetterTemplates> {
    const rows = await this.repository.templatesFor(action.id, sectionId);
    return {
      action,
      own: new Map(rows.filter((row) => !row.section).map((row) => [row.language, row])),
      section: new Map(rows.filter((row) => row.section).map((row) => [row.language, row])),
    };
  }

  /** The requested language when there is a letter in it; else the target's, else the action's first, else English. */
  chooseLanguage(templates: ActionLetterTemplates, target: TargetRecord, requested: string | null): string {
    const available = (language: string | null | undefined): language is string =>
      !!language && (this.defaults.has(language) || templates.own.has(language) || templates.section.has(language));
    const base = (language: string | null | undefined) => language?.split('-')[0].toLowerCase();
    return (
      [base(requested), base(target.preferredLanguage), ...templates.action.languages.map(base)].find(
        (language) => (requested ? language === base(requested) : true) && available(language),
      ) ?? FALLBACK_LANGUAGE
    );
  }

  compose(
    templates: ActionLetterTemplates,
    target: TargetRecord,
    supporter: LetterSupporter,
    requestedLanguage: string | null,
    personalNote: string | null = null,
  ): ComposedLetter {
    const language = this.chooseLanguage(templates, target, requestedLanguage);
    const context = letterContext(templates.action, target, supporter, language, this.clock.now(), this.site.organisationName);
    return composeLetter(
      {
        defaults: this.defaults,
        sectionTemplate: templates.section.get(language) ?? null,
        actionTemplate: templates.own.get(language) ?? null,
      },
      { context, supporterKey: supporterKey(supporter.name, supporter.city, supporter.country), targetId: target.id, personalNote },
    );
  }
}
