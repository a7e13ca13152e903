import { Injectable } from '@nestjs/common';
import { ActionExists } from '../../actions/use-cases/action-exists';
import { NotFound } from '../../platform/errors/domain-errors';
import { DeliveryStatus } from '../outbox/notification-vocabulary';
import { RelayStatus } from '../relay/relay-status';
import { DeliveriesRepository } from './deliveries.repository';

export const LISTED_PROBLEMS = 500;

/** The per-action delivery report staff read: counts by kind and status, and every failed or held message with its reason. */
@Injectable()
export class DeliveriesService {
  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly relay: RelayStatus,
    private readonly actionExists: ActionExists,
  ) {}

  async report(actionId: string) {
    if (!(await this.actionExists.execute(actionId))) throw NotFound.entity('Action', actionId);
    const counts = await this.deliveries.countsByKindAndStatus(actionId);
    const totals = Object.fromEntries(Object.values(DeliveryStatus).map((status) => [status, 0])) as Record<DeliveryStatus, number>;
    const byKind: Record<string, Record<string, number>> = {};
    for (const row of counts) {
      totals[row.status] += Number(row.count);
      (byKind[row.kind] ??= {})[row.status] = Number(row.count);
    }
    const problems = await this.deliveries.problemsOf(actionId, LISTED_PROBLEMS);
    const pending = await this.deliveries.waitingOf(actionId, LISTED_PROBLEMS);
    const fanouts = await this.deliveries.fanoutsOf(actionId);
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
