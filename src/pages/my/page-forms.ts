import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { NextFunction, Request, Response } from 'express';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../accounts/session-cookies';
import type { PageLanguage } from '../page-language';
import type { PageRenderer } from '../page-renderer';
import { fieldNames } from '../../platform/errors/field-error';
import { refusalOf } from '../../platform/errors/refusal';

/** The hidden field a page's form carries the session's CSRF token in. */
export const CSRF_FIELD = '_csrf';

/**
 * Plain HTML forms cannot send headers, so the form's hidden `_csrf` field stands in for the CSRF header the access
 * guard checks. It is the same session-bound token, so a form forged on another site cannot know it.
 */
export function formCsrfToHeader(request: Request, _response: Response, next: NextFunction): void {
  const field = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
  if (typeof field === 'string' && request.headers[CSRF_HEADER] === undefined) request.headers[CSRF_HEADER] = field;
  next();
}

/**
 * For forms that act for nobody in particular (sign up, unsubscribe, ask for a sign-in link): the session cookie is
 * set aside, so a signed-in supporter can post them from cached pages that carry no CSRF token, and they cannot be
 * used to act as that supporter.
 */
export function setSessionAside(request: Request, _response: Response, next: NextFunction): void {
  const cookies = request.cookies as Record<string, string> | undefined;
  if (cookies) Reflect.deleteProperty(cookies, SESSION_COOKIE);
  next();
}

/** The token a page puts in its forms' `_csrf` field. */
export function csrfTokenOf(request: Request): string {
  return (request.cookies as Record<string, string> | undefined)?.[CSRF_COOKIE] ?? '';
}

export interface FormProblem {
  status: number;
  messages: string[];
  /** The fields at fault, by name, when the refusal names them. */
  fields?: string[];
}

/** A form's fields as a DTO, or what is wrong with them (400, one message per constraint). */
export async function readForm<T extends object>(
  dto: ClassConstructor<T>,
  fields: Record<string, unknown>,
): Promise<{ input: T; problem: null } | { input: null; problem: FormProblem }> {
  const input = plainToInstance(dto, fields);
  const errors = await validate(input, { whitelist: true });
  if (errors.length === 0) return { input, problem: null };
  const messages = errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}),
    ...(error.children ?? []).flatMap((child) => Object.values(child.constraints ?? {}).map((message) => `${error.property}.${message}`)),
  ]);
  return { input: null, problem: { status: 400, messages, fields: [...new Set(errors.map((error) => error.property))] } };
}

/** A use case's refusal as the page shows it to the person; anything else is not ours to swallow. */
export function problemOf(error: unknown): FormProblem {
  const refusal = refusalOf(error);
  return { status: refusal.status, messages: [refusal.message], fields: fieldNames(refusal.fieldErrors) };
}

/** A form field as text, or undefined when left empty. */
export function filled(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Sends a personal page: never cached, titled from `<view>.title` unless a title is given. */
export function sendPage(
  renderer: PageRenderer,
  response: Response,
  page: { language: PageLanguage; view: string; path: string; title?: string; status?: number },
  model: object,
): void {
  const title = page.title ?? renderer.text(page.language, `${page.view.replace('/', '.')}.title`);
  response
    .status(page.status ?? 200)
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(renderer.render(page.view, { language: page.language, title, path: page.path }, model));
}
