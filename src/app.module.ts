import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module';
import { ActionsModule } from './actions/actions.module';
import { AuditModule } from './audit/audit.module';
import { CommonModule } from './common/common.module';
import { DatabaseErrorFilter } from './common/database-error.filter';
import { DomainErrorJsonFilter } from './platform/errors/domain-error-json.filter';
import { ConfigModule } from './config/config.module';
import type { Configuration } from './config/configuration';
import { DatabaseConnection, DatabaseModule } from './database/database.module';
import { FiguresModule } from './figures/figures.module';
import { HealthApiModule } from './health/health-api.module';
import { LettersModule } from './letters/letters.module';
import { ImportsModule } from './importer/imports.module';
import { LoggingModule } from './logging/logging.module';
import { MailApiModule } from './mail/mail-api.module';
import { MetricsApiModule } from './metrics/metrics-api.module';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { PagesModule } from './pages/pages.module';
import { RedisModule } from './redis/redis.module';
import { SectionsModule } from './sections/sections.module';
import { SeedsModule } from './seeds/seeds.module';
import { PersonalDataModule } from './supporters/personal-data.module';
import { SupportersModule } from './supporters/supporters.module';
import { PrivacyModule } from './privacy/privacy.module';
import { TargetsModule } from './targets/targets.module';
import { RepliesModule } from './replies/replies.module';
import { ExportsModule } from './exports/exports.module';
import { OsdiModule } from './osdi/osdi.module';
import { WebhooksApiModule } from './webhooks/webhooks-api.module';

@Module({})
export class AppModule {
  static forRoot(database: DatabaseConnection, configuration: Configuration): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(configuration),
        LoggingModule,
        CommonModule,
        DatabaseModule.forRoot(database),
        RedisModule,
        MetricsApiModule,
        MailApiModule,
        NotificationsApiModule,
        HealthApiModule,
        ActionsModule,
        TargetsModule,
        RepliesModule,
        SectionsModule,
        LettersModule,
        ImportsModule,
        AccountsModule,
        AuditModule,
        SupportersModule,
        PersonalDataModule,
        PrivacyModule,
        SeedsModule,
        PagesModule,
        FiguresModule,
        ExportsModule,
        OsdiModule,
        WebhooksApiModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: DatabaseErrorFilter },
        { provide: APP_FILTER, useClass: DomainErrorJsonFilter },
      ],
    };
  }
}
