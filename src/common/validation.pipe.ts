import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors } from './field-errors';

/** Whitelisting validation whose 400 answers list every offending field by path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fieldErrors = flattenValidationErrors(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: fieldErrors.map((error) => error.message).join('; '),
        errors: fieldErrors,
      });
    },
  });
}
