import { Body, Controller, Get, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { StaffOnly } from '../../accounts/access.decorators';
import type { FieldError } from '../../common/field-errors';
import { ImportsService } from '../../importer/imports.service';
import { documentText } from '../../importer/uploaded-document';
import { ListTargetDirectory } from '../../targets/use-cases/list-target-directory';
import { actionEditorModel } from './action-editor-view';
import { actionFormFromDraft } from './action-form';
import { refusedFields } from './form-errors';
import { MAX_UPLOAD_BYTES, RequestWithUpload } from './staff-form-body.middleware';
import { StaffPage, withLanguage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';
import { Audited } from '../../audit/audited.decorator';

const text = (body: Record<string, unknown>, key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '');

/**
 * A document (.txt or .pdf, or pasted text) read by the importer: saved as a draft and opened in the editor
 * when it is complete, else the editor prefilled with what was read and what is still missing beside its field.
 */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff/import')
export class StaffImportController {
  constructor(
    private readonly imports: ImportsService,
    private readonly directory: ListTargetDirectory,
    private readonly page: StaffPage,
  ) {}

  @Get()
  @StaffOnly('editor')
  showForm(@Req() request: Request, @Res() response: Response): void {
    this.page.send(request, response, 'import', 'staff.import.title', {
      pastedText: '',
      timeZone: '',
      errors: [],
      maxMegabytes: MAX_UPLOAD_BYTES / 1024 / 1024,
    });
  }

  @Post()
  @StaffOnly('editor')
  @Audited('UrgentAction', () => undefined)
  async importDocument(
    @Body() body: Record<string, unknown>,
    @Req() request: RequestWithUpload,
    @Res() response: Response,
  ): Promise<{ id: string } | void> {
    const pasted = text(body, 'text');
    const timeZone = text(body, 'timeZone').trim() || undefined;
    const refuse = (errors: FieldError[]) =>
      this.page.send(
        request,
        response,
        'import',
        'staff.import.title',
        { pastedText: pasted, timeZone: timeZone ?? '', errors, maxMegabytes: MAX_UPLOAD_BYTES / 1024 / 1024 },
        400,
      );
    if (request.uploadProblem) return refuse([{ field: 'file', message: `file: ${request.uploadProblem}` }]);
    let draft;
    try {
      const document = await documentText(request.file && !pasted.trim() ? undefined : pasted, request.file);
      draft = await this.imports.importDocument(document, { timeZone });
      if (!draft.duplicateOf && draft.invalid.length === 0) {
        const saved = await this.imports.importDocument(document, { timeZone, create: true });
        if (saved.created) {
          response.redirect(303, withLanguage(request, `/staff/actions/${saved.created.id}/edit?done=imported`));
          return { id: saved.created.id }; // for the audit log; the page is the redirect
        }
      }
    } catch (error) {
      return refuse(refusedFields(error));
    }
    const problems: FieldError[] = [
      ...(draft.duplicateOf ? [{ field: draft.duplicateOf.field, message: draft.duplicateOf.reason }] : []),
      ...draft.invalid,
    ];
    const model = actionEditorModel(actionFormFromDraft(draft.action), problems, await this.directory.execute(), {
      submitTo: withLanguage(request, '/staff/actions/new'),
      actionId: null,
    });
    this.page.send(request, response, 'editor', 'staff.editor.importedTitle', model, 200);
  }
}
