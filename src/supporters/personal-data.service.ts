import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthToken } from '../accounts/auth-token.entity';
import { Clock } from '../common/clock';
import { eraseWriterTraces } from '../privacy/writer-traces';
import { writerData } from '../privacy/writer-data';
import { NotFound } from '../platform/errors/domain-errors';
import { OutboxMessage } from '../notifications/outbox/outbox-message.entity';
import { AppealRecord } from './appeal-record.entity';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { Subscription } from './subscription.entity';
import { Supporter } from './supporter.entity';
import {
  exportedAppeal,
  exportedMessage,
  exportedSession,
  exportedSubscription,
  exportedSupporter,
  type PersonalDataExport,
} from './personal-data-export';
import { supporterProfile, type SupporterProfile } from './supporter-profile';

/** A supporter's own data: everything we hold, a change to it, and its erasure. */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async export(supporterId: string): Promise<PersonalDataExport> {
    const supporter = await this.supporter(supporterId);
    const [subscriptions, appeals, sessions, messages, written] = await Promise.all([
      this.dataSource
        .getRepository(Subscription)
        .find({ where: { supporter: { id: supporterId } }, relations: { action: true }, order: { createdAt: 'ASC' } }),
      this.dataSource
        .getRepository(AppealRecord)
        .find({ where: { supporter: { id: supporterId } }, relations: { action: true, target: true }, order: { sentAt: 'ASC' } }),
      this.dataSource.getRepository(AuthToken).find({ where: { supporterId }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(OutboxMessage).find({ where: { supporterId }, order: { createdAt: 'ASC' } }),
      writerData(this.dataSource.manager, supporter),
    ]);
    return {
      exportedAt: this.clock.now(),
      supporter: exportedSupporter(supporter),
      subscriptions: subscriptions.map(exportedSubscription),
      appeals: appeals.map(exportedAppeal),
      sessions: sessions.map(exportedSession),
      messages: messages.map(exportedMessage),
      letters: written.letters,
      letterRequests: written.letterRequests,
    };
  }

  async updateProfile(supporterId: string, input: UpdateProfileDto): Promise<SupporterProfile> {
    const supporter = await this.supporter(supporterId);
    return supporterProfile(
      await this.dataSource.getRepository(Supporter).save({ ...supporter, ...input, lastActiveAt: this.clock.now() }),
    );
  }

  /** Removes the supporter and everything personal; the appeals they sent stay counted, with no one attached. */
  async erase(supporterId: string): Promise<void> {
    const supporter = await this.supporter(supporterId);
    await this.dataSource.transaction(async (manager) => {
      await eraseWriterTraces(manager, [supporter], this.clock.now());
      await manager.delete(Supporter, supporterId);
    });
  }

  private async supporter(id: string): Promise<Supporter> {
    const supporter = await this.dataSource.getRepository(Supporter).findOneBy({ id });
    if (!supporter) throw NotFound.entity('Supporter', id);
    return supporter;
  }
}
