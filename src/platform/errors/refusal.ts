import { DomainError } from './domain-errors';
import { httpStatusOf } from './error-answer';
import type { FieldError } from './field-error';

/** What a page tells the person when a use case refuses: the status to answer with, why, and the fields at fault. */
export interface Refusal {
  status: number;
  message: string;
  fieldErrors: FieldError[];
}

/** A use case's refusal for a page to show; anything else is not the person's to fix and is rethrown. */
export function refusalOf(error: unknown): Refusal {
  if (!(error instanceof DomainError)) throw error;
  return { status: httpStatusOf(error), message: error.message, fieldErrors: [...error.fieldErrors] };
}
