import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, In, Like } from 'typeorm';
import { cancelWaitingMessages } from '../outbox/cancel-waiting';
import { ONE_READER_CONTENT_PREFIX } from '../outbox/mail-outbox';
import { NotificationKind } from '../outbox/notification-vocabulary';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { SectionOptOut } from '../outbox/section-opt-out.entity';
import type { UnsubscribeScope } from './unsubscribe-token';
import { TransactionalRepository } from '../../database/transactional-repository';

/** What a supporter gets told about; "everything" stops them all, and never the letters they sent to targets. */
const SUPPORTER_NOTICES = [NotificationKind.NewActionNotice, NotificationKind.UpdateNotice, NotificationKind.Digest];

/** The choices one-click unsubscribe records, and the waiting messages it cancels. Each write is idempotent. */
@Injectable()
export class UnsubscribeRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  async optOutSection(manager: EntityManager, sectionId: string, email: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(SectionOptOut).values({ sectionId, email: email.toLowerCase() }).orIgnore().execute();
  }

  async optOutReplyQuestions(manager: EntityManager, writerKey: string): Promise<void> {
    await manager.query('INSERT INTO reply_question_opt_out ("writerKey") VALUES ($1) ON CONFLICT DO NOTHING', [writerKey]);
  }

  async supporterExists(manager: EntityManager, supporterId: string): Promise<boolean> {
    const [supporter] = (await manager.query('SELECT 1 FROM supporter WHERE "id" = $1', [supporterId])) as unknown[];
    return Boolean(supporter);
  }

  /** Unsubscribes from one action, or from the network (a null action); a first choice's time is kept. */
  async unsubscribeFrom(manager: EntityManager, supporterId: string, actionId: string | null, now: Date): Promise<void> {
    await this.unsubscribeFromEach(manager, 'SELECT $3::uuid', [supporterId, now, actionId]);
  }

  /** The network and every action followed, by sign-up or by having written. */
  async unsubscribeFromEverything(manager: EntityManager, supporterId: string, now: Date): Promise<void> {
    await this.unsubscribeFromEach(
      manager,
      `SELECT NULL::uuid UNION SELECT "actionId" FROM subscription WHERE "supporterId" = $1 UNION SELECT "actionId" FROM appeal_record WHERE "supporterId" = $1`,
      [supporterId, now],
    );
  }

  /** Cancels the messages still waiting that the scope stops; their ids. */
  cancelWaiting(manager: EntityManager, scope: UnsubscribeScope, now: Date): Promise<string[]> {
    return cancelWaitingMessages(manager, waitingFor(scope), 'the recipient unsubscribed', now);
  }

  private async unsubscribeFromEach(manager: EntityManager, followed: string, parameters: unknown[]): Promise<void> {
    await manager.query(
      `INSERT INTO subscription ("supporterId", "actionId", "unsubscribedAt") SELECT $1::uuid, followed, $2::timestamptz FROM (${followed}) AS actions(followed)
       ON CONFLICT ("supporterId", "actionId") DO UPDATE SET "unsubscribedAt" = coalesce(subscription."unsubscribedAt", EXCLUDED."unsubscribedAt")`,
      parameters,
    );
  }
}

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
