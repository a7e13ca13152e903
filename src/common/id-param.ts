import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A route parameter that must be a UUID; a bad one is a 400 naming the parameter. */
export const IdParam = (name = 'id') =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => {
        const message = `${name} must be a UUID`;
        return new BadRequestException({ statusCode: 400, error: 'Bad Request', message, errors: [{ field: name, message }] });
      },
    }),
  );
