import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { NotFound } from '../../platform/errors/domain-errors';
import { NotificationFanout } from '../outbox/notification-fanout.entity';
import { DeliveryStatus } from '../outbox/notification-vocabulary';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { RelayStatus } from '../relay/relay-status';
import { NotificationQueues } from '../queues/notification-queues.service';
import { TargetMessages } from '../sending/target-messages';

export const LISTED_PROBLEMS = 500;

/** The per-action delivery report staff read: counts by kind and status, and every failed or held message with its reason. */
@Injectable()
export class DeliveriesService {
  private readonly logger = new Logger('Deliveries');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: RelayStatus,
    private readonly queues: NotificationQueues,
    private readonly targetMessages: TargetMessages,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * Puts failed messages of the action back in the queue, due now (a letter in a new pacing slot to its target), and
   * wakes them; the reconciler wakes any it could not. Bounced ones stay: their address is wrong.
   */
  async retry(actionId: string, ids?: string[]): Promise<{ requeued: number }> {
    const exists = await this.dataSource.getRepository(UrgentAction).existsBy({ id: actionId });
    if (!exists) throw NotFound.entity('Action', actionId);
    const requeued = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string; dueAt: Date }[] = (
        await manager.query(
          `UPDATE notification_outbox SET "status" = 'queued', "lastError" = NULL, "settledAt" = NULL, "dueAt" = $3, "sendBatchId" = NULL, "updatedAt" = now()
         WHERE "actionId" = $1 AND "status" = 'failed' AND ($2::uuid[] IS NULL OR "id" = ANY($2::uuid[])) RETURNING "id", "dueAt"`,
          [actionId, ids ?? null, this.clock.now()],
        )
      )[0];
      return this.targetMessages.repace(manager, rows);
    });
    try {
      // Their jobs failed for good and are still kept: removed first, or adding them again would do nothing.
      await this.queues.withoutLiveSendJob(requeued.map((row) => row.id));
      await this.queues.sendMessages(requeued, this.clock.now());
    } catch (error) {
      this.logger.warn(`Queuing ${requeued.length} re-driven messages failed, the reconciler will: ${(error as Error).message}`);
    }
    return { requeued: requeued.length };
  }

  async report(actionId: string) {
    const exists = await this.dataSource.getRepository(UrgentAction).existsBy({ id: actionId });
    if (!exists) throw NotFound.entity('Action', actionId);
    const counts: { kind: string; status: DeliveryStatus; count: string }[] = await this.dataSource.query(
      `SELECT "kind", "status", count(*) AS "count" FROM notification_outbox WHERE "actionId" = $1 GROUP BY "kind", "status" ORDER BY "kind", "status"`,
      [actionId],
    );
    const totals = Object.fromEntries(Object.values(DeliveryStatus).map((status) => [status, 0])) as Record<DeliveryStatus, number>;
    const byKind: Record<string, Record<string, number>> = {};
    for (const row of counts) {
      totals[row.status] += Number(row.count);
      (byKind[row.kind] ??= {})[row.status] = Number(row.count);
    }
    const problems = await this.dataSource.getRepository(OutboxMessage).find({
      select: {
        id: true,
        kind: true,
        recipient: true,
        status: true,
        attempts: true,
        lastError: true,
        dueAt: true,
        settledAt: true,
        targetId: true,
      },
      where: { actionId, status: In([DeliveryStatus.Failed, DeliveryStatus.Held, DeliveryStatus.Bounced]) },
      order: { settledAt: 'DESC', id: 'ASC' },
      take: LISTED_PROBLEMS,
    });
    const pending = await this.dataSource.getRepository(OutboxMessage).find({
      select: { id: true, kind: true, recipient: true, dueAt: true, attempts: true, lastError: true },
      where: { actionId, status: DeliveryStatus.Queued },
      order: { dueAt: 'ASC', id: 'ASC' },
      take: LISTED_PROBLEMS,
    });
    const fanouts = await this.dataSource.getRepository(NotificationFanout).find({
      select: { id: true, kind: true, status: true, messagesCreated: true, lastError: true, createdAt: true, settledAt: true },
      where: { actionId },
      order: { createdAt: 'ASC' },
    });
    return {
      actionId,
      sent: totals.sent,
      pending: totals.queued,
      failed: totals.failed,
      held: totals.held,
      cancelled: totals.cancelled,
      bounced: totals.bounced,
      byKind,
      failures: problems,
      waiting: pending,
      fanouts,
      /** The relay itself refusing us (login, sender, connection): nothing fails for it, everything waits. */
      relay: await this.relay.current(),
    };
  }
}
