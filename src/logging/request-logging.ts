import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Request } from 'express';
import type { Params } from 'nestjs-pino';
import type { Level } from 'pino';
import type { LoggingConfig } from '../config/logging.config';
import { pathForLog, withoutPersonalData } from './personal-data-scrub';

const PINO_LEVELS: Record<LoggingConfig['level'], Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};
const REQUEST_ID_HEADER = 'x-request-id';

/** The route template Express matched (/my/session/:token), or null when none did. */
function routeOf(request: IncomingMessage): string | null {
  const { route, baseUrl } = request as Request;
  return route?.path ? `${baseUrl ?? ''}${route.path}` : null;
}

const LOGGED = Symbol('request logged');

/**
 * The logging middleware runs twice for a path that two of the page paths outside /api match ("my" and "my/{*rest}"
 * both match /my); the request is logged by the first run only.
 */
function loggedAlready(request: IncomingMessage): boolean {
  const marked = request as IncomingMessage & { [LOGGED]?: true };
  if (marked[LOGGED]) return true;
  marked[LOGGED] = true;
  return false;
}

/** A caller's request id is kept when it is a plain token of ours to log; otherwise a new one. */
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) && withoutPersonalData(given) === given ? given : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/**
 * pino-http through nestjs-pino. LOG_FORMAT=json: a line per request with its id, method, route template, status and
 * duration; never headers (cookies, bearer tokens), bodies or query strings. LOG_FORMAT=text logs no request lines
 * (Nest's readable logger stays the app's logger), but the request id is still given and answered.
 */
export function requestLoggingParams(logging: LoggingConfig): Params {
  const json = logging.format === 'json';
  return {
    // One catch-all, which this Nest version also applies outside the /api prefix. nestjs-pino's default adds every
    // excluded path once more, each as a route of its own that no controller explains.
    forRoutes: [{ path: '{/*splat}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: PINO_LEVELS[logging.level],
      autoLogging: json && { ignore: loggedAlready },
      quietReqLogger: true,
      genReqId: requestId,
      customAttributeKeys: { responseTime: 'durationMs', reqId: 'requestId' },
      serializers: {
        // Bound when the request arrives, before routing: the route template is added when it is logged.
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          path: pathForLog(request.url),
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customSuccessObject: (request, _response, fields) => ({ ...fields, route: routeOf(request) ?? 'unmatched' }),
      customErrorObject: (request, _response, _error, fields) => ({ ...fields, route: routeOf(request) ?? 'unmatched' }),
      customSuccessMessage: (request, response) => `${request.method} ${routeOf(request) ?? 'unmatched'} ${response.statusCode}`,
      customErrorMessage: (request, response) => `${request.method} ${routeOf(request) ?? 'unmatched'} ${response.statusCode}`,
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
      hooks: { streamWrite: withoutPersonalData },
    },
  };
}
