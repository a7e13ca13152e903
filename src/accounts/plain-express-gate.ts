import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ServerConfig } from '../config/server.config';
import { SiteConfig } from '../config/site.config';
import type { AccessRule } from './access.decorators';
import { decideAccess } from './access-policy';
import { AuthService } from './auth.service';
import { originAllowed, UNSAFE_METHODS } from './request-origin';

/**
 * Puts the access rule in front of something mounted as plain Express (Bull Board), which the Nest guard never
 * sees. Register it before the mount. Its own pages call it same-origin without our CSRF header, so unsafe
 * requests are checked by Origin instead.
 */
export function gatePlainExpressPath(app: INestApplication, path: string, rule: AccessRule): void {
  const auth = app.get(AuthService);
  const site = app.get(SiteConfig);
  const server = app.get(ServerConfig);
  app.use(path, (request: Request, response: Response, next: NextFunction) => {
    const refuse = (status: 401 | 403, message: string) =>
      response.status(status).json({ statusCode: status, error: status === 401 ? 'Unauthorized' : 'Forbidden', message, rule: rule.kind });
    if (
      UNSAFE_METHODS.has(request.method) &&
      (!originAllowed(request, site, server) || (!request.headers.origin && !request.headers.authorization))
    ) {
      return refuse(403, 'Changes here must come from this app’s own pages');
    }
    auth.authenticate(request).then((principal) => {
      const decision = decideAccess(rule, principal, {});
      if (decision === 'allow') return next();
      refuse(decision === 'sign-in' ? 401 : 403, decision === 'sign-in' ? 'Sign in to do this' : 'You may not do this');
    }, next);
  });
}
