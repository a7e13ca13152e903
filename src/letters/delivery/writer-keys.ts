import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SecurityConfig } from '../../config/security.config';
import { normaliseWriterEmail } from '../consent/writer-email';

export interface ReportingWriter {
  supporterId: string | null;
  email?: string;
  name?: string;
  ip: string | null;
}

/** Keyed hashes that tell one writer or one IP from another without keeping who they are. */
@Injectable()
export class WriterKeys {
  constructor(@Inject(SecurityConfig) private readonly security: SecurityConfig) {}

  /** The best the request shows of who wrote: the signed-in supporter, else their address, else their IP and name. */
  writer({ supporterId, email, name, ip }: ReportingWriter): string {
    if (supporterId) return this.hash(`supporter:${supporterId}`);
    if (email?.trim()) return this.hash(`email:${normaliseWriterEmail(email)}`);
    return this.hash(`ip:${ip ?? ''}:name:${(name ?? '').trim().toLowerCase()}`);
  }

  requester(ip: string | null): string {
    return this.hash(`requester:${ip ?? ''}`);
  }

  private hash(value: string): string {
    return createHmac('sha256', this.security.sessionSecret).update(`writer-keys:${value}`).digest('base64url');
  }
}
