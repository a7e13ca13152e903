import { ActionTarget } from '../actions/action-target.entity';
import { ActionUpdate } from '../actions/action-update.entity';
import { Subject } from '../actions/subject.entity';
import { UrgentAction } from '../actions/urgent-action.entity';
import { Section } from '../sections/section.entity';
import { AppealRecord } from '../supporters/appeal-record.entity';
import { Subscription } from '../supporters/subscription.entity';
import { Supporter } from '../supporters/supporter.entity';
import { Target } from '../targets/target.entity';
import { NotificationContent } from '../notifications/outbox/notification-content.entity';
import { NotificationFanout } from '../notifications/outbox/notification-fanout.entity';
import { OutboxMessage } from '../notifications/outbox/outbox-message.entity';
import { MailRelayState } from '../notifications/relay/mail-relay-state.entity';
import { SectionOptOut } from '../notifications/outbox/section-opt-out.entity';
import { NoticeDigest } from '../notifications/digest/notice-digest.entity';
import { LetterTemplate } from '../letters/letter-template.entity';
import { LetterSettings } from '../letters/letter-settings.entity';
import { LetterRequest } from '../letters/consent/letter-request.entity';
import { WriterConfirmation } from '../letters/consent/writer-confirmation.entity';
import { ReportedLetter } from '../letters/delivery/reported-letter.entity';
import { AuthToken } from '../accounts/auth-token.entity';
import { UserAccount } from '../accounts/user-account.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { FirstRunSetup } from '../accounts/first-run/first-run-setup.entity';
import { OfficialReply } from '../replies/official-reply.entity';
import { ReplyQuestion } from '../replies/reply-question.entity';
import { ReplyQuestionOptOut } from '../replies/reply-question-opt-out.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity';

/** Every entity the schema holds; the migrations must match this list. */
export const entities = [
  UrgentAction,
  Subject,
  ActionTarget,
  ActionUpdate,
  Target,
  Section,
  Supporter,
  Subscription,
  AppealRecord,
  LetterTemplate,
  LetterSettings,
  LetterRequest,
  WriterConfirmation,
  ReportedLetter,
  OutboxMessage,
  NotificationContent,
  NotificationFanout,
  SectionOptOut,
  NoticeDigest,
  MailRelayState,
  UserAccount,
  AuthToken,
  AuditEntry,
  FirstRunSetup,
  OfficialReply,
  ReplyQuestion,
  ReplyQuestionOptOut,
  WebhookEndpoint,
  WebhookDelivery,
];
