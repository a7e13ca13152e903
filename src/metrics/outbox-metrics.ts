import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { MetricsConfig } from '../config/metrics.config';
import { DeliveryStatus, NotificationKind } from '../notifications/outbox/notification-vocabulary';
import { Metrics } from './metrics';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The outbox as the database has it, read when Prometheus scrapes: the database row is the truth, not the queue. */
@Injectable()
export class OutboxMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(MetricsConfig) private readonly config: MetricsConfig,
  ) {}

  onModuleInit(): void {
    // The gauges' collect() runs with the gauge as `this`.
    const countsByKindAndStatus = () => this.countsByKindAndStatus();
    const remindersDueWithinADay = () => this.remindersDueWithinADay();
    new Gauge({
      name: 'ua_outbox_messages',
      help: 'Outbox messages by kind and status (queued ones wait to be sent, held ones wait for staff).',
      labelNames: ['kind', 'status'] as const,
      registers: [this.metrics.registry],
      async collect() {
        const counts = await countsByKindAndStatus();
        this.reset();
        // Every kind and status is shown, at 0 when there is none, so a series never vanishes from a graph.
        for (const kind of Object.values(NotificationKind)) {
          for (const status of Object.values(DeliveryStatus)) this.set({ kind, status }, counts.get(`${kind}|${status}`) ?? 0);
        }
      },
    });
    new Gauge({
      name: 'ua_reminders_due',
      help: 'Deadline reminders still queued and due within the next 24 hours (overdue ones included).',
      registers: [this.metrics.registry],
      async collect() {
        this.set(await remindersDueWithinADay());
      },
    });
  }

  private settled: { countedAt: number; counts: Promise<Map<string, number>> } | null = null;

  /**
   * Queued and held rows are counted at every scrape (a partial index holds only them); the settled history only
   * grows and is recounted at most every OUTBOX_METRICS_RECOUNT_SECONDS, since that count reads every row.
   */
  private async countsByKindAndStatus(): Promise<Map<string, number>> {
    const recountMs = this.config.outboxRecountSeconds * 1000;
    if (!this.settled || Date.now() - this.settled.countedAt >= recountMs) {
      const counts = this.count(`"status" NOT IN ('queued', 'held')`);
      this.settled = { countedAt: Date.now(), counts };
      // A failed count is not kept: the next scrape tries again.
      counts.catch(() => {
        if (this.settled?.counts === counts) this.settled = null;
      });
    }
    const [live, settled] = await Promise.all([this.count(`"status" IN ('queued', 'held')`), this.settled.counts]);
    return new Map([...settled, ...live]);
  }

  private async count(where: string): Promise<Map<string, number>> {
    const rows: Array<{ kind: string; status: string; count: number }> = await this.dataSource.query(
      `SELECT "kind", "status", count(*)::int AS "count" FROM notification_outbox WHERE ${where} GROUP BY "kind", "status"`,
    );
    return new Map(rows.map((row) => [`${row.kind}|${row.status}`, row.count]));
  }

  private async remindersDueWithinADay(): Promise<number> {
    // The partial index on queued rows' dueAt answers this without reading the sent history.
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS "count" FROM notification_outbox WHERE "status" = $1 AND "kind" = $2 AND "dueAt" <= $3`,
      [DeliveryStatus.Queued, NotificationKind.DeadlineReminder, new Date(this.clock.now().getTime() + DAY_MS)],
    );
    return count;
  }
}
