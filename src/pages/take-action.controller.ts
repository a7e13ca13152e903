import { Body, Controller, Get, NotFoundException, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import type { Request, Response } from 'express';
import { Public } from '../accounts/access.decorators';
import { RateLimited } from '../accounts/rate-limited.decorator';
import { Clock } from '../common/clock';
import { refusalOf } from '../platform/errors/refusal';
import type { RequestWithPrincipal } from '../accounts/principal';
import { LetterRequestReceipt, LetterRequests } from '../letters/consent/letter-requests.service';
import { WRITER_CONFIRMATION_DAYS } from '../letters/consent/writer-confirmations';
import { LetterReceipt } from '../letters/delivery/letter-delivery.service';
import { LetterReports } from '../letters/delivery/letter-reports.service';
import { signedInSupporter } from '../letters/signed-in-supporter';
import { RecordLetterDto, SendLetterDto } from '../letters/dto/send-letter.dto';
import {
  normalisePersonalNote,
  PERSONAL_NOTE_MAX_LENGTH,
  PERSONAL_NOTE_MAX_LINES,
  personalNoteProblem,
} from '../letters/composition/personal-note';
import { OpenLetterMailto } from '../letters/use-cases/open-letter-mailto';
import { ShowTakeActionPage, type WriterLetters } from '../letters/use-cases/show-take-action-page';
import type { PublishedAction } from '../actions/use-cases/read-published-actions';
import { csrfTokenOf } from './my/page-forms';
import { PageLanguage, pageLanguageOf } from './page-language';
import { PageRenderer } from './page-renderer';
import { letterLanguages, PersonalNotes, personalNoteKey, personalNotesOf, WriterFields, writerFieldsOf } from './take-action-form';
import { outcomeOf } from './take-action-outcome';
import { DomainErrorPageFilter } from './domain-error-page.filter';

interface Outcome {
  targetId: string;
  how: string;
  /** When a queued letter goes, if later than when it was asked for. */
  at: Date | null;
}

/** The letters' own paragraphs: as posted for the action's targets, as they read once normalised, and why one is refused. */
interface TypedNotes {
  kept: PersonalNotes;
  typed: Map<string, string>;
  problems: Map<string, ReturnType<typeof personalNoteProblem>>;
}

interface Problem {
  targetId: string | null;
  message: string;
  /** The letter's own paragraph was refused: the message goes next to it. */
  field?: 'personalNote';
}

/**
 * "Take action": who is writing, then one letter per target to read with the supporter's own paragraph, copy,
 * download as PDF, open as mailto, send by email or fax, and "I've sent it". Plain forms, so it works without script.
 */
@ApiExcludeController()
@UseFilters(DomainErrorPageFilter)
@Controller('urgent-actions/:id/take-action')
export class TakeActionController {
  constructor(
    private readonly takeAction: ShowTakeActionPage,
    private readonly mailtos: OpenLetterMailto,
    private readonly reports: LetterReports,
    private readonly requests: LetterRequests,
    private readonly renderer: PageRenderer,
    private readonly clock: Clock,
  ) {}

  /** The writer's form, filled from a signed-in supporter's profile. The writer's fields never come in a URL. */
  @Get()
  @Public()
  async show(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const supporter = signedInSupporter((request as RequestWithPrincipal).principal);
    const writer = writerFieldsOf(
      supporter ? { name: supporter.name, email: supporter.email, city: supporter.city ?? '', country: supporter.country ?? '' } : {},
    );
    await this.render(request, response, id, { ...writer, name: '' }, null, null, 200, new Map(), writer);
  }

  /** The letters, signed with the posted fields, each with its own paragraph as previewed. */
  @Post()
  @Public()
  async showLetters(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.render(request, response, id, writerFieldsOf(body), null, null, 200, personalNotesOf(body));
  }

  /** The mailto link of one letter, from the page's reference: the letter's words stay out of the page's own URLs. */
  @Get('mailto/:targetId')
  @Public()
  async mailto(
    @Param('id') id: string,
    @Param('targetId') targetId: string,
    @Query('ref') reference: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const letter = await this.mailtos.execute(id, targetId, typeof reference === 'string' ? reference : null);
    if ('missing' in letter) {
      const message = letter.missing === 'letter' ? 'No such letter' : 'This letter has no email address to open';
      throw new NotFoundException({ statusCode: 404, error: 'Not Found', message });
    }
    response.setHeader('Cache-Control', 'private, no-store');
    response.redirect(303, letter.url);
  }

  @Post('send')
  @Public()
  @RateLimited()
  async send(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const input = plainToInstance(SendLetterDto, {
      ...body,
      language: body.letterLanguage || undefined,
      city: body.city || undefined,
      country: body.country || undefined,
      section: body.section || undefined,
    });
    const supporter = signedInSupporter((request as RequestWithPrincipal).principal);
    await this.act(id, body, request, response, input, () =>
      this.requests.send(id, input, { supporter, ip: request.ip ?? null, language: pageLanguageOf(request) }),
    );
  }

  @Post('record')
  @Public()
  @RateLimited()
  async record(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const input = plainToInstance(RecordLetterDto, {
      ...body,
      language: body.letterLanguage || undefined,
      name: body.name || undefined,
      email: body.email || undefined,
      city: body.city || undefined,
      country: body.country || undefined,
      section: body.section || undefined,
    });
    const supporter = signedInSupporter((request as RequestWithPrincipal).principal);
    await this.act(id, body, request, response, input, () => this.reports.record(id, input, { supporter, ip: request.ip ?? null }));
  }

  private async act(
    id: string,
    body: Record<string, unknown>,
    request: Request,
    response: Response,
    input: SendLetterDto | RecordLetterDto,
    perform: () => Promise<(LetterReceipt & { repeated: boolean }) | LetterRequestReceipt>,
  ): Promise<void> {
    const writer = writerFieldsOf(body);
    const notes = personalNotesOf(body);
    const targetId = typeof body.targetId === 'string' ? body.targetId : null;
    const errors = await validate(input, { whitelist: true });
    const noteError = errors.find((error) => error.property === 'personalNote');
    if (noteError && targetId && typeof body.personalNote === 'string') {
      // The refused paragraph stays in its field, with the reason beside it.
      notes.set(targetId.toLowerCase(), body.personalNote);
      return this.render(
        request,
        response,
        id,
        writer,
        null,
        { targetId, message: constraintsOf(noteError), field: 'personalNote' },
        400,
        notes,
      );
    }
    if (errors.length > 0) {
      const message = errors.map(constraintsOf).join('; ');
      return this.render(request, response, id, writer, null, { targetId, message }, 400, notes);
    }
    let receipt: (LetterReceipt & { repeated: boolean }) | LetterRequestReceipt;
    try {
      receipt = await perform();
    } catch (error) {
      const refusal = refusalOf(error);
      return this.render(request, response, id, writer, null, { targetId, message: refusal.message }, refusal.status, notes);
    }
    // Answered with the page itself, not a redirect to a URL holding the writer's fields. Posting again is harmless:
    // the same letter asked for or reported again is the first one.
    const at = receipt.dueAt && receipt.dueAt.getTime() > this.clock.now().getTime() ? receipt.dueAt : null;
    await this.render(
      request,
      response,
      id,
      writer,
      { targetId: input.targetId, how: outcomeOf(receipt, input.channel), at },
      null,
      200,
      notes,
    );
  }

  /** `prefill`: the writer form's fields when they are not the letters' signature yet (a signed-in supporter's profile). */
  private async render(
    request: Request,
    response: Response,
    id: string,
    writer: WriterFields,
    outcome: Outcome | null,
    problem: Problem | null,
    status = 200,
    notes: PersonalNotes = new Map(),
    prefill: WriterFields = writer,
  ): Promise<void> {
    const language = pageLanguageOf(request);
    const typed = new Map([...notes].map(([targetId, raw]) => [targetId, normalisePersonalNote(raw) ?? '']));
    const problems = new Map([...typed].map(([targetId, note]) => [targetId, note ? personalNoteProblem(note) : null]));
    // Only a paragraph that may go into the letter is shown in it; a refused one stays in its field with the reason.
    const accepted = new Map([...typed].filter(([targetId, note]) => note && !problems.get(targetId)));
    const page = await this.takeAction.execute(id, writer, accepted, language);
    if (!page) {
      const title = this.renderer.text(language, 'notFound.title');
      response
        .status(404)
        .type('html')
        .send(this.renderer.render('not-found', { language, title, path: `/urgent-actions/${encodeURIComponent(id)}/take-action` }, {}));
      return;
    }
    const { found, sections, section } = page;
    const path = `/urgent-actions/${id}/take-action`;
    const targetIds = new Set(found.action.targets.map((link) => link.target.id));
    const kept: PersonalNotes = new Map([...notes].filter(([targetId]) => targetIds.has(targetId)));
    // The section found from the country typed is carried on, like one chosen.
    const writing = { ...writer, section: section?.id ?? '' };
    const letters = page.letters
      ? this.letterViews(found, page.letters, writing, language, outcome, problem, { kept, typed, problems })
      : null;
    const model = {
      actionId: id,
      title: found.action.title,
      isDemonstration: found.action.isDemonstration,
      writer: prefill === writer ? writing : prefill,
      sections: sections.map((offered) => ({ ...offered, selected: offered.id === writer.section })),
      writingWith: letters && section ? this.renderer.text(language, 'take.writingWith', { section: section.name }) : null,
      languages: letterLanguages(found, language).map((option) => ({ ...option, selected: option.tag === writer.letterLanguage })),
      letters,
      // A letter's problem shows at its letter; with no letters shown (no name yet) it shows at the top.
      problem: problem && (!problem.targetId || !letters) ? problem.message : null,
      notes: [...kept].map(([targetId, note]) => ({ key: personalNoteKey(targetId), value: note })),
      noteLimits: { characters: PERSONAL_NOTE_MAX_LENGTH, lines: PERSONAL_NOTE_MAX_LINES },
      // A signed-in supporter or staff member posts the forms as themselves: the guard wants the session's token.
      csrfToken: (request as RequestWithPrincipal).principal?.via === 'cookie' ? csrfTokenOf(request) : null,
    };
    const title = this.renderer.text(language, 'take.title', { title: found.action.title });
    // A paragraph refused on display (typed too long, or too many lines: maxlength cannot count lines) is a bad request too.
    const refused = status === 200 && letters?.some((letter) => letter.noteError) ? 400 : status;
    // With a writer, the page holds their name and email: no shared cache may keep it.
    if (writer.name || writer.email || model.csrfToken) response.setHeader('Cache-Control', 'private, no-store');
    response
      .status(refused)
      .type('html')
      .send(this.renderer.render('take-action', { language, title, path }, model));
  }

  private doneText(language: PageLanguage, outcome: Outcome, writer: WriterFields): string {
    if (outcome.how === 'confirm')
      return this.renderer.text(language, 'take.done.confirm', { email: writer.email, days: WRITER_CONFIRMATION_DAYS });
    if (outcome.at && (outcome.how === 'email' || outcome.how === 'fax')) {
      return this.renderer.text(language, `take.done.${outcome.how}Later`, { time: goesAt(language, outcome.at) });
    }
    return this.renderer.text(language, `take.done.${outcome.how}`);
  }

  private letterViews(
    found: PublishedAction,
    { previews, reference }: WriterLetters,
    writer: WriterFields,
    language: PageLanguage,
    outcome: Outcome | null,
    problem: Problem | null,
    { kept: notes, typed, problems }: TypedNotes,
  ) {
    const targets = new Map(found.action.targets.map((link) => [link.target.id, link.target]));
    // Offices staff steer writers away from (their letters would pass the deadline): no sending by the system.
    const steered = new Set(found.action.targets.filter((link) => link.systemSendingPausedAt).map((link) => link.target.id));
    return previews.map((letter) => {
      const target = targets.get(letter.targetId);
      const note = typed.get(letter.targetId) ?? '';
      const noteProblem = problems.get(letter.targetId) ?? null;
      const ownProblem = problem?.targetId === letter.targetId ? problem : null;
      return {
        ...letter,
        personalNote: note,
        noteKey: personalNoteKey(letter.targetId),
        noteError: noteProblem
          ? this.renderer.text(language, `take.note.${noteProblem}`, {
              characters: PERSONAL_NOTE_MAX_LENGTH,
              lines: PERSONAL_NOTE_MAX_LINES,
            })
          : ownProblem?.field === 'personalNote'
            ? ownProblem.message
            : null,
        otherNotes: [...notes]
          .filter(([targetId]) => targetId !== letter.targetId)
          .map(([targetId, value]) => ({ key: personalNoteKey(targetId), value })),
        mailtoUrl: letter.mailto
          ? `/urgent-actions/${found.action.id}/take-action/mailto/${letter.targetId}?ref=${encodeURIComponent(reference)}`
          : null,
        mailtoShortened: letter.mailto?.shortened ?? false,
        canEmail: Boolean(target?.email) && !target?.emailUndeliverableAt && Boolean(writer.email) && !steered.has(letter.targetId),
        canFax: Boolean(target?.fax) && Boolean(writer.email) && !steered.has(letter.targetId),
        steered: steered.has(letter.targetId) ? this.renderer.text(language, 'take.steered') : null,
        done: outcome?.targetId === letter.targetId ? this.doneText(language, outcome, writer) : null,
        untranslatedNote:
          letter.quotedLanguage !== letter.language
            ? this.renderer.text(language, 'take.untranslated', {
                language: languageName(language, letter.language),
                quoted: languageName(language, letter.quotedLanguage),
              })
            : null,
        problem: ownProblem && !ownProblem.field ? ownProblem.message : null,
      };
    });
  }
}

function languageName(pageLanguage: string, tag: string): string {
  return new Intl.DisplayNames([pageLanguage], { type: 'language' }).of(tag) ?? tag;
}

function goesAt(language: PageLanguage, at: Date): string {
  const parts = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  // The supporter's own zone is not known to a plain form: UTC, saying so.
  return new Intl.DateTimeFormat(language, { ...parts, timeZone: 'UTC', timeZoneName: 'short' }).format(at);
}

function constraintsOf(error: ValidationError): string {
  return Object.values(error.constraints ?? {}).join('; ');
}
