import { CallHandler, ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Takes the upload in the field `file`; multer's refusals ("Unexpected field", "File too large") name that field. */
@Injectable()
export class DocumentUploadInterceptor extends FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }) {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const status = error.getStatus();
      const message = /unexpected field/i.test(error.message)
        ? 'Upload the document in the multipart field "file"'
        : `file: ${error.message} (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, one file)`;
      throw new HttpException({ statusCode: status, error: error.name, message, errors: [{ field: 'file', message }] }, status);
    }
  }
}
