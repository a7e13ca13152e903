import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { EntityNotFound } from '../../common/domain-errors';
import { NotificationFanout } from '../outbox/notification-fanout.entity';
import { DeliveryStatus } from '../outbox/notification-vocabulary';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { RelayStatus } from '../relay/relay-status';

export const LISTED_PROBLEMS = 500;

/** The per-action delivery report staff read: counts by kind and status, and every failed or held message with its reason. */
@Injectable()
export class DeliveriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource, private readonly relay: RelayStatus) {}

  async report(actionId: string) {
    const exists = await this.dataSource.getRepository(UrgentAction).existsBy({ id: actionId });
    if (!exists) throw new EntityNotFound('Action', actionId);
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
      select: { id: true, kind: true, recipient: true, status: true, attempts: true, lastError: true, dueAt: true, settledAt: true, targetId: true },
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
      where: { actionId }, order: { createdAt: 'ASC' },
    });
    return {
      actionId,
      sent: totals.sent, pending: totals.queued, failed: totals.failed, held: totals.held, cancelled: totals.cancelled, bounced: totals.bounced,
      byKind, failures: problems, waiting: pending, fanouts,
      /** The relay itself refusing us (login, sender, connection): nothing fails for it, everything waits. */
      relay: await this.relay.current(),
    };
  }
}
