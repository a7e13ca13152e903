import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { concatMap, from, Observable, switchMap } from 'rxjs';
import type { RequestWithPrincipal } from '../accounts/principal';
import { AuditSnapshots } from './audit-snapshots';
import { AuditService } from './audit.service';
import { AUDITED, AuditTarget } from './audited.decorator';

/** Around an @Audited route: snapshot the record, run the route, snapshot again, log the difference with the caller. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector, private readonly snapshots: AuditSnapshots, private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const target = this.reflector.get<AuditTarget | undefined>(AUDITED, context.getHandler());
    if (!target) return next.handle();
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const param = request.params[target.idParam];
    const id = typeof param === 'string' ? param : undefined;
    const before = id ? this.snapshots.load(target.entityType, id) : Promise.resolve(null);
    return from(before).pipe(
      switchMap((snapshot) => next.handle().pipe(concatMap(async (answer: unknown) => {
        const entityId = id ?? (answer as { id?: string } | undefined)?.id;
        if (entityId) {
          const after = await this.snapshots.load(target.entityType, entityId);
          await this.audit.record(request.principal, { entityType: target.entityType, entityId, before: snapshot, after });
        }
        return answer;
      }))),
    );
  }
}
