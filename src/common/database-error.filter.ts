import { ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * Turns the database's own integrity errors into 409 answers naming the column; anything else stays a 500.
 * PostgreSQL's `detail` (the values, other tables' names) is read for the column's name only, never returned.
 */
@Catch(QueryFailedError)
export class DatabaseErrorFilter extends BaseExceptionFilter {
  override catch(error: QueryFailedError & { code?: string; detail?: string }, host: ArgumentsHost) {
    if (error.code !== UNIQUE_VIOLATION && error.code !== FOREIGN_KEY_VIOLATION) return super.catch(error, host);
    const field = /Key \(([^)]+)\)/.exec(error.detail ?? '')?.[1]?.replace(/"/g, '') ?? 'unknown';
    const message =
      error.code === UNIQUE_VIOLATION
        ? `${field} is already in use`
        : `${field} refers to a record that does not exist or is still referenced`;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HttpStatus.CONFLICT)
      .json({ statusCode: 409, error: 'Conflict', message, errors: [{ field, message }] });
  }
}
