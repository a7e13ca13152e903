import { Injectable } from '@nestjs/common';
import type { ActionTargetRecord, ActionWithTargets } from '../actions/action-read-model';
import { TargetRole } from '../actions/action-vocabulary';
import { ActionsService } from '../actions/actions.service';
import { Clock } from '../common/clock';
import { ComposedLetter, letterText } from './composition/composed-letter';
import { letterHtml } from './composition/letter-html';
import type { LetterSupporter } from './composition/letter-supporter';
import { mailtoLink, MailtoLink } from './composition/mailto-link';
import { realAddresses } from '../actions/demonstration-addresses';
import { actionTextIn, documentLanguage } from './composition/action-text';
import type { LetterQueryDto } from './dto/letter-query.dto';
import { ActionLetterTemplates, LetterComposer } from './letter-composer.service';
import { LettersRepository } from './letters.repository';
import { copyTargetEmails, findLetterTarget, letterLanguageFor, letterTargets } from './letter-targets';
import { letterPdf } from './pdf/letter-pdf';
import { assertPubliclyVisible } from '../actions/public-visibility';
import { LetterReferences, ReferencedLetters } from './references/letter-references';

export interface LetterSources {
  templates: ActionLetterTemplates;
  sectionId: string | null;
  /** Cc addresses for letters to primary targets. */
  cc: string[];
}

export interface LetterPreview {
  targetId: string;
  role: TargetRole;
  target: { name: string; title: string | null };
  language: string;
  /**
   * The language the action's own words (title, summary, asks) are quoted in: the letter's when the action is
   * translated into it, else the document's. The page says so whenever it differs from `language`.
   */
  quotedLanguage: string;
  subject: string;
  html: string;
  text: string;
  pdfUrl: string;
  mailto: MailtoLink | null;
}

/** A supporter's letters to an action's targets, as HTML, text, PDF and mailto. */
@Injectable()
export class LettersService {
  constructor(
    private readonly actions: ActionsService,
    private readonly composer: LetterComposer,
    private readonly clock: Clock,
    private readonly references: LetterReferences,
    private readonly repository: LettersRepository,
  ) {}

  async previews(actionId: string, query: LetterQueryDto, isStaff = false): Promise<{ actionId: string; letters: LetterPreview[] }> {
    const sources = await this.sources(actionId, query.section ?? null, isStaff);
    const { target: _target, ...letters } = query;
    return { actionId, letters: this.previewsFrom(sources, query, new Map(), await this.references.create(letters)) };
  }

  /** What an action's letters are made from, read once: a page showing many letters reuses it. */
  async sources(actionId: string, sectionId: string | null, isStaff = false): Promise<LetterSources> {
    const action = await this.visibleAction(actionId, isStaff);
    const templates = await this.composer.templatesFor(action, sectionId);
    return { templates, sectionId, cc: await this.ccFor(action, sectionId) };
  }

  /**
   * The letters, made from sources already read; `query.section` is the sources'. `notesByTarget` gives a letter its
   * own paragraph (already checked) in place of `query.personalNote`, so a page of letters composes each once.
   * `reference` (LetterReferences) stands for the same letters in the PDF link, so no personal data goes in a URL.
   */
  previewsFrom(
    sources: LetterSources,
    query: Omit<LetterQueryDto, 'section'>,
    notesByTarget: ReadonlyMap<string, string>,
    reference: string,
  ): LetterPreview[] {
    const { action } = sources.templates;
    const links = query.target ? [findLetterTarget(action, query.target, sources.sectionId)] : letterTargets(action, sources.sectionId);
    return links.map((link) =>
      this.preview(
        sources.templates,
        link,
        {
          ...query,
          section: sources.sectionId ?? undefined,
          personalNote: notesByTarget.get(link.target.id) ?? query.personalNote,
        },
        sources.cc,
        reference,
      ),
    );
  }

  async pdf(actionId: string, targetId: string, query: LetterQueryDto, isStaff = false): Promise<{ pdf: Buffer; fileName: string }> {
    const action = await this.visibleAction(actionId, isStaff);
    const link = findLetterTarget(action, targetId, query.section ?? null);
    const templates = await this.composer.templatesFor(action, query.section ?? null);
    const letter = this.composer.compose(
      templates,
      link.target,
      supporterOf(query),
      letterLanguageFor(link, query.lang ?? null),
      query.personalNote ?? null,
    );
    return { pdf: await letterPdf(letter, query.name ?? null), fileName: letterFileName(action, link, letter) };
  }

  /** Cc addresses for letters to primary targets: the copy-to targets, when the action's settings say so. */
  async ccFor(action: ActionWithTargets, sectionId: string | null): Promise<string[]> {
    const settings = await this.repository.settingsOf(action.id);
    return settings?.copyTargetsOnCc ? copyTargetEmails(action, sectionId) : [];
  }

  private async visibleAction(id: string, isStaff: boolean): Promise<ActionWithTargets> {
    const action = await this.actions.get(id);
    assertPubliclyVisible(action, this.clock.now(), isStaff);
    return action;
  }

  private preview(
    templates: ActionLetterTemplates,
    link: ActionTargetRecord,
    query: LetterQueryDto,
    cc: string[],
    reference: string,
  ): LetterPreview {
    const letter: ComposedLetter = this.composer.compose(
      templates,
      link.target,
      supporterOf(query),
      letterLanguageFor(link, query.lang ?? null),
      query.personalNote ?? null,
    );
    const params = new URLSearchParams({ lang: letter.language, ref: reference });
    return {
      targetId: link.target.id,
      role: link.role,
      target: { name: link.target.name, title: link.target.title },
      language: letter.language,
      quotedLanguage: actionTextIn(templates.action, letter.language) ? letter.language : documentLanguage(templates.action),
      subject: letter.subject,
      html: letterHtml(letter),
      text: letterText(letter),
      pdfUrl: `/api/actions/${templates.action.id}/letters/${link.target.id}.pdf?${params}`,
      mailto: this.mailtoFor(templates.action, link, letter, cc),
    };
  }

  /** A demonstration's mailto never names a real address, whatever its targets were edited to. */
  private mailtoFor(action: ActionWithTargets, link: ActionTargetRecord, letter: ComposedLetter, cc: string[]): MailtoLink | null {
    const to = link.target.email;
    const copies = link.role === TargetRole.Primary ? cc : [];
    if (!to || (action.isDemonstration && realAddresses({ emails: [to, ...copies] }).length > 0)) return null;
    return mailtoLink(letter, to, copies);
  }
}

/** The letter a reference stands for, to one target, as a query: its own paragraph, else the shared one. */
export function referencedQuery(letters: ReferencedLetters, targetId: string, lang?: string): LetterQueryDto {
  const { notes, ...fields } = letters;
  return { ...fields, lang: lang ?? fields.lang, personalNote: notes?.[targetId] ?? fields.personalNote };
}

export function supporterOf(fields: { name?: string; city?: string; country?: string }): LetterSupporter {
  return { name: fields.name?.trim() || null, city: fields.city?.trim() || null, country: fields.country?.trim() || null };
}

export function letterFileName(action: ActionWithTargets, link: ActionTargetRecord, letter: ComposedLetter): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
  return `${slug(action.reference ?? action.id)}-${slug(link.target.name) || link.target.id}-${letter.language}.pdf`;
}
