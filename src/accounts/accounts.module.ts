import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { RedisConfig } from '../config/redis.config';
import { SecurityConfig } from '../config/security.config';
import { RedisConnection } from '../redis/redis.module';
import { SectionRecordsModule } from '../sections/section-records.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RedisThrottlerStorage } from './redis-throttler-storage';
import { AdminFromEnvironment } from './first-run/admin-from-environment';
import { FirstRunSetupService } from './first-run/first-run-setup.service';
import { FirstRunRepository } from './first-run/first-run.repository';
import { SessionsRepository } from './sessions.repository';
import { SignedLinks } from './signed-links';
import { TokenHasher } from './token-hasher';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';
import { ListSupporterSessions } from './use-cases/list-supporter-sessions';

@Module({
  imports: [
    SectionRecordsModule,
    ThrottlerModule.forRootAsync({
      inject: [SecurityConfig, RedisConfig, RedisConnection],
      useFactory: (security: SecurityConfig, redisConfig: RedisConfig, redis: RedisConnection) => ({
        throttlers: [{ name: 'sensitive', ttl: 60_000, limit: security.sensitiveRateLimitPerMinute }],
        // Shared by every instance on this Redis and database; separate for another database on the same Redis.
        storage: new RedisThrottlerStorage(redis, redisConfig.keyPrefix),
      }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    UsersService,
    UsersRepository,
    SessionsRepository,
    AdminFromEnvironment,
    FirstRunSetupService,
    FirstRunRepository,
    TokenHasher,
    SignedLinks,
    ListSupporterSessions,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, UsersService, SignedLinks, FirstRunSetupService, ListSupporterSessions],
})
export class AccountsModule {}
