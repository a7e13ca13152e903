import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe } from './common/validation.pipe';
import { PAGE_PATHS } from './pages/pages.module';

/** What every HTTP instance of the app gets, in production and in tests alike. */
export function configureHttpApp(app: INestApplication): INestApplication {
  app.setGlobalPrefix('api', { exclude: PAGE_PATHS });
  app.useGlobalPipes(createValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Urgent Action campaign manager')
      .setDescription('Actions, targets, sections and the appeals written for people at imminent risk.')
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
