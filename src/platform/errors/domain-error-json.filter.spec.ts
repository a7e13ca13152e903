import type { ArgumentsHost } from '@nestjs/common';
import { DomainErrorJsonFilter } from './domain-error-json.filter';
import { Conflict, DomainError, Gone, Invalid, NotAllowed, NotFound, Refused, TooMany, Unauthenticated } from './domain-errors';

/** What the filter sent: the status and the JSON body. */
function answerTo(error: DomainError): { status: number; body: unknown } {
  const sent = { status: 0, body: undefined as unknown };
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({}) }) } as unknown as ArgumentsHost;
  new DomainErrorJsonFilter().catch(error, host);
  return sent;
}

describe('a domain error as the API answers it', () => {
  it('names the missing entity with a 404 and no field list', () => {
    expect(answerTo(NotFound.entity('Action', '42'))).toEqual({
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: 'Action 42 does not exist' },
    });
  });

  it('names the field at fault, with the same message at the top', () => {
    expect(answerTo(Conflict.at('email', 'a@b.example is already in use'))).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        error: 'Conflict',
        message: 'a@b.example is already in use',
        errors: [{ field: 'email', message: 'a@b.example is already in use' }],
      },
    });
  });

  it('lists every field of a refusal about several, joining their messages', () => {
    const errors = [
      { field: 'subjectLine', message: 'subjectLine is too long' },
      { field: 'paragraphs[0][1]', message: 'paragraphs[0][1] does not close' },
    ];
    expect(answerTo(Refused.of(errors)).body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'subjectLine is too long; paragraphs[0][1] does not close',
      errors,
    });
  });

  it("keeps a field error's own details, such as a line and column", () => {
    const errors = [{ field: 'asks', message: 'asks, line 2, column 3: unclosed', line: 2, column: 3 }];
    expect((answerTo(Refused.of(errors)).body as { errors: unknown }).errors).toEqual(errors);
  });

  it("gives each kind its status and that status's name", () => {
    const kinds: [DomainError, number, string][] = [
      [Invalid.at('ref', 'bad'), 400, 'Bad Request'],
      [Unauthenticated.at('token', 'bad'), 401, 'Unauthorized'],
      [NotAllowed.at('sectionId', 'not yours'), 403, 'Forbidden'],
      [Gone.at('token', 'done'), 410, 'Gone'],
      [TooMany.at('email', 'tomorrow'), 429, 'Too Many Requests'],
    ];
    for (const [error, status, name] of kinds) expect(answerTo(error).body).toMatchObject({ statusCode: status, error: name });
  });
});
