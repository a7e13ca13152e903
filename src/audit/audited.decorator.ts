import { SetMetadata } from '@nestjs/common';

export type AuditedEntity = 'UrgentAction' | 'Target' | 'Section' | 'UserAccount';

export interface AuditTarget {
  entityType: AuditedEntity;
  /** The route parameter holding the changed record's id; without it (a create), the answer's `id`. */
  idParam: string;
}

export const AUDITED = 'ua:audited';

/** Records who changed the record, with its state before and after the route ran. */
export const Audited = (entityType: AuditedEntity, idParam = 'id') => SetMetadata(AUDITED, { entityType, idParam } satisfies AuditTarget);
