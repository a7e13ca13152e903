import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ServerConfig } from '../config/server.config';
import { SiteConfig } from '../config/site.config';
import { ACCESS_RULE, AccessRule } from './access.decorators';
import { decideAccess } from './access-policy';
import { AuthService } from './auth.service';
import type { RequestWithPrincipal } from './principal';
import { originAllowed, UNSAFE_METHODS } from './request-origin';
import { CSRF_HEADER, SESSION_COOKIE } from './session-cookies';
import { TokenHasher } from './token-hasher';

/**
 * Runs before every route: identifies the caller, enforces the route's access rule, and guards cookie-authenticated
 * state changes against CSRF. A route without a rule is refused. Refusals carry `rule` so they can be told apart
 * from a handler's own 401 or 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly hasher: TokenHasher,
    @Inject(SiteConfig) private readonly site: SiteConfig,
    @Inject(ServerConfig) private readonly server: ServerConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw this.refusal(403, 'none', `${request.method} ${request.path} has no access rule, so it is closed`);
    if (UNSAFE_METHODS.has(request.method) && !originAllowed(request, this.site, this.server)) {
      throw this.refusal(403, rule.kind, `Requests from ${request.headers.origin} are not accepted`);
    }
    request.principal = await this.auth.authenticate(request);
    if (request.principal?.via === 'cookie' && UNSAFE_METHODS.has(request.method)) this.checkCsrf(request, rule);
    const decision = decideAccess(rule, request.principal, request.params as Record<string, string>);
    if (decision === 'sign-in') throw this.refusal(401, rule.kind, 'Sign in to do this');
    if (decision === 'forbidden') throw this.refusal(403, rule.kind, 'You may not do this');
    return true;
  }

  private checkCsrf(request: RequestWithPrincipal, rule: AccessRule): void {
    const session = (request.cookies as Record<string, string>)[SESSION_COOKIE];
    if (request.headers[CSRF_HEADER] !== this.hasher.csrfTokenFor(session)) {
      throw this.refusal(403, rule.kind, `Send the ${CSRF_HEADER} header given at sign-in with every change made through a session cookie`);
    }
  }

  private refusal(status: 401 | 403, rule: string, message: string) {
    const body = { statusCode: status, error: status === 401 ? 'Unauthorized' : 'Forbidden', message, rule };
    return status === 401 ? new UnauthorizedException(body) : new ForbiddenException(body);
  }
}
