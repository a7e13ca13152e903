import type { SessionRecord } from '../accounts/session-record';
import type { ActionRecord } from '../actions/action-read-model';
import type { OutboxMessageRecord } from '../notifications/outbox/outbox-record';
import type { WriterData } from '../privacy/writer-data';
import type { TargetRecord } from '../targets/target-read-model';
import type { AppealRecord } from './appeal-record.entity';
import type { Subscription } from './subscription.entity';
import type { SubscriptionRecord } from './supporter-read-model';
import type { Supporter } from './supporter.entity';
import { supporterProfile, type SupporterProfile } from './supporter-profile';

/**
 * Everything we hold about a supporter, as they download it. Each row is built field by field from its entity, so a
 * column an entity gains later is not exported until it is added here and to its DTO (dto/personal-data-export.dto.ts).
 */
export interface PersonalDataExport extends WriterData {
  exportedAt: Date;
  supporter: ExportedSupporter;
  subscriptions: ExportedSubscription[];
  appeals: ExportedAppeal[];
  /** Their sign-ins: when each session began and ends, never the token. */
  sessions: ExportedSession[];
  /** The mail sent, or to be sent, to them. */
  messages: ExportedMessage[];
}

export type ExportedSupporter = SupporterProfile &
  Pick<Supporter, 'lastActiveAt' | 'signInLinkUsedAt' | 'emailBouncedAt' | 'emailBounceReason'>;

/** Every column of the supporter is theirs to see: one the entity gains fails to compile here until it is exported. */
const _everySupporterColumnExported: [Exclude<keyof Supporter, keyof ExportedSupporter>] extends [never] ? true : never = true;

export type ExportedAction = Pick<ActionRecord, 'id' | 'reference' | 'title'>;

export interface ExportedSubscription extends Pick<
  Subscription,
  'id' | 'confirmedAt' | 'unsubscribedAt' | 'resubscribeRequestedAt' | 'createdAt'
> {
  /** Null: the whole network. */
  action: ExportedAction | null;
}

export interface ExportedAppeal extends Pick<
  AppealRecord,
  'id' | 'channel' | 'letterCount' | 'language' | 'messageId' | 'sentAt' | 'recordedAt'
> {
  action: ExportedAction;
  target: ExportedTarget | null;
}

export type ExportedTarget = Pick<TargetRecord, 'id' | 'name'>;

export type ExportedSession = Pick<SessionRecord, 'createdAt' | 'expiresAt'>;

export type ExportedMessage = Pick<
  OutboxMessageRecord,
  'id' | 'kind' | 'status' | 'recipient' | 'recipientName' | 'actionId' | 'updateId' | 'sectionId' | 'dueAt' | 'settledAt' | 'createdAt'
>;

export const exportedSupporter = (supporter: Supporter): ExportedSupporter => ({
  ...supporterProfile(supporter),
  lastActiveAt: supporter.lastActiveAt,
  signInLinkUsedAt: supporter.signInLinkUsedAt,
  emailBouncedAt: supporter.emailBouncedAt,
  emailBounceReason: supporter.emailBounceReason,
});

const exportedAction = (action: ExportedAction): ExportedAction => ({ id: action.id, reference: action.reference, title: action.title });

export const exportedSubscription = (subscription: SubscriptionRecord): ExportedSubscription => ({
  id: subscription.id,
  action: subscription.action && exportedAction(subscription.action),
  confirmedAt: subscription.confirmedAt,
  unsubscribedAt: subscription.unsubscribedAt,
  resubscribeRequestedAt: subscription.resubscribeRequestedAt,
  createdAt: subscription.createdAt,
});

export const exportedAppeal = (appeal: AppealRecord): ExportedAppeal => ({
  id: appeal.id,
  action: exportedAction(appeal.action),
  target: appeal.target && { id: appeal.target.id, name: appeal.target.name },
  channel: appeal.channel,
  letterCount: appeal.letterCount,
  language: appeal.language,
  messageId: appeal.messageId,
  sentAt: appeal.sentAt,
  recordedAt: appeal.recordedAt,
});

export const exportedSession = ({ createdAt, expiresAt }: SessionRecord): ExportedSession => ({ createdAt, expiresAt });

export const exportedMessage = (message: OutboxMessageRecord): ExportedMessage => ({
  id: message.id,
  kind: message.kind,
  status: message.status,
  recipient: message.recipient,
  recipientName: message.recipientName,
  actionId: message.actionId,
  updateId: message.updateId,
  sectionId: message.sectionId,
  dueAt: message.dueAt,
  settledAt: message.settledAt,
  createdAt: message.createdAt,
});
