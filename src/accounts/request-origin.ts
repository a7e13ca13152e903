import type { Request } from 'express';
import type { ServerConfig } from '../config/server.config';
import type { SiteConfig } from '../config/site.config';

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A browser's Origin header on a state-changing request must be this app or an allowed CORS origin. */
export function originAllowed(request: Request, site: SiteConfig, server: ServerConfig): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  const own = [`${request.protocol}://${request.headers.host}`, new URL(site.publicUrl).origin];
  return own.includes(origin) || server.corsOrigins.includes(origin);
}
