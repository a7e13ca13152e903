import { ArgumentsHost, Catch, ExceptionFilter, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../platform/errors/domain-errors';
import { errorAnswerOf } from '../platform/errors/error-answer';
import { fieldNames } from '../platform/errors/field-error';
import { pageLanguageOf } from './page-language';
import { PageRenderer } from './page-renderer';

/**
 * A use case's refusal that a page did not handle itself: a page saying why and naming the fields at fault.
 * Scripts, which do not ask for HTML, get the API's JSON answer.
 */
@Catch(DomainError)
@Injectable()
export class DomainErrorPageFilter implements ExceptionFilter {
  constructor(private readonly renderer: PageRenderer) {}

  catch(error: DomainError, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const answer = errorAnswerOf(error);
    if (!request.headers.accept?.includes('text/html')) return void response.status(answer.statusCode).json(answer);
    const language = pageLanguageOf(request);
    const title = this.renderer.text(language, 'problem.title');
    const html = this.renderer.render(
      'problem',
      { language, title, path: request.path },
      { message: answer.message, fields: fieldNames(error.fieldErrors) },
    );
    response.status(answer.statusCode).type('html').set('Cache-Control', 'no-store').send(html);
  }
}
