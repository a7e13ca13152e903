// multer ships without types (it comes with @nestjs/platform-express); only what the staff import form uses.
declare module 'multer' {
  import type { RequestHandler } from 'express';

  interface Multer {
    single(field: string): RequestHandler;
  }
  interface MulterFactory {
    (options: { storage: unknown; limits?: { fileSize?: number; files?: number } }): Multer;
    memoryStorage(): unknown;
  }
  const multer: MulterFactory;
  export default multer;
}
