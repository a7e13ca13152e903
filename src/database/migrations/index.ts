import { InitialSchema1763900000000 } from './1763900000000-initial-schema';
import { Letters1763910000000 } from './1763910000000-letters';
import { Notifications1763920000000 } from './1763920000000-notifications';
import { Accounts1763930000000 } from './1763930000000-accounts';
import { TranslationApproval1763950000000 } from './1763950000000-translation-approval';
import { NoticeFrequency1763970000000 } from './1763970000000-notice-frequency';
import { FirstRun1764100000000 } from './1764100000000-first-run';
import { TargetEmailsAndWorkingDeadlines1764120000000 } from './1764120000000-target-emails-and-working-deadlines';
import { ActionLanguages1764200000000 } from './1764200000000-action-languages';
import { DeliveryLeases1764300000000 } from './1764300000000-delivery-leases';
import { MailRelayState1764400000000 } from './1764400000000-mail-relay-state';
import { Bounces1764400100000 } from './1764400100000-bounces';
import { WriterConsent1764500000000 } from './1764500000000-writer-consent';
import { ReportedLetters1764500100000 } from './1764500100000-reported-letters';
import { SingleUseSignInLinks1764500200000 } from './1764500200000-single-use-sign-in-links';
import { ResubscribeRequests1764500300000 } from './1764500300000-resubscribe-requests';
import { OutboxLiveIndex1764600000000 } from './1764600000000-outbox-live-index';
import { LinkMailKinds1764700000000 } from './1764700000000-link-mail-kinds';
import { TargetPace1764700100000 } from './1764700100000-target-pace';
import { LetterTestKind1764960000000 } from './1764960000000-letter-test-kind';
import { SharesWithSection1764910000000 } from './1764910000000-shares-with-section';
import { Webhooks1765100000000 } from './1765100000000-webhooks';
import { WebhookDeliveryWriter1765200000000 } from './1765200000000-webhook-delivery-writer';
import { OfficialReplies1764700200000 } from './1764700200000-official-replies';
import { SteerWriters1764700300000 } from './1764700300000-steer-writers';
import { OutboxSendBatches1764800000000 } from './1764800000000-outbox-send-batches';
import { ReplyQuestions1765000000000 } from './1765000000000-reply-questions';

/** In order, one a line. Listed by hand so the same list serves the build, the tests and the CLI. */
export const migrations = [
  InitialSchema1763900000000,
  Letters1763910000000,
  Notifications1763920000000,
  Accounts1763930000000,
  TranslationApproval1763950000000,
  NoticeFrequency1763970000000,
  FirstRun1764100000000,
  TargetEmailsAndWorkingDeadlines1764120000000,
  ActionLanguages1764200000000,
  DeliveryLeases1764300000000,
  MailRelayState1764400000000,
  Bounces1764400100000,
  WriterConsent1764500000000,
  ReportedLetters1764500100000,
  SingleUseSignInLinks1764500200000,
  ResubscribeRequests1764500300000,
  OutboxLiveIndex1764600000000,
  LinkMailKinds1764700000000,
  TargetPace1764700100000,
  OfficialReplies1764700200000,
  SteerWriters1764700300000,
  OutboxSendBatches1764800000000,
  SharesWithSection1764910000000,
  LetterTestKind1764960000000,
  ReplyQuestions1765000000000,
  Webhooks1765100000000,
  WebhookDeliveryWriter1765200000000,
];
