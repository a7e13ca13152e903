import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../platform/errors/domain-errors';
import { errorAnswerOf, httpStatusOf } from '../../platform/errors/error-answer';
import { fieldNames } from '../../platform/errors/field-error';
import { pageLanguageOf } from '../page-language';
import { signInForm } from './sign-in-form';
import { StaffPage } from './staff-page';

/**
 * Staff pages answer people: not signed in → the sign-in page (coming back here after);
 * too many sign-in attempts → the form saying so; anything else refused → a page that says why and names the fields.
 */
@Catch(HttpException, DomainError)
export class StaffPagesFilter implements ExceptionFilter {
  constructor(private readonly page: StaffPage) {}

  catch(exception: HttpException | DomainError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const status = exception instanceof DomainError ? httpStatusOf(exception) : exception.getStatus();
    // Scripts (and the route-table probe) get the API's JSON refusal; browsers always ask for text/html.
    if (!request.headers.accept?.includes('text/html')) return void response.status(status).json(jsonBodyOf(exception, status));
    if (status === 401) {
      const next = request.method === 'GET' ? `&next=${encodeURIComponent(request.originalUrl)}` : '';
      return response.redirect(303, `/staff/sign-in?lang=${pageLanguageOf(request)}${next}`);
    }
    if (status === 429) {
      const form = signInForm(request.body as Record<string, unknown>, this.page.text(request, 'staff.signIn.tooMany'));
      return this.page.send(request, response, 'sign-in', 'staff.signIn.title', form, 429);
    }
    const titleKey = status === 403 ? 'staff.forbidden.title' : status === 404 ? 'staff.notFound.title' : 'staff.problem.title';
    const fields = exception instanceof DomainError ? fieldNames(exception.fieldErrors) : [];
    this.page.send(request, response, 'problem', titleKey, { titleKey, message: exception.message, fields }, status);
  }
}

function jsonBodyOf(exception: HttpException | DomainError, status: number): object {
  if (exception instanceof DomainError) return errorAnswerOf(exception);
  const body = exception.getResponse();
  return typeof body === 'object' ? body : { statusCode: status, message: body };
}
