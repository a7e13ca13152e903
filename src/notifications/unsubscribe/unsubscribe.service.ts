import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { Invalid } from '../../platform/errors/domain-errors';
import { NotificationQueues } from '../queues/notification-queues.service';
import { UnsubscribeLinks } from './unsubscribe-links';
import { UnsubscribeRepository } from './unsubscribe.repository';
import { UnsubscribeScope } from './unsubscribe-token';

export interface UnsubscribeAnswer {
  unsubscribed: boolean;
  scope: UnsubscribeScope['kind'];
  message: string;
}

const DESCRIPTIONS: Record<UnsubscribeScope['kind'], string> = {
  section: 'This address will get no further notices or deadline reminders for its section.',
  action: 'You will get no further updates about this Urgent Action.',
  network: 'You will get no further notices of new Urgent Actions.',
  everything: 'You will get no further notices, updates or summaries from us.',
  'reply-questions': 'We will not ask you again whether your letters got a reply.',
};

/** One-click unsubscribe: idempotent, no login, and the messages still waiting for that scope are cancelled. */
@Injectable()
export class UnsubscribeService {
  private readonly logger = new Logger('UnsubscribeService');

  constructor(
    private readonly unsubscribes: UnsubscribeRepository,
    private readonly links: UnsubscribeLinks,
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  describe(token: string): UnsubscribeAnswer {
    const scope = this.scopeOf(token);
    return { unsubscribed: false, scope: scope.kind, message: `${DESCRIPTIONS[scope.kind]} Send a POST to this address to confirm.` };
  }

  unsubscribe(token: string): Promise<UnsubscribeAnswer> {
    return this.stop(this.scopeOf(token));
  }

  /** What a signed link stops, asked for by whoever the scope belongs to (a supporter on their own page). */
  async stop(scope: UnsubscribeScope): Promise<UnsubscribeAnswer> {
    const now = this.clock.now();
    const cancelled = await this.unsubscribes.withTransaction(async (manager) => {
      await this.recordChoice(manager, scope, now);
      return this.unsubscribes.cancelWaiting(manager, scope, now);
    });
    // A job left behind finds its row cancelled and sends nothing.
    await this.queues
      .removeSendJobs(cancelled)
      .catch((error: Error) => this.logger.warn(`Removing the jobs of ${cancelled.length} cancelled messages failed: ${error.message}`));
    return { unsubscribed: true, scope: scope.kind, message: DESCRIPTIONS[scope.kind] };
  }

  private scopeOf(token: string): UnsubscribeScope {
    const scope = this.links.read(token);
    if (!scope) throw Invalid.at('token', 'This unsubscribe link is not valid (it was changed or is incomplete)');
    return scope;
  }

  private async recordChoice(manager: EntityManager, scope: UnsubscribeScope, now: Date): Promise<void> {
    if (scope.kind === 'section') return this.unsubscribes.optOutSection(manager, scope.sectionId, scope.email);
    if (scope.kind === 'reply-questions') return this.unsubscribes.optOutReplyQuestions(manager, scope.writerKey);
    // An erased supporter has nothing left to unsubscribe.
    if (!(await this.unsubscribes.supporterExists(manager, scope.supporterId))) return;
    if (scope.kind === 'everything') return this.unsubscribes.unsubscribeFromEverything(manager, scope.supporterId, now);
    return this.unsubscribes.unsubscribeFrom(manager, scope.supporterId, scope.kind === 'action' ? scope.actionId : null, now);
  }
}
