import { SetMetadata } from '@nestjs/common';
import type { FindOptionsWhere } from 'typeorm';

export type AuditedEntity =
  | 'UrgentAction'
  | 'Target'
  | 'Section'
  | 'UserAccount'
  | 'LetterTemplate'
  | 'LetterSettings'
  | 'AppealRecord'
  | 'OfficialReply'
  | 'WebhookEndpoint';

/** Finds the changed record from the route's parameters; undefined when the route creates it. */
export type RecordLocator = (params: Record<string, string>) => FindOptionsWhere<object> | undefined;

export interface AuditTarget {
  entityType: AuditedEntity;
  locate: RecordLocator;
  /** The record's field that names it in the log ("id"; "actionId" for settings kept per action). */
  idField: string;
  /** A created record's id in the route's answer (an API's answer, or what a page's handler returns). */
  createdId: (answer: unknown) => string | undefined;
}

export interface AuditOptions {
  idField?: string;
  createdId?: (answer: unknown) => string | undefined;
}

export const AUDITED = 'ua:audited';

const answerId = (answer: unknown) => (answer as { id?: string } | undefined)?.id;

/**
 * Records who changed the record, with its state before and after the route ran. `where` is the route parameter
 * holding its id (a create has none: the answer's `id` is used), or a locator for records kept by other keys.
 */
export const Audited = (entityType: AuditedEntity, where: string | RecordLocator = 'id', options: AuditOptions = {}) =>
  SetMetadata(AUDITED, {
    entityType,
    locate: typeof where === 'string' ? (params) => (params[where] ? { id: params[where] } : undefined) : where,
    idField: options.idField ?? 'id',
    createdId: options.createdId ?? answerId,
  } satisfies AuditTarget);
