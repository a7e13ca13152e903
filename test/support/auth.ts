import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { DataSource } from 'typeorm';
import type { StaffRole } from '../../src/accounts/access.decorators';
import { AuthService } from '../../src/accounts/auth.service';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { TokenHasher } from '../../src/accounts/token-hasher';
import type { UserAccount, UserRole } from '../../src/accounts/user-account.entity';
import { UsersService } from '../../src/accounts/users.service';
import { Supporter } from '../../src/supporters/supporter.entity';
import { httpClient } from './http';
import type { TestApp } from './test-app';

const uniqueEmail = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}@staff.example.org`;

/** A fresh user of this role, with a bearer API token, as a script would call the API. */
export async function signedInUser(testApp: TestApp, role: UserRole, sectionId?: string): Promise<{ user: UserAccount; token: string }> {
  const user = await testApp.get(UsersService).create({
    email: uniqueEmail(role),
    name: `Test ${role}`,
    password: randomBytes(12).toString('hex'),
    role,
    sectionId,
  });
  const { token } = await testApp.get(AuthService).issueApiToken(user, 'tests');
  return { user, token };
}

/** A JSON client signed in as a new staff member of the given role (bearer API token). */
export async function staffClient(testApp: TestApp, role: StaffRole = 'admin') {
  const { token } = await signedInUser(testApp, role);
  return httpClient(testApp.baseUrl, { authorization: `Bearer ${token}` });
}

/** A JSON client signed in as a new coordinator of this section. */
export async function coordinatorClient(testApp: TestApp, sectionId: string) {
  const { token } = await signedInUser(testApp, 'coordinator', sectionId);
  return httpClient(testApp.baseUrl, { authorization: `Bearer ${token}` });
}

/** A new confirmed supporter and a client holding their session cookie and CSRF header, as their browser would. */
export async function supporterClient(testApp: TestApp, fields: Partial<Supporter> = {}) {
  const now = new Date();
  const supporter = await testApp
    .get(DataSource)
    .getRepository(Supporter)
    .save({
      email: `supporter-${randomBytes(5).toString('hex')}@example.org`,
      name: 'Test Supporter',
      confirmedAt: now,
      lastActiveAt: now,
      ...fields,
    });
  const { token } = await testApp.get(AuthService).startSession({ supporter });
  const csrfToken = testApp.get(TokenHasher).csrfTokenFor(token);
  const http = httpClient(testApp.baseUrl, { cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrfToken}`, [CSRF_HEADER]: csrfToken });
  return { http, supporter, sessionToken: token };
}

/** A browser context holding a new staff member's session and CSRF cookies, as a signed-in browser would. */
export async function staffBrowserContext(testApp: TestApp, browser: Browser, role: UserRole = 'editor'): Promise<BrowserContext> {
  const { user } = await signedInUser(testApp, role);
  const { token } = await testApp.get(AuthService).startSession({ user });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' });
  await context.addCookies([
    { name: SESSION_COOKIE, value: token, url: testApp.baseUrl, httpOnly: true, sameSite: 'Lax' },
    { name: CSRF_COOKIE, value: testApp.get(TokenHasher).csrfTokenFor(token), url: testApp.baseUrl, sameSite: 'Lax' },
  ]);
  return context;
}
