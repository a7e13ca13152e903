import type { Response } from 'express';

export const SESSION_COOKIE = 'ua_session';
/** Readable by the page's script, which echoes it in the CSRF header. */
export const CSRF_COOKIE = 'ua_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function setSessionCookies(
  response: Response,
  session: { token: string; csrfToken: string; expiresAt: Date; secure: boolean },
): void {
  const common = { sameSite: 'lax' as const, secure: session.secure, path: '/', expires: session.expiresAt };
  response.cookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  response.cookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(response: Response): void {
  response.clearCookie(SESSION_COOKIE, { path: '/' });
  response.clearCookie(CSRF_COOKIE, { path: '/' });
}
