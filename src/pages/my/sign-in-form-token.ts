import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

const COOKIE = 'ua_sign_in_form';
const FIELD = 'signInForm';
const PATH = '/my/session';

/**
 * Login CSRF: a page on another site could post someone else's sign-in link to our button and sign this browser in as
 * them. The page with the button sets a random cookie (SameSite=Strict, so no other site's post carries it) and puts
 * the same value in the form; the button's post must bring both.
 */
export function issueSignInFormToken(response: Response): string {
  const value = randomBytes(24).toString('base64url');
  response.cookie(COOKIE, value, { httpOnly: true, sameSite: 'strict', path: PATH, maxAge: 30 * 60_000 });
  return value;
}

export function signInFormTokenMatches(request: Request, body: Record<string, unknown>): boolean {
  const cookie = Buffer.from(String((request.cookies as Record<string, string> | undefined)?.[COOKIE] ?? ''));
  const field = Buffer.from(typeof body[FIELD] === 'string' ? body[FIELD] : '');
  return cookie.length > 0 && cookie.length === field.length && timingSafeEqual(cookie, field);
}

export function clearSignInFormToken(response: Response): void {
  response.clearCookie(COOKIE, { path: PATH });
}
