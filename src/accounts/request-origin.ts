import type { Request } from 'express';
import type { Environment } from '../config/environment';

export const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function corsOrigins(environment: Environment): string[] {
  return environment.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean);
}

/** A browser's Origin header on a state-changing request must be this app or an allowed CORS origin. */
export function originAllowed(request: Request, environment: Environment): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  const own = [`${request.protocol}://${request.headers.host}`, new URL(environment.PUBLIC_URL).origin];
  return own.includes(origin) || corsOrigins(environment).includes(origin);
}
