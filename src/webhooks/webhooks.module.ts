import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { WebhookEndpointsController } from './api/webhook-endpoints.controller';
import { WebhookQueue } from './delivery/webhook-queue.service';
import { WebhookSchedule } from './delivery/webhook-schedule';
import { WebhookTransport } from './delivery/webhook-transport';
import { WebhookWorker } from './delivery/webhook-worker';
import { DeliverWebhook } from './use-cases/deliver-webhook';
import { ManageWebhookEndpoints } from './use-cases/manage-webhook-endpoints';
import { QueueAppealWebhooks } from './use-cases/queue-appeal-webhooks';
import { RecordActionWebhooks } from './use-cases/record-action-webhooks';
import { WebhookMaintenance } from './use-cases/webhook-maintenance';
import { WebhooksRepository } from './webhooks.repository';

/** Signed outbound webhooks for sections' tools: endpoints, a delivery row per event (the outbox), a BullMQ queue that retries. */
@Module({
  imports: [ActionsModule],
  controllers: [WebhookEndpointsController],
  providers: [
    WebhooksRepository, WebhookQueue, WebhookTransport, WebhookWorker, WebhookSchedule, DeliverWebhook, ManageWebhookEndpoints,
    QueueAppealWebhooks, RecordActionWebhooks, WebhookMaintenance,
  ],
  exports: [QueueAppealWebhooks, WebhookMaintenance],
})
export class WebhooksModule {}
