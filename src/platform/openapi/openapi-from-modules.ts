import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../../app.module';
import { loadConfiguration } from '../../config/configuration';
import { useApiPrefix } from '../../http-app';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The document without a database, Redis or a listening server: Nest's preview mode reads the modules and
 * controllers but creates no provider, so CI and `npm run openapi` get it in well under a second.
 */
export async function openApiDocumentFromModules(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(
    // The defaults: preview mode creates no provider, so the document never depends on the shell's variables.
    AppModule.forRoot({ url: 'postgres://preview.invalid/none', poolSize: 1, runMigrations: false }, loadConfiguration({})),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    return buildOpenApiDocument(useApiPrefix(app));
  } finally {
    await app.close();
  }
}
