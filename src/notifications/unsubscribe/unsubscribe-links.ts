import { Inject, Injectable } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { readUnsubscribeToken, signUnsubscribeToken, UnsubscribeScope } from './unsubscribe-token';

/** The one-click unsubscribe link each notice carries (RFC 8058), signed with UNSUBSCRIBE_SECRET. */
@Injectable()
export class UnsubscribeLinks {
  constructor(@Inject(Environment) private readonly environment: Environment) {}

  urlFor(scope: UnsubscribeScope): string {
    return `${this.environment.PUBLIC_URL.replace(/\/$/, '')}/api/unsubscribe/${signUnsubscribeToken(scope, this.environment.UNSUBSCRIBE_SECRET)}`;
  }

  read(token: string): UnsubscribeScope | null {
    return readUnsubscribeToken(token, this.environment.UNSUBSCRIBE_SECRET);
  }
}
