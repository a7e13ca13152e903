import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUUID } from 'class-validator';
import type { Response } from 'express';
import { concatMap, finalize, from, Observable, switchMap } from 'rxjs';
import type { RequestWithPrincipal } from '../accounts/principal';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AUDITED, AuditTarget } from './audited.decorator';
import { holdResponse } from './held-response';

const ID_PARAM = /^id$|Id$/;
const idsWellFormed = (params: Record<string, string>) =>
  Object.entries(params).every(([name, value]) => !ID_PARAM.test(name) || isUUID(value));

/**
 * Around an @Audited route, API or page alike: snapshot the record, run the route, snapshot again, log the
 * difference with the caller. A page handler that creates a record returns `{ id }` for this; the page it sends
 * itself (@Res) leaves once the entry is written.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly log: AuditRepository,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const target = this.reflector.get<AuditTarget | undefined>(AUDITED, context.getHandler());
    if (!target) return next.handle();
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const params = request.params as Record<string, string>;
    // A malformed id is refused by its pipe (400), which runs after this: looking it up first would fail in the database (500).
    if (!idsWellFormed(params)) return next.handle();
    const where = target.locate(params);
    const before = where ? this.log.snapshot(target.entityType, where) : Promise.resolve(null);
    const response = holdResponse(context.switchToHttp().getResponse<Response>());
    return from(before).pipe(
      switchMap((snapshot) =>
        next.handle().pipe(
          concatMap(async (answer: unknown) => {
            const createdId = where ? undefined : target.createdId(answer);
            const afterWhere = where ?? (createdId ? { id: createdId } : undefined);
            const after = afterWhere ? await this.log.snapshot(target.entityType, afterWhere) : null;
            const entityId = (after ?? snapshot)?.[target.idField];
            if (typeof entityId === 'string') {
              await this.audit.record(request.principal, { entityType: target.entityType, entityId, before: snapshot, after });
            }
            return answer;
          }),
        ),
      ),
      finalize(() => response.release()),
    );
  }
}
