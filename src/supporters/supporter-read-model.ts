import type { ActionRecord } from '../actions/action-read-model';
import type { Subscription } from './subscription.entity';
import type { Supporter } from './supporter.entity';

/** A supporter as the pages and other modules read them: every column (a supporter has no relation), without TypeORM. */
export type SupporterRecord = Pick<Supporter, keyof Supporter>;

/** A supporter's subscription as their pages read it: the whole network (no action) or one action. */
export type SubscriptionRecord = Omit<Subscription, 'supporter' | 'action'> & { action: ActionRecord | null };
