import { Injectable } from '@nestjs/common';
import { ListSupporterSessions } from '../accounts/use-cases/list-supporter-sessions';
import { Clock } from '../common/clock';
import { ListMailToSupporter } from '../notifications/use-cases/list-mail-to-supporter';
import { NotFound } from '../platform/errors/domain-errors';
import { ErasePersonalData } from '../privacy/use-cases/erase-personal-data';
import { ReadWriterData } from '../privacy/use-cases/read-writer-data';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { Supporter } from './supporter.entity';
import { SupportersRepository } from './supporters.repository';
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
    private readonly supporters: SupportersRepository,
    private readonly sessions: ListSupporterSessions,
    private readonly mail: ListMailToSupporter,
    private readonly writerData: ReadWriterData,
    private readonly erasure: ErasePersonalData,
    private readonly clock: Clock,
  ) {}

  async export(supporterId: string): Promise<PersonalDataExport> {
    const supporter = await this.supporter(supporterId);
    const [subscriptions, appeals, sessions, messages, written] = await Promise.all([
      this.supporters.subscriptionsOf(supporterId),
      this.supporters.appealsOf(supporterId),
      this.sessions.execute(supporterId),
      this.mail.execute(supporterId),
      this.writerData.execute(supporter),
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
    return supporterProfile(await this.supporters.save({ ...supporter, ...input, lastActiveAt: this.clock.now() }));
  }

  /** Removes the supporter and everything personal; the appeals they sent stay counted, with no one attached. */
  async erase(supporterId: string): Promise<void> {
    await this.erasure.supporter(await this.supporter(supporterId), this.clock.now());
  }

  private async supporter(id: string): Promise<Supporter> {
    const supporter = await this.supporters.byId(id);
    if (!supporter) throw NotFound.entity('Supporter', id);
    return supporter;
  }
}
