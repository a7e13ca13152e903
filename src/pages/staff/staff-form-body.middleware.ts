import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { CSRF_HEADER } from '../../accounts/session-cookies';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

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

/**
 * Plain HTML forms cannot send headers, so a staff form posts the session's CSRF token as the field `_csrf`;
 * this hands it to the access guard as the header it checks (the guard still compares it with the session's).
 * Runs before the guard, which is why the import form's multipart body is read here and not in an interceptor.
 */
@Injectable()
export class StaffFormBody implements NestMiddleware {
  private readonly upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }).single('file');

  use(request: RequestWithUpload, response: Response, next: NextFunction): void {
    if (request.method !== 'POST') return next();
    const passToken = () => {
      const token = (request.body as Record<string, unknown> | undefined)?._csrf;
      if (typeof token === 'string' && request.headers[CSRF_HEADER] === undefined) request.headers[CSRF_HEADER] = token;
      next();
    };
    if (!request.is('multipart/form-data')) return passToken();
    this.upload(request, response, (error?: unknown) => {
      if (error) request.uploadProblem = error instanceof Error ? error.message : String(error);
      passToken();
    });
  }
}
