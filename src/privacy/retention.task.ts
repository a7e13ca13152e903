import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Cron, SchedulerRegistry } from '@nestjs/schedule';
import { DateTime } from 'luxon';
import { AuthService } from '../accounts/auth.service';
import { Clock } from '../common/clock';
import { PrivacyConfig } from '../config/privacy.config';
import { QueueConfig } from '../config/queue.config';
import { PrivacyRepository } from './privacy.repository';
import { ErasePersonalData } from './use-cases/erase-personal-data';

export const RETENTION_CRON = '17 3 * * *';
export const RETENTION_JOB = 'privacy-retention';
export const UNCONFIRMED_DAYS = 7;

export interface RetentionReport {
  unconfirmedRemoved: number;
  inactiveRemoved: number;
  expiredSessionsRemoved: number;
  /** Failed or cancelled letters older than FAILED_LETTER_RETENTION_DAYS whose words and writer were removed. */
  failedLettersCleared: number;
  /** Letters asked for whose writer did not confirm before the link expired. */
  lapsedLetterRequestsRemoved: number;
}

/**
 * Keeps personal data only while needed: supporters who never confirmed within 7 days, and those inactive for
 * RETENTION_MONTHS, are erased. Their appeals stay counted (appeal_record.supporterId becomes null). Letters that
 * failed keep their writer FAILED_LETTER_RETENTION_DAYS; sent ones lost them as they went.
 */
@Injectable()
export class RetentionTask implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionTask.name);

  constructor(
    private readonly personalData: PrivacyRepository,
    private readonly erasure: ErasePersonalData,
    @Inject(PrivacyConfig) private readonly privacy: PrivacyConfig,
    @Inject(QueueConfig) private readonly queue: QueueConfig,
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
    if (!this.queue.runScheduler) return;
    const report = await this.purge();
    this.logger.log(`Retention: ${JSON.stringify(report)}`);
  }

  async purge(): Promise<RetentionReport> {
    const now = DateTime.fromJSDate(this.clock.now());
    const unconfirmedRemoved = await this.erasure.unconfirmed(now.minus({ days: UNCONFIRMED_DAYS }).toJSDate(), this.clock.now());
    const inactiveRemoved = await this.erasure.inactive(now.minus({ months: this.privacy.retentionMonths }).toJSDate(), this.clock.now());
    const failedLettersCleared = await this.personalData.forgetFailedLetters(
      now.minus({ days: this.privacy.failedLetterRetentionDays }).toJSDate(),
    );
    const lapsedLetterRequestsRemoved = await this.personalData.removeLapsedLetterRequests(now.toJSDate());
    return {
      unconfirmedRemoved,
      inactiveRemoved,
      expiredSessionsRemoved: await this.auth.removeExpired(),
      failedLettersCleared,
      lapsedLetterRequestsRemoved,
    };
  }
}
