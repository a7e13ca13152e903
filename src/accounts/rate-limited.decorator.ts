import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiRefusals } from '../platform/openapi/api-answers';
import { RateLimitGuard } from './rate-limit.guard';

/**
 * Limits a route to SENSITIVE_RATE_LIMIT_PER_MINUTE calls a minute from one address (sign-in, sign-up, magic
 * links, letter sending). Counted in Redis, across every instance; the address is the client's as TRUST_PROXY reads it.
 */
export const RateLimited = () => applyDecorators(UseGuards(RateLimitGuard), ApiRefusals(429));
