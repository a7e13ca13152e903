import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { MetricsConfig } from '../config/metrics.config';

/** The socket's own address, not X-Forwarded-For: a proxy in front must not make every caller look local. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/, '');
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** /metrics answers loopback callers, and others only with "Authorization: Bearer <METRICS_TOKEN>". */
export function metricsAccessAllowed(request: Pick<Request, 'headers' | 'socket'>, metricsToken: string | undefined): boolean {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (metricsToken && bearer) return sameSecret(bearer, metricsToken);
  return isLoopback(request.socket.remoteAddress);
}

@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(@Inject(MetricsConfig) private readonly config: MetricsConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (metricsAccessAllowed(context.switchToHttp().getRequest<Request>(), this.config.token)) return true;
    throw new ForbiddenException('Metrics answer loopback callers, or callers sending the METRICS_TOKEN as a bearer token');
  }
}
