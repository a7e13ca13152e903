import { Module } from '@nestjs/common';
import { WebhookQueue } from './delivery/webhook-queue.service';
import { WebhookTransport } from './delivery/webhook-transport';
import { WebhookWorker } from './delivery/webhook-worker';
import { DeliverWebhook } from './use-cases/deliver-webhook';
import { QueueAppealWebhooks } from './use-cases/queue-appeal-webhooks';
import { WebhookMaintenance } from './use-cases/webhook-maintenance';
import { WebhooksRepository } from './webhooks.repository';

/**
 * Signed outbound webhooks, the delivering side: delivery rows (the outbox), the BullMQ queue that retries, the
 * maintenance pass. No controllers, so a worker process can boot it alone (see WebhooksApiModule for the routes).
 */
@Module({
  providers: [WebhooksRepository, WebhookQueue, WebhookTransport, WebhookWorker, DeliverWebhook, QueueAppealWebhooks, WebhookMaintenance],
  exports: [WebhooksRepository, WebhookQueue, WebhookMaintenance],
})
export class WebhooksModule {}
