import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../accounts/access.decorators';
import { AuthService } from '../../accounts/auth.service';
import { FirstAdminDto } from '../../accounts/dto/first-admin.dto';
import { FirstRunSetupService } from '../../accounts/first-run/first-run-setup.service';
import { RateLimited } from '../../accounts/rate-limited.decorator';
import { Audited } from '../../audit/audited.decorator';
import { NotFound } from '../../platform/errors/domain-errors';
import { errorsByField, invalidFields, refusedFields } from './form-errors';
import { StaffPage, withLanguage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';

const FIELDS = ['name', 'email', 'password'] as const;

/** The one-time page `npm start` links to while no staff account exists: it makes the first admin and signs them in. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff/setup')
export class StaffSetupController {
  constructor(
    private readonly setup: FirstRunSetupService,
    private readonly auth: AuthService,
    private readonly page: StaffPage,
  ) {}

  @Get(':token')
  @Public()
  async showSetup(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.setup.assertUsable(token);
    this.page.send(request, response, 'setup', 'staff.setup.title', setupForm(token, {}, []));
  }

  @Post(':token')
  @Public()
  @RateLimited()
  @Audited('UserAccount', () => undefined)
  async completeSetup(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<{ id: string } | void> {
    const input = { name: textOf(body.name), email: textOf(body.email), password: textOf(body.password) };
    let problems = await invalidFields(FirstAdminDto, input);
    if (problems.length === 0) {
      try {
        const admin = await this.setup.completeSetup(token, input);
        await this.auth.openBrowserSession(response, { user: admin });
        response.redirect(303, withLanguage(request, '/staff'));
        return { id: admin.id }; // for the audit log; the page is the redirect
      } catch (error) {
        // A spent or expired link answers as the page does for it: not found.
        if (error instanceof NotFound) throw error;
        problems = refusedFields(error);
      }
    }
    this.page.send(request, response, 'setup', 'staff.setup.title', setupForm(token, input, problems), 400);
  }
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function setupForm(token: string, input: Partial<Record<(typeof FIELDS)[number], string>>, problems: ReturnType<typeof refusedFields>) {
  return {
    submitTo: `/staff/setup/${encodeURIComponent(token)}`,
    form: { name: input.name ?? '', email: input.email ?? '' },
    errors: errorsByField(problems, FIELDS),
  };
}
