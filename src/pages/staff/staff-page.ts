import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { RequestWithPrincipal } from '../../accounts/principal';
import { CSRF_COOKIE } from '../../accounts/session-cookies';
import { pageLanguageOf } from '../page-language';
import { PageRenderer } from '../page-renderer';

/** Who is looking at a staff page, for its header and its forms. */
export interface StaffViewer {
  name: string;
  isAdmin: boolean;
  /** Echoed by every form as `_csrf`; the access guard compares it with the session's. */
  csrfToken: string;
}

/** Renders a staff view inside the site layout, with the viewer and the CSRF token every form posts back. */
@Injectable()
export class StaffPage {
  constructor(private readonly renderer: PageRenderer) {}

  send(request: Request, response: Response, view: string, titleKey: string, model: object, status = 200): void {
    const language = pageLanguageOf(request);
    const title = this.renderer.text(language, titleKey);
    const html = this.renderer.render(`staff/${view}`, { language, title, path: request.path }, { ...model, staff: viewerOf(request) });
    response.status(status).type('html').set('Cache-Control', 'no-store').send(html);
  }

  text(request: Request, key: string, values: Record<string, string | number> = {}): string {
    return this.renderer.text(pageLanguageOf(request), key, values);
  }
}

export function viewerOf(request: Request): StaffViewer | null {
  const principal = (request as RequestWithPrincipal).principal;
  if (principal?.kind !== 'user') return null;
  const csrfToken = (request.cookies as Record<string, string> | undefined)?.[CSRF_COOKIE] ?? '';
  return { name: principal.user.name, isAdmin: principal.user.role === 'admin', csrfToken };
}

/** The page's language carried to the next page. */
export function withLanguage(request: Request, path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${pageLanguageOf(request)}`;
}
