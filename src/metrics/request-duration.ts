import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics';

/**
 * Records each request under its route template (/api/actions/:id), never its path: ids and tokens would make a
 * series per request. A request no route matched is recorded as "unmatched".
 */
export function recordRequestDurations(metrics: Metrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const stop = metrics.httpRequestDuration.startTimer();
    response.once('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path;
      stop({ method: request.method, route: route ? `${request.baseUrl}${route}` : 'unmatched', status: String(response.statusCode) });
    });
    next();
  };
}
