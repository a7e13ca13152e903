import { Injectable, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { NotificationQueues } from '../notifications/queues/notification-queues.service';
import { Metrics } from './metrics';

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** BullMQ's job counts per notification queue, asked of Redis when Prometheus scrapes. */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly queues: NotificationQueues,
  ) {}

  onModuleInit(): void {
    const queues = this.queues;
    new Gauge({
      name: 'ua_queue_jobs',
      help: 'Jobs in each notification queue by state: waiting (ready to run), active, delayed (not yet due, or backing off) and failed (kept for inspection).',
      labelNames: ['queue', 'state'] as const,
      registers: [this.metrics.registry],
      async collect() {
        const counts = await Promise.all(
          queues.all().map(async (queue) => ({ queue: queue.name, counts: await queue.getJobCounts(...QUEUE_STATES) })),
        );
        this.reset();
        for (const { queue, counts: byState } of counts) {
          for (const state of QUEUE_STATES) this.set({ queue, state }, byState[state] ?? 0);
        }
      },
    });
  }
}
