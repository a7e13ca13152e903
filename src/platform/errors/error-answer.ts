import type { DomainError, DomainErrorKind } from './domain-errors';
import type { FieldError } from './field-error';

const STATUS: Record<DomainErrorKind, { statusCode: number; error: string }> = {
  invalid: { statusCode: 400, error: 'Bad Request' },
  unauthenticated: { statusCode: 401, error: 'Unauthorized' },
  'not-allowed': { statusCode: 403, error: 'Forbidden' },
  'not-found': { statusCode: 404, error: 'Not Found' },
  conflict: { statusCode: 409, error: 'Conflict' },
  gone: { statusCode: 410, error: 'Gone' },
  refused: { statusCode: 422, error: 'Unprocessable Entity' },
  'too-many': { statusCode: 429, error: 'Too Many Requests' },
};

/** The API's error body; `errors` names each field at fault and is left out when none is. */
export interface ErrorAnswer {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldError[];
}

export function httpStatusOf(error: DomainError): number {
  return STATUS[error.kind].statusCode;
}

export function errorAnswerOf(error: DomainError): ErrorAnswer {
  const answer: ErrorAnswer = { ...STATUS[error.kind], message: error.message };
  if (error.fieldErrors.length > 0) answer.errors = [...error.fieldErrors];
  return answer;
}
