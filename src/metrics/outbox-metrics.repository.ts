import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryStatus, NotificationKind } from '../notifications/outbox/notification-vocabulary';

/** Counts of outbox rows, keyed `kind|status`. */
export type OutboxCounts = Map<string, number>;

/** What the outbox gauges count in notification_outbox, read at a scrape. */
@Injectable()
export class OutboxMetricsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Queued and held rows: a partial index holds only them, so this is cheap at every scrape. */
  waitingCounts(): Promise<OutboxCounts> {
    return this.count(`"status" IN ('queued', 'held')`);
  }

  /** The settled history: it reads every row. */
  settledCounts(): Promise<OutboxCounts> {
    return this.count(`"status" NOT IN ('queued', 'held')`);
  }

  async remindersQueuedDueBy(dueBy: Date): Promise<number> {
    // The partial index on queued rows' dueAt answers this without reading the sent history.
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS "count" FROM notification_outbox WHERE "status" = $1 AND "kind" = $2 AND "dueAt" <= $3`,
      [DeliveryStatus.Queued, NotificationKind.DeadlineReminder, dueBy],
    );
    return count;
  }

  private async count(where: string): Promise<OutboxCounts> {
    const rows: Array<{ kind: string; status: string; count: number }> = await this.dataSource.query(
      `SELECT "kind", "status", count(*)::int AS "count" FROM notification_outbox WHERE ${where} GROUP BY "kind", "status"`,
    );
    return new Map(rows.map((row) => [`${row.kind}|${row.status}`, row.count]));
  }
}
