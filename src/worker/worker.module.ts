import { DynamicModule, Module } from '@nestjs/common';
import { CommonModule } from '../common/common.module';
import { ConfigModule } from '../config/config.module';
import type { Configuration } from '../config/configuration';
import { DatabaseConnection, DatabaseModule } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { LoggingModule } from '../logging/logging.module';
import { MailModule } from '../mail/mail.module';
import { MetricsModule } from '../metrics/metrics.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RedisModule } from '../redis/redis.module';
import { WebhooksModule } from '../webhooks/webhooks.module';

/**
 * `npm run start:worker`: the job handlers (notifications, webhook deliveries) and what they need (configuration,
 * database, Redis, mail, fax, metrics, readiness), and no HTTP module: no controller, no page renderer, no session.
 * Scheduling stays with the API process.
 */
@Module({})
export class WorkerModule {
  static forRoot(database: DatabaseConnection, configuration: Configuration): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(configuration),
        LoggingModule,
        CommonModule,
        DatabaseModule.forRoot(database),
        RedisModule,
        MetricsModule,
        MailModule,
        NotificationsModule,
        WebhooksModule,
        HealthModule,
      ],
    };
  }
}
