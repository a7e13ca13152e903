import { Global, Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { Metrics } from './metrics';
import { OutboxMetrics } from './outbox-metrics';
import { OutboxMetricsRepository } from './outbox-metrics.repository';
import { QueueMetrics } from './queue-metrics';

/** Prometheus metrics: the instruments (global, so the mail transport and the sender reach them) and /metrics. */
@Global()
@Module({
  imports: [NotificationsModule],
  providers: [Metrics, OutboxMetrics, OutboxMetricsRepository, QueueMetrics],
  exports: [Metrics],
})
export class MetricsModule {}
