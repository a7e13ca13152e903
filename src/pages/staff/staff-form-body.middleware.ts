import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { AuthService } from '../../accounts/auth.service';
import type { Principal, RequestWithPrincipal } from '../../accounts/principal';
import { CSRF_HEADER } from '../../accounts/session-cookies';
import { DOCUMENT_UPLOAD_LIMITS } from '../../importer/upload-limits';
import { FILE_FIELD_PROBLEMS, formLimitMessage } from './staff-form-limits';
import { StaffPage } from './staff-page';

export { MAX_UPLOAD_BYTES } from '../../importer/upload-limits';

/** The uploaded document as multer's memory storage leaves it. */
export interface UploadedFormFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

export interface RequestWithUpload extends Request {
  file?: UploadedFormFile;
  /** Why multer refused the upload; the import page shows it next to the file field. */
  uploadProblem?: string;
}

const isStaff = (principal: Principal | undefined) => principal?.kind === 'user' && principal.user.role !== 'coordinator';

/**
 * Plain HTML forms cannot send headers, so a staff form posts the session's CSRF token as the field `_csrf`;
 * this hands it to the access guard as the header it checks (the guard still compares it with the session's).
 * Runs before the guard, which is why the import form's multipart body is read here and not in an interceptor;
 * so a multipart body is read only once the session cookie names staff, and only within the limits of a staff form.
 * Anyone else's is left unread, and the guard refuses them.
 */
@Injectable()
export class StaffFormBody implements NestMiddleware {
  private readonly upload = multer({ storage: multer.memoryStorage(), limits: DOCUMENT_UPLOAD_LIMITS }).single('file');

  constructor(
    private readonly auth: AuthService,
    private readonly page: StaffPage,
  ) {}

  async use(request: RequestWithUpload, response: Response, next: NextFunction): Promise<void> {
    if (request.method !== 'POST') return next();
    if (!request.is('multipart/form-data')) return this.passToken(request, next);
    const principal = await this.auth.authenticate(request);
    if (!isStaff(principal)) return next();
    this.upload(request, response, (error?: unknown) => {
      const code = (error as { code?: unknown } | undefined)?.code;
      if (error instanceof multer.MulterError && typeof code === 'string' && !FILE_FIELD_PROBLEMS.has(code)) {
        (request as RequestWithPrincipal).principal = principal;
        return this.tooLarge(request, response, formLimitMessage(code));
      }
      if (error) request.uploadProblem = error instanceof Error ? error.message : String(error);
      this.passToken(request, next);
    });
  }

  private passToken(request: Request, next: NextFunction): void {
    const token = (request.body as Record<string, unknown> | undefined)?._csrf;
    if (typeof token === 'string' && request.headers[CSRF_HEADER] === undefined) request.headers[CSRF_HEADER] = token;
    next();
  }

  private tooLarge(request: Request, response: Response, message: string): void {
    // The rest of the body is not read: the connection closes after the answer.
    response.set('Connection', 'close');
    if (!request.headers.accept?.includes('text/html')) {
      return void response.status(413).json({ statusCode: 413, error: 'Payload Too Large', message, errors: [{ field: 'form', message }] });
    }
    this.page.send(request, response, 'problem', 'staff.problem.title', { titleKey: 'staff.problem.title', message }, 413);
  }
}
