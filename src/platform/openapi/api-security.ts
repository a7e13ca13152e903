import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiSecurity, DocumentBuilder } from '@nestjs/swagger';
import type { AccessRule } from '../../accounts/access.decorators';
import { CSRF_HEADER, SESSION_COOKIE } from '../../accounts/session-cookies';
import { ApiRefusals } from './api-answers';

export const BEARER_SCHEME = 'bearer';
export const SESSION_SCHEME = 'session';
export const CSRF_SCHEME = 'csrf';

/** The ways to be recognised: a script's API token, or a browser's session cookie with its CSRF header on changes. */
export function withSecuritySchemes(builder: DocumentBuilder): DocumentBuilder {
  return builder
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API token from POST /api/auth/tokens' }, BEARER_SCHEME)
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        description: 'The session cookie set by sign-in (staff) or a magic link (supporters)',
      },
      SESSION_SCHEME,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: CSRF_HEADER,
        description: `With the session cookie, on every change (not GET): the csrfToken answered at sign-in, also in the ua_csrf cookie`,
      },
      CSRF_SCHEME,
    );
}

/** The operation's access rule, as the access guard reads it, for readers of the document. */
export const ACCESS_RULE_EXTENSION = 'x-access-rule';

/** Anyone may call it: the document builder turns the rule into `security: []` (swagger's decorators drop an empty list). */
export const ApiPublic = (rule: AccessRule) => ApiExtension(ACCESS_RULE_EXTENSION, rule);

/** Signed in by any of these schemes; the access check answers 401 without one and 403 when the caller may not. */
export const ApiSignedInBy = (rule: AccessRule, ...schemes: Array<typeof BEARER_SCHEME | typeof SESSION_SCHEME>) =>
  applyDecorators(ApiExtension(ACCESS_RULE_EXTENSION, rule), ...schemes.map((scheme) => ApiSecurity(scheme)), ApiRefusals(401, 403));
