import { HttpException } from '@nestjs/common';
import { DomainError } from './domain-errors';
import { httpStatusOf } from './error-answer';
import type { FieldError } from './field-error';

/** What a page tells the person when a use case refuses: the status to answer with, why, and the fields at fault. */
export interface Refusal {
  status: number;
  message: string;
  fieldErrors: FieldError[];
}

/**
 * A use case's refusal for a page to show; anything else is not the person's to fix and is rethrown.
 * Services not yet moved to domain errors still throw 4xx HTTP exceptions, read here until the last one is moved.
 */
export function refusalOf(error: unknown): Refusal {
  if (error instanceof DomainError) return { status: httpStatusOf(error), message: error.message, fieldErrors: [...error.fieldErrors] };
  if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
  const body = error.getResponse() as { errors?: FieldError[] } | string;
  return { status: error.getStatus(), message: error.message, fieldErrors: typeof body === 'object' && Array.isArray(body.errors) ? body.errors : [] };
}
