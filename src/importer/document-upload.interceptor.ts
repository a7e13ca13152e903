import { CallHandler, ExecutionContext, HttpException, Injectable } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { DOCUMENT_UPLOAD_LIMITS, MAX_UPLOAD_BYTES } from './upload-limits';

/** multer's refusals of the form as a whole rather than of the file. */
const FORM_LIMITS = /too many (fields|parts)|field (name|value) too long/i;

/** Takes the upload in the field `file`; multer's refusals ("Unexpected field", "File too large") name that field. */
@Injectable()
export class DocumentUploadInterceptor extends FileInterceptor('file', { limits: DOCUMENT_UPLOAD_LIMITS }) {
  override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await super.intercept(context, next);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      const status = error.getStatus();
      const field = FORM_LIMITS.test(error.message) ? 'form' : 'file';
      const message = /unexpected field/i.test(error.message)
        ? 'Upload the document in the multipart field "file"'
        : field === 'form'
          ? `${error.message} (an upload has at most ${DOCUMENT_UPLOAD_LIMITS.fields} fields of ${DOCUMENT_UPLOAD_LIMITS.fieldSize / 1024} kB)`
          : `file: ${error.message} (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB, one file)`;
      throw new HttpException({ statusCode: status, error: error.name, message, errors: [{ field, message }] }, status);
    }
  }
}
