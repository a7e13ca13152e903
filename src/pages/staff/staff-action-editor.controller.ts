import { Body, Controller, Get, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import type { Request, Response } from 'express';
import { StaffOnly } from '../../accounts/access.decorators';
import { ActionsService } from '../../actions/actions.service';
import { ShowActionEditor } from '../../actions/use-cases/show-action-editor';
import { ActionFieldsDto } from '../../actions/dto/action-fields.dto';
import { UpdateActionDto } from '../../actions/dto/update-action.dto';
import type { FieldError } from '../../common/field-errors';
import { IdParam } from '../../common/id-param';
import type { TargetRecord } from '../../targets/target-read-model';
import { ListTargetDirectory } from '../../targets/use-cases/list-target-directory';
import { actionEditorModel } from './action-editor-view';
import { ActionForm, actionFormFrom, actionFormOf, actionInputOf, emptyActionForm } from './action-form';
import { invalidFields, refusedFields } from './form-errors';
import { StaffPage, withLanguage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';
import { Audited } from '../../audit/audited.decorator';

/** One form to create or edit an action: subjects, risks, asks, languages, deadline and zone, targets from the directory. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff/actions')
export class StaffActionEditorController {
  constructor(
    private readonly actions: ActionsService,
    private readonly editor: ShowActionEditor,
    private readonly directory: ListTargetDirectory,
    private readonly page: StaffPage,
  ) {}

  @Get('new')
  @StaffOnly('editor')
  async showNew(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.show(request, response, emptyActionForm(), [], null);
  }

  @Post('new')
  @StaffOnly('editor')
  @Audited('UrgentAction')
  async create(@Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<{ id: string } | void> {
    const form = actionFormOf(body);
    const input = actionInputOf(form);
    const errors = await invalidFields(ActionFieldsDto, input);
    if (errors.length) return this.show(request, response, form, errors, null, 400);
    try {
      const action = await this.actions.create(plainToInstance(ActionFieldsDto, input));
      response.redirect(303, withLanguage(request, `/staff/actions/${action.id}?done=created`));
      return { id: action.id }; // for the audit log; the page is the redirect
    } catch (error) {
      await this.show(request, response, form, refusedFields(error), null, 422);
    }
  }

  @Get(':id/edit')
  @StaffOnly('editor')
  async showEdit(@IdParam() id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const notice = request.query.done === 'imported' ? this.page.text(request, 'staff.editor.imported') : null;
    const { action, directory } = await this.editor.execute(id);
    this.send(request, response, actionFormFrom(action), [], directory, id, 200, notice);
  }

  @Post(':id/edit')
  @StaffOnly('editor')
  @Audited('UrgentAction')
  async update(
    @IdParam() id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const form = actionFormOf(body);
    const input = actionInputOf(form);
    const errors = await invalidFields(UpdateActionDto, input);
    if (errors.length) return this.show(request, response, form, errors, id, 400);
    try {
      await this.actions.update(id, plainToInstance(UpdateActionDto, input));
      response.redirect(303, withLanguage(request, `/staff/actions/${id}?done=saved`));
    } catch (error) {
      await this.show(request, response, form, refusedFields(error), id, 422);
    }
  }

  /** The editor for a new action, or again with what was posted and why it was refused. */
  private async show(request: Request, response: Response, form: ActionForm, errors: FieldError[], id: string | null, status = 200) {
    this.send(request, response, form, errors, await this.directory.execute(), id, status);
  }

  private send(
    request: Request,
    response: Response,
    form: ActionForm,
    errors: FieldError[],
    directory: TargetRecord[],
    id: string | null,
    status: number,
    notice: string | null = null,
  ) {
    const submitTo = withLanguage(request, id ? `/staff/actions/${id}/edit` : '/staff/actions/new');
    const model = actionEditorModel(form, errors, directory, { submitTo, actionId: id, notice });
    this.page.send(request, response, 'editor', id ? 'staff.editor.editTitle' : 'staff.editor.newTitle', model, status);
  }
}
