import type { ActionRecord } from '../actions/action-read-model';
import type { AppealChannel } from './appeal-channel';
import type { AppealRecord } from './appeal-record.entity';
import type { Subscription } from './subscription.entity';
import type { Supporter } from './supporter.entity';

/** A supporter as the pages and other modules read them: every column (a supporter has no relation), without TypeORM. */
export type SupporterRecord = Pick<Supporter, keyof Supporter>;

/** A supporter's subscription as their pages read it: the whole network (no action) or one action. */
export type SubscriptionRecord = Omit<Subscription, 'supporter' | 'action'> & { action: ActionRecord | null };

/** Letters a section reports its members sent themselves (on paper, by fax), to count with the rest. */
export interface SectionAppeals {
  actionId: string;
  sectionId: string;
  targetId: string | null;
  channel: AppealChannel;
  letterCount: number;
  sentAt: Date;
}

/** An appeal record as counted, without its relations. */
export type RecordedAppeals = Omit<AppealRecord, 'action' | 'target' | 'supporter' | 'section'>;
