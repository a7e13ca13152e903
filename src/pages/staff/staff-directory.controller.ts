import { Body, Controller, Get, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import type { Request, Response } from 'express';
import { StaffOnly } from '../../accounts/access.decorators';
import type { FieldError } from '../../common/field-errors';
import { TargetFieldsDto } from '../../targets/dto/target-fields.dto';
import { ListTargetsQuery } from '../../targets/dto/list-targets.query';
import { TargetKind } from '../../targets/target-kind';
import { TargetsService } from '../../targets/targets.service';
import { errorsByField, invalidFields, refusedFields } from './form-errors';
import { StaffPage, withLanguage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';
import { Audited } from '../../audit/audited.decorator';

const TARGET_FIELDS = ['name', 'title', 'kind', 'country', 'email', 'fax'] as const;
const PAGE_SIZE = 50;

type TargetForm = Record<(typeof TARGET_FIELDS)[number], string>;

const targetFormOf = (body: Record<string, unknown>): TargetForm =>
  Object.fromEntries(
    TARGET_FIELDS.map((field) => [field, typeof body[field] === 'string' ? (body[field] as string).trim() : '']),
  ) as TargetForm;

/** The target directory: search it, add a target. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff')
export class StaffDirectoryController {
  constructor(
    private readonly targets: TargetsService,
    private readonly page: StaffPage,
  ) {}

  @Get('targets')
  @StaffOnly()
  async directory(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.showDirectory(request, response, targetFormOf({ kind: TargetKind.Minister }), []);
  }

  @Post('targets')
  @StaffOnly('editor')
  @Audited('Target')
  async addTarget(
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<{ id: string } | void> {
    const form = targetFormOf(body);
    const input = Object.fromEntries(Object.entries(form).filter(([field, value]) => value || field === 'name' || field === 'country'));
    const errors = await invalidFields(TargetFieldsDto, input);
    if (errors.length) return this.showDirectory(request, response, form, errors, 400);
    let created;
    try {
      created = await this.targets.create(plainToInstance(TargetFieldsDto, input));
    } catch (error) {
      return this.showDirectory(request, response, form, refusedFields(error), 422);
    }
    response.redirect(303, withLanguage(request, `/staff/targets?q=${encodeURIComponent(form.name)}`));
    return { id: created.id }; // for the audit log; the page is the redirect
  }

  private async showDirectory(request: Request, response: Response, form: TargetForm, errors: FieldError[], status = 200) {
    const q = typeof request.query.q === 'string' ? request.query.q.slice(0, 200) : '';
    const found = await this.targets.list(plainToInstance(ListTargetsQuery, { q: q || undefined, page: 1, pageSize: PAGE_SIZE }));
    this.page.send(
      request,
      response,
      'targets',
      'staff.targets.title',
      {
        q,
        total: found.total,
        targets: found.items.map((target) => ({
          name: target.name,
          title: target.title ?? '',
          kind: target.kind,
          country: target.country,
          email: target.email ?? '',
          fax: target.faxPrinted ?? target.fax ?? '',
        })),
        form,
        kinds: Object.values(TargetKind).map((kind) => ({ value: kind, selected: kind === form.kind })),
        errors: errorsByField(errors, TARGET_FIELDS),
      },
      status,
    );
  }
}
