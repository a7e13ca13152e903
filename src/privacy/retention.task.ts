import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { AuthService } from '../accounts/auth.service';
import { Clock } from '../common/clock';
import { Environment } from '../config/environment';
import { Supporter } from '../supporters/supporter.entity';

export const RETENTION_CRON = '17 3 * * *';
export const RETENTION_JOB = 'privacy-retention';
export const UNCONFIRMED_DAYS = 7;

export interface RetentionReport {
  unconfirmedRemoved: number;
  inactiveRemoved: number;
  expiredSessionsRemoved: number;
}

/**
 * Keeps personal data only while needed: supporters who never confirmed within 7 days, and those inactive for
 * RETENTION_MONTHS, are erased. Their appeals stay counted (appeal_record.supporterId becomes null).
 */
@Injectable()
export class RetentionTask implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionTask.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Environment) private readonly environment: Environment,
    private readonly auth: AuthService,
    private readonly clock: Clock,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  /** Fails the start if no scheduler picked the task up: personal data must not silently outstay its welcome. */
  onApplicationBootstrap(): void {
    this.scheduler.getCronJob(RETENTION_JOB);
  }

  @Cron(RETENTION_CRON, { name: RETENTION_JOB })
  async onSchedule(): Promise<void> {
    if (!this.environment.RUN_SCHEDULER) return;
    const report = await this.purge();
    this.logger.log(`Retention: ${JSON.stringify(report)}`);
  }

  async purge(): Promise<RetentionReport> {
    const now = DateTime.fromJSDate(this.clock.now());
    const supporters = this.dataSource.getRepository(Supporter);
    const unconfirmed = await supporters.delete({ confirmedAt: IsNull(), createdAt: LessThan(now.minus({ days: UNCONFIRMED_DAYS }).toJSDate()) });
    const inactive = await supporters.delete({ lastActiveAt: LessThan(now.minus({ months: this.environment.RETENTION_MONTHS }).toJSDate()) });
    return {
      unconfirmedRemoved: unconfirmed.affected ?? 0,
      inactiveRemoved: inactive.affected ?? 0,
      expiredSessionsRemoved: await this.auth.removeExpired(),
    };
  }
}
