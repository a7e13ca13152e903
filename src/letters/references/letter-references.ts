import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SecurityConfig } from '../../config/security.config';
import { RedisConnection } from '../../redis/redis.module';
import { Gone } from '../../platform/errors/domain-errors';

/** How long a letter's PDF or mailto link works after the page that showed it. */
export const LETTER_REFERENCE_TTL_SECONDS = 3600;

/** What a writer's letters are made of, kept out of URLs: who signs, where from, and each letter's own paragraph. */
export interface ReferencedLetters {
  name?: string;
  city?: string;
  country?: string;
  lang?: string;
  section?: string;
  /** The paragraph for every letter without one of its own. */
  personalNote?: string;
  /** Each letter's own paragraph, by target id. */
  notes?: Record<string, string>;
}

/**
 * Short-lived signed references to a writer's letters: a PDF or mailto link carries `ref=<id>.<signature>`, and the
 * writer's name, city and paragraph stay in Redis for an hour, out of URLs, access logs, proxies and history.
 */
@Injectable()
export class LetterReferences {
  constructor(
    private readonly redis: RedisConnection,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
  ) {}

  async create(letters: ReferencedLetters): Promise<string> {
    const id = randomBytes(16).toString('base64url');
    await this.redis.client.set(this.key(id), JSON.stringify(letters), 'EX', LETTER_REFERENCE_TTL_SECONDS);
    return `${id}.${this.signature(id)}`;
  }

  /** The letters a reference stands for; 410 once it has expired, and for a reference not made here. */
  async read(reference: string): Promise<ReferencedLetters> {
    const [id = '', signature = ''] = reference.split('.');
    const expected = Buffer.from(this.signature(id));
    const given = Buffer.from(signature);
    const stored = given.length === expected.length && timingSafeEqual(given, expected) ? await this.redis.client.get(this.key(id)) : null;
    if (!stored) {
      throw Gone.at('ref', 'This letter link has expired or is not valid: open the letters page again');
    }
    return JSON.parse(stored) as ReferencedLetters;
  }

  private key(id: string): string {
    return `ua:letter-ref:${id}`;
  }

  private signature(id: string): string {
    return createHmac('sha256', this.security.sessionSecret).update(`letter-ref:${id}`).digest('base64url');
  }
}
