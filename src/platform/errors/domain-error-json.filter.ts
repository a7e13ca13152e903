import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-errors';
import { errorAnswerOf } from './error-answer';

/** A use case's refusal as the API's JSON error: status, its name, the message and the fields at fault. */
@Catch(DomainError)
export class DomainErrorJsonFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const answer = errorAnswerOf(error);
    host.switchToHttp().getResponse<Response>().status(answer.statusCode).json(answer);
  }
}
