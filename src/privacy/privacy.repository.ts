import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, IsNull, LessThan } from 'typeorm';
import { AuthToken } from '../accounts/auth-token.entity';
import { removeLapsedLetterRequests } from '../letters/consent/lapsed-requests';
import { forgetSettledLetters } from '../notifications/outbox/forget-letter-writers';
import { OutboxMessage } from '../notifications/outbox/outbox-message.entity';
import { Supporter } from '../supporters/supporter.entity';
import { writerData, type WriterData } from './writer-data';
import { eraseWriterTraces, type ErasedSupporter } from './writer-traces';

/**
 * What is held about a person beyond their supporter record (sessions, mail to them, letters in their name), and its
 * removal: a supporter's erasure and the retention rules' purges.
 */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Their sessions, oldest first. */
  sessionsOf(supporterId: string): Promise<AuthToken[]> {
    return this.dataSource.getRepository(AuthToken).find({ where: { supporterId }, order: { createdAt: 'ASC' } });
  }

  /** The mail sent, or to be sent, to them, oldest first. */
  messagesTo(supporterId: string): Promise<OutboxMessage[]> {
    return this.dataSource.getRepository(OutboxMessage).find({ where: { supporterId }, order: { createdAt: 'ASC' } });
  }

  /** The letters the system was asked to send in their name, and the requests behind them. */
  writerDataOf(supporter: ErasedSupporter): Promise<WriterData> {
    return writerData(this.dataSource.manager, supporter);
  }

  /** Removes the supporter and, in the same transaction, every trace their letters and the outbox hold of them. */
  async erase(supporter: ErasedSupporter, now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await eraseWriterTraces(manager, [supporter], now);
      await manager.delete(Supporter, supporter.id);
    });
  }

  /** Erases, as `erase` does, supporters who never confirmed and signed up before `createdBefore`; how many. */
  eraseUnconfirmed(createdBefore: Date, now: Date): Promise<number> {
    return this.eraseWhere({ confirmedAt: IsNull(), createdAt: LessThan(createdBefore) }, now);
  }

  /** Erases, as `erase` does, supporters last active before `activeBefore`; how many. */
  eraseInactive(activeBefore: Date, now: Date): Promise<number> {
    return this.eraseWhere({ lastActiveAt: LessThan(activeBefore) }, now);
  }

  /** Failed or cancelled letters settled before `settledBefore` lose their words and writer; how many. */
  forgetFailedLetters(settledBefore: Date): Promise<number> {
    return forgetSettledLetters(this.dataSource.manager, settledBefore);
  }

  /** Letter requests whose writer did not confirm before the link expired, with their lapsed links; how many requests. */
  removeLapsedLetterRequests(now: Date): Promise<number> {
    return removeLapsedLetterRequests(this.dataSource.manager, now);
  }

  private eraseWhere(where: FindOptionsWhere<Supporter>, now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const supporters = await manager.find(Supporter, { select: { id: true, email: true }, where });
      await eraseWriterTraces(manager, supporters, now);
      if (supporters.length > 0)
        await manager.delete(
          Supporter,
          supporters.map((supporter) => supporter.id),
        );
      return supporters.length;
    });
  }
}
