import { Module } from '@nestjs/common';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { NotificationsModule } from './notifications.module';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller';

/** The delivery report and one-click unsubscribe routes. */
@Module({ imports: [NotificationsModule], controllers: [UnsubscribeController, DeliveriesController] })
export class NotificationsApiModule {}
