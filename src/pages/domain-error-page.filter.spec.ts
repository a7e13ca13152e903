import type { ArgumentsHost } from '@nestjs/common';
import { Conflict, DomainError, NotFound } from '../platform/errors/domain-errors';
import { DomainErrorPageFilter } from './domain-error-page.filter';
import { PageRenderer } from './page-renderer';

const filter = new DomainErrorPageFilter(new PageRenderer());

/** What the filter sent to a request with these headers. */
function answerTo(error: DomainError, headers: Record<string, string>) {
  const sent = { status: 0, type: '', body: undefined as unknown, headers: {} as Record<string, string> };
  const response = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(type: string) {
      sent.type = type;
      return this;
    },
    set(name: string, value: string) {
      sent.headers[name] = value;
      return this;
    },
    json(body: unknown) {
      sent.type = 'json';
      sent.body = body;
      return this;
    },
    send(body: unknown) {
      sent.body = body;
      return this;
    },
  };
  const request = { headers, path: '/office', query: { lang: 'en' }, cookies: {} };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }) } as unknown as ArgumentsHost;
  filter.catch(error, host);
  return sent;
}

describe('a domain error a page did not handle', () => {
  it('is a page for a browser, with its status, its message and the field named', () => {
    const sent = answerTo(Conflict.at('email', 'a@b.example is already in use'), { accept: 'text/html,application/xhtml+xml' });
    expect(sent).toMatchObject({ status: 409, type: 'html', headers: { 'Cache-Control': 'no-store' } });
    expect(sent.body).toContain('a@b.example is already in use');
    expect(sent.body).toMatch(/Fields at fault:\s*<code class="field-name">email<\/code>/);
  });

  it('names no field when none is at fault', () => {
    const sent = answerTo(NotFound.entity('Section', '7'), { accept: 'text/html' });
    expect(sent.status).toBe(404);
    expect(sent.body).toContain('Section 7 does not exist');
    expect(sent.body).not.toContain('Fields at fault');
  });

  it("is the API's JSON for a script that does not ask for HTML", () => {
    expect(answerTo(Conflict.at('email', 'taken'), { accept: 'application/json' })).toMatchObject({
      status: 409,
      type: 'json',
      body: { statusCode: 409, error: 'Conflict', message: 'taken', errors: [{ field: 'email', message: 'taken' }] },
    });
  });
});
