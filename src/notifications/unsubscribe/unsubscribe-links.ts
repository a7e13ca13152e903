import { Inject, Injectable } from '@nestjs/common';
import { SecurityConfig } from '../../config/security.config';
import { SiteConfig } from '../../config/site.config';
import { readUnsubscribeToken, signUnsubscribeToken, UnsubscribeScope } from './unsubscribe-token';

/** The one-click unsubscribe link each notice carries (RFC 8058), signed with UNSUBSCRIBE_SECRET. */
@Injectable()
export class UnsubscribeLinks {
  constructor(
    @Inject(SiteConfig) private readonly site: SiteConfig,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
  ) {}

  urlFor(scope: UnsubscribeScope): string {
    return `${this.site.publicUrl.replace(/\/$/, '')}/api/unsubscribe/${signUnsubscribeToken(scope, this.security.unsubscribeSecret)}`;
  }

  read(token: string): UnsubscribeScope | null {
    return readUnsubscribeToken(token, this.security.unsubscribeSecret);
  }
}
