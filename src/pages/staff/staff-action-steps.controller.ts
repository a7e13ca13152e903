import { Body, Controller, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import type { Request, Response } from 'express';
import { StaffOnly } from '../../accounts/access.decorators';
import { ActionUpdatesService } from '../../actions/action-updates.service';
import { ActionsService } from '../../actions/actions.service';
import { CloseActionDto } from '../../actions/dto/close-action.dto';
import { CreateActionUpdateDto } from '../../actions/dto/create-action-update.dto';
import { IdParam } from '../../common/id-param';
import type { FieldError } from '../../common/field-errors';
import { invalidFields, refusedFields } from './form-errors';
import { StaffActionPage } from './staff-action-page';
import { withLanguage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';
import { Audited } from '../../audit/audited.decorator';
import type { RequestWithPrincipal } from '../../accounts/principal';
import { RecordOfficialReplyDto } from '../../replies/dto/record-official-reply.dto';
import { RecordOfficialReply } from '../../replies/use-cases/record-official-reply';
import { DeliveryForecast } from '../../notifications/deliveries/delivery-forecast';

const text = (body: Record<string, unknown>, key: string) => (typeof body[key] === 'string' ? (body[key] as string).trim() : '');

/** An action's life after the editor: publish, post an update (which may extend the deadline or end it), close with an outcome. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff/actions/:id')
export class StaffActionStepsController {
  constructor(
    private readonly actions: ActionsService,
    private readonly updates: ActionUpdatesService,
    private readonly actionPage: StaffActionPage,
    private readonly recordOfficialReply: RecordOfficialReply,
    private readonly forecasts: DeliveryForecast,
  ) {}

  @Post('publish')
  @StaffOnly('editor')
  @Audited('UrgentAction')
  async publish(@IdParam() id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.step(request, response, id, 'published', async () => void (await this.actions.publish(id)));
  }

  @Post('updates')
  @StaffOnly('editor')
  @Audited('UrgentAction')
  async postUpdate(
    @IdParam() id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const date = text(body, 'newDeadlineDate');
    const input: Record<string, unknown> = {
      kind: text(body, 'kind'),
      title: text(body, 'title'),
      body: text(body, 'body'),
      newAppealDeadline: date ? `${date}T${text(body, 'newDeadlineTime') || '00:00'}` : undefined,
      outcome: text(body, 'outcome') || undefined,
    };
    await this.step(request, response, id, 'updated', async () => {
      const errors = await invalidFields(CreateActionUpdateDto, input);
      if (errors.length) throw errors;
      await this.updates.post(id, plainToInstance(CreateActionUpdateDto, input));
    });
  }

  @Post('close')
  @StaffOnly('editor')
  @Audited('UrgentAction')
  async close(
    @IdParam() id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const input = { outcome: text(body, 'outcome') };
    await this.step(request, response, id, 'closed', async () => {
      const errors = await invalidFields(CloseActionDto, input);
      if (errors.length) throw errors;
      await this.actions.close(id, plainToInstance(CloseActionDto, input).outcome);
    });
  }

  @Post('replies')
  @StaffOnly()
  @Audited('OfficialReply')
  async recordReply(@IdParam() id: string, @Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response) {
    const input = {
      targetId: text(body, 'targetId'),
      receivedOn: text(body, 'receivedOn'),
      channel: text(body, 'channel'),
      summary: text(body, 'summary'),
      isPublic: body.isPublic === 'true',
    };
    const principal = (request as RequestWithPrincipal).principal;
    return this.step(request, response, id, 'replyRecorded', async () => {
      const errors = await invalidFields(RecordOfficialReplyDto, input);
      if (errors.length) throw errors;
      return this.recordOfficialReply.execute(id, plainToInstance(RecordOfficialReplyDto, input), {
        userId: principal?.kind === 'user' ? principal.user.id : null,
        sectionId: null,
      });
    });
  }

  @Post('targets/:targetId/sending')
  @StaffOnly('editor')
  @Audited('UrgentAction')
  async steer(
    @IdParam() id: string,
    @IdParam('targetId') targetId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.step(request, response, id, 'steered', async () => void (await this.forecasts.steer(id, targetId, body.paused === 'true')));
  }

  /** Back to the action's page, saying what happened or, naming the field, why it was refused. */
  private async step<T>(request: Request, response: Response, id: string, done: string, perform: () => Promise<T>): Promise<T | undefined> {
    let result: T;
    try {
      result = await perform();
    } catch (error) {
      const errors: FieldError[] = Array.isArray(error) ? error : refusedFields(error);
      const problem = errors.map((field) => (field.field ? `${field.field}: ${field.message}` : field.message)).join('; ');
      await this.actionPage.send(request, response, id, { problem }, 422);
      return undefined;
    }
    response.redirect(303, withLanguage(request, `/staff/actions/${id}?done=${done}`));
    // What the audit log records as the record created, when the step creates one.
    return result;
  }
}
