import { ConflictException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import type { FieldError } from './field-errors';

/** 404 naming what was looked for. */
export class EntityNotFound extends NotFoundException {
  constructor(entity: string, id: string) {
    super({ statusCode: 404, error: 'Not Found', message: `${entity} ${id} does not exist` });
  }
}

/** 409: the same thing exists already. */
export class DuplicateEntity extends ConflictException {
  constructor(field: string, message: string) {
    super({ statusCode: 409, error: 'Conflict', message, errors: [{ field, message }] satisfies FieldError[] });
  }
}

/** 422: well-formed, but not allowed in the current state. */
export class StateConflict extends UnprocessableEntityException {
  constructor(field: string, message: string) {
    super({ statusCode: 422, error: 'Unprocessable Entity', message, errors: [{ field, message }] satisfies FieldError[] });
  }
}
