import { Module } from '@nestjs/common';
import { ActionRecordsModule } from '../actions/action-records.module';
import { ActionsModule } from '../actions/actions.module';
import { WebhookEndpointsController } from './api/webhook-endpoints.controller';
import { WebhookSchedule } from './delivery/webhook-schedule';
import { ManageWebhookEndpoints } from './use-cases/manage-webhook-endpoints';
import { RecordActionWebhooks } from './use-cases/record-action-webhooks';
import { WebhooksModule } from './webhooks.module';

/** The API process's side of webhooks: managing endpoints, hearing the action events, and asking for the maintenance pass. */
@Module({
  imports: [WebhooksModule, ActionsModule, ActionRecordsModule],
  controllers: [WebhookEndpointsController],
  providers: [ManageWebhookEndpoints, RecordActionWebhooks, WebhookSchedule],
})
export class WebhooksApiModule {}
