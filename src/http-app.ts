import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { gatePlainExpressPath } from './accounts/plain-express-gate';
import { QUEUE_BOARD_PATH } from './notifications/board/queue-board';
import { SecurityConfig } from './config/security.config';
import { ServerConfig } from './config/server.config';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './platform/openapi/openapi-document';
import { createValidationPipe } from './common/validation.pipe';
import { PAGE_PATHS } from './pages/pages.module';
import { Metrics } from './metrics/metrics';
import { METRICS_PATH } from './metrics/metrics-path';
import { recordRequestDurations } from './metrics/request-duration';

/** What every HTTP instance of the app gets, in production and in tests alike. */
export function configureHttpApp(app: INestApplication): INestApplication {
  app.use(recordRequestDurations(app.get(Metrics)));
  useApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  applyHttpHardening(app as NestExpressApplication, app.get(ServerConfig), app.get(SecurityConfig));
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  return app;
}

/** The JSON API lives under /api; the pages and Prometheus' /metrics do not. */
export function useApiPrefix<T extends INestApplication>(app: T): T {
  app.setGlobalPrefix('api', { exclude: [...PAGE_PATHS, METRICS_PATH] });
  return app;
}

/** Security headers, cookies, CORS (closed unless CORS_ORIGINS lists origins) and body size limits. */
function applyHttpHardening(app: NestExpressApplication, server: ServerConfig, security: SecurityConfig): void {
  // Upgrading subresources to https would break a plain-http office install; production sits behind TLS.
  const upgradeInsecureRequests = security.production ? [] : null;
  // strict-origin-when-cross-origin, not helmet's no-referrer: with no-referrer browsers send "Origin: null" on
  // the pages' own form posts, which the origin check must refuse. Other sites still see no path.
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { upgradeInsecureRequests } },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
  );
  // Behind a proxy, req.ip (and so every rate limit) is the client's only when the proxy is trusted.
  app.set('trust proxy', server.trustProxy);
  app.use(cookieParser());
  if (server.corsOrigins.length > 0) app.enableCors({ origin: [...server.corsOrigins], credentials: true });
  app.useBodyParser('json', { limit: server.requestBodyLimit });
  app.useBodyParser('urlencoded', { limit: server.requestBodyLimit, extended: false });
  gatePlainExpressPath(app, QUEUE_BOARD_PATH, { kind: 'staff', roles: ['admin'] });
}
