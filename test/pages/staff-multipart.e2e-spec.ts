import { request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { AuthService } from '../../src/accounts/auth.service';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { TokenHasher } from '../../src/accounts/token-hasher';
import { UsersService } from '../../src/accounts/users.service';
import { staffClient, supporterClient } from '../support/auth';
import { createTestApp, TestApp } from '../support/test-app';

const BOUNDARY = 'ua-test-boundary';
const HTML = { accept: 'text/html' };

function part(name: string, value: string): string {
  return `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}

/**
 * Starts a multipart post that announces a 300 MB body and sends only its first part, then waits for an answer:
 * a server that reads the body first never answers, one that looks at the caller first answers at once.
 */
function answerBeforeBody(url: string, cookie?: string): Promise<{ status: number; location?: string } | 'no answer'> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: {
        ...HTML,
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': String(300 * 1024 * 1024),
        ...(cookie ? { cookie } : {}),
      },
    });
    const timer = setTimeout(() => {
      request.destroy();
      resolve('no answer');
    }, 5000);
    request.once('response', (response) => {
      clearTimeout(timer);
      response.resume();
      request.destroy();
      resolve({ status: response.statusCode as number, location: response.headers.location });
    });
    request.once('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    request.write(part('timeZone', 'Europe/London'));
    request.write(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="big.txt"\r\ncontent-type: text/plain\r\n\r\n`);
    request.write(Buffer.alloc(64 * 1024, 'a'));
  });
}

describe('multipart posts to the staff pages: the caller is known before the body is read, and the body has limits', () => {
  let testApp: TestApp;
  let editorCookie: string;
  let csrfToken: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    const user = await testApp.get(UsersService).create({
      email: `editor-${randomBytes(4).toString('hex')}@staff.example.org`,
      password: 'an editor password',
      name: 'Editor',
      role: 'editor',
    });
    const { token } = await testApp.get(AuthService).startSession({ user });
    csrfToken = testApp.get(TokenHasher).csrfTokenFor(token);
    editorCookie = `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrfToken}`;
  });
  afterAll(() => testApp.close());

  it('sends an anonymous multipart post to sign in without reading its body', async () => {
    const answer = await answerBeforeBody(`${testApp.baseUrl}/staff/import?lang=en`);
    expect(answer).toEqual({ status: 303, location: '/staff/sign-in?lang=en' });
  });

  it('refuses a supporter’s multipart post without reading its body', async () => {
    const { sessionToken } = await supporterClient(testApp);
    const answer = await answerBeforeBody(`${testApp.baseUrl}/staff/import?lang=en`, `${SESSION_COOKIE}=${sessionToken}`);
    expect(answer).toMatchObject({ status: 403 });
  });

  it('answers 413 to an editor’s form with more fields than any staff form has', async () => {
    const fields = Array.from({ length: 200 }, (_, index) => part(`field${index}`, 'x')).join('');
    const answer = await fetch(`${testApp.baseUrl}/staff/import?lang=en`, {
      method: 'POST',
      headers: { ...HTML, cookie: editorCookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: `${part('_csrf', csrfToken)}${fields}--${BOUNDARY}--\r\n`,
    });
    expect(answer.status).toBe(413);
    expect(await answer.text()).toContain('fields');
  });

  it('answers 413 to a field far longer than a pasted document', async () => {
    const answer = await fetch(`${testApp.baseUrl}/staff/import?lang=en`, {
      method: 'POST',
      headers: { ...HTML, cookie: editorCookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: `${part('_csrf', csrfToken)}${part('text', 'x'.repeat(3 * 1024 * 1024))}--${BOUNDARY}--\r\n`,
    });
    expect(answer.status).toBe(413);
  });

  it('still reads an editor’s multipart import with its CSRF token', async () => {
    const answer = await fetch(`${testApp.baseUrl}/staff/import?lang=en`, {
      method: 'POST',
      headers: { ...HTML, cookie: editorCookie, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      body: `${part('_csrf', csrfToken)}${part('text', '   ')}--${BOUNDARY}--\r\n`,
    });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('text must not be empty');
  });

  it('gives the API’s document upload the same limits: 400 naming the form for too many fields', async () => {
    const form = new FormData();
    for (let index = 0; index < 50; index += 1) form.append(`field${index}`, 'x');
    form.append('file', new Blob(['UA 66/12']), 'ua.txt');
    const answer = await (await staffClient(testApp, 'editor')).postForm('/api/imports', form);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'form' })]);
  });
});
