// multer ships without types (it comes with @nestjs/platform-express); only what the staff import form uses.
declare module 'multer' {
  import type { RequestHandler } from 'express';

  interface Multer {
    single(field: string): RequestHandler;
  }
  interface Limits {
    fieldNameSize?: number;
    fieldSize?: number;
    fields?: number;
    fileSize?: number;
    files?: number;
    parts?: number;
    headerPairs?: number;
  }
  interface MulterFactory {
    (options: { storage: unknown; limits?: Limits }): Multer;
    memoryStorage(): unknown;
  }
  /** What multer passes on when a limit is passed: `code` is LIMIT_FIELD_COUNT, LIMIT_FILE_SIZE, … */
  export class MulterError extends Error {
    code: string;
    field?: string;
  }
  const multer: MulterFactory & { MulterError: typeof MulterError };
  export default multer;
}
