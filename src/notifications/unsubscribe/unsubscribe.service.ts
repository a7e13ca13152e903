import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In, Like } from 'typeorm';
import { Clock } from '../../common/clock';
import { Invalid } from '../../platform/errors/domain-errors';
import { cancelWaitingMessages } from '../outbox/cancel-waiting';
import { ONE_READER_CONTENT_PREFIX } from '../outbox/mail-outbox';
import { NotificationKind } from '../outbox/notification-vocabulary';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { SectionOptOut } from '../outbox/section-opt-out.entity';
import { NotificationQueues } from '../queues/notification-queues.service';
import { UnsubscribeLinks } from './unsubscribe-links';
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

/** What a supporter gets told about; "everything" stops them all, and never the letters they sent to targets. */
const SUPPORTER_NOTICES = [NotificationKind.NewActionNotice, NotificationKind.UpdateNotice, NotificationKind.Digest];

/** One-click unsubscribe: idempotent, no login, and the messages still waiting for that scope are cancelled. */
@Injectable()
export class UnsubscribeService {
  private readonly logger = new Logger('UnsubscribeService');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const cancelled = await this.dataSource.transaction(async (manager) => {
      await this.recordChoice(manager, scope, now);
      return this.cancelWaiting(manager, scope, now);
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
    if (scope.kind === 'section') {
      await manager
        .createQueryBuilder()
        .insert()
        .into(SectionOptOut)
        .values({ sectionId: scope.sectionId, email: scope.email.toLowerCase() })
        .orIgnore()
        .execute();
      return;
    }
    if (scope.kind === 'reply-questions') {
      await manager.query('INSERT INTO reply_question_opt_out ("writerKey") VALUES ($1) ON CONFLICT DO NOTHING', [scope.writerKey]);
      return;
    }
    // An erased supporter has nothing left to unsubscribe.
    const [supporter] = await manager.query('SELECT 1 FROM supporter WHERE "id" = $1', [scope.supporterId]);
    if (!supporter) return;
    // "Everything": the network and every action followed, by sign-up or by having written.
    const followed =
      scope.kind === 'everything'
        ? `SELECT NULL::uuid UNION SELECT "actionId" FROM subscription WHERE "supporterId" = $1 UNION SELECT "actionId" FROM appeal_record WHERE "supporterId" = $1`
        : 'SELECT $3::uuid';
    await manager.query(
      `INSERT INTO subscription ("supporterId", "actionId", "unsubscribedAt") SELECT $1::uuid, followed, $2::timestamptz FROM (${followed}) AS actions(followed)
       ON CONFLICT ("supporterId", "actionId") DO UPDATE SET "unsubscribedAt" = coalesce(subscription."unsubscribedAt", EXCLUDED."unsubscribedAt")`,
      scope.kind === 'everything' ? [scope.supporterId, now] : [scope.supporterId, now, scope.kind === 'action' ? scope.actionId : null],
    );
  }

  private cancelWaiting(manager: EntityManager, scope: UnsubscribeScope, now: Date): Promise<string[]> {
    return cancelWaitingMessages(manager, waitingFor(scope), 'the recipient unsubscribed', now);
  }
}

/** The messages still waiting that the scope stops. */
function waitingFor(scope: UnsubscribeScope): FindOptionsWhere<OutboxMessage> {
  switch (scope.kind) {
    case 'section':
      return { sectionId: scope.sectionId, recipient: scope.email.toLowerCase() };
    case 'action':
      return { supporterId: scope.supporterId, actionId: scope.actionId };
    case 'network':
      return { supporterId: scope.supporterId, kind: NotificationKind.NewActionNotice };
    case 'everything':
      return { supporterId: scope.supporterId, kind: In(SUPPORTER_NOTICES) };
    // The key is base64url: its "_" would match any character in LIKE.
    case 'reply-questions':
      return {
        kind: NotificationKind.ReplyQuestion,
        dedupeKey: Like(`${ONE_READER_CONTENT_PREFIX}reply-question:${scope.writerKey.replaceAll('_', '\\_')}:%`),
      };
  }
}
