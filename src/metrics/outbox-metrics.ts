import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Clock } from '../common/clock';
import { MetricsConfig } from '../config/metrics.config';
import { DeliveryStatus, NotificationKind } from '../notifications/outbox/notification-vocabulary';
import { Metrics } from './metrics';
import { OutboxMetricsRepository } from './outbox-metrics.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The outbox as the database has it, read when Prometheus scrapes: the database row is the truth, not the queue. */
@Injectable()
export class OutboxMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly outbox: OutboxMetricsRepository,
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
      const counts = this.outbox.settledCounts();
      this.settled = { countedAt: Date.now(), counts };
      // A failed count is not kept: the next scrape tries again.
      counts.catch(() => {
        if (this.settled?.counts === counts) this.settled = null;
      });
    }
    const [live, settled] = await Promise.all([this.outbox.waitingCounts(), this.settled.counts]);
    return new Map([...settled, ...live]);
  }

  private remindersDueWithinADay(): Promise<number> {
    return this.outbox.remindersQueuedDueBy(new Date(this.clock.now().getTime() + DAY_MS));
  }
}
