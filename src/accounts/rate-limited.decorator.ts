import { UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Limits a route to SENSITIVE_RATE_LIMIT_PER_MINUTE calls a minute from one address (sign-in, sign-up, magic
 * links, letter sending). Counted in this process's memory.
 */
export const RateLimited = () => UseGuards(ThrottlerGuard);
