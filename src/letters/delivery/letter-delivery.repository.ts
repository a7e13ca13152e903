import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AppealChannel } from '../../supporters/appeal-channel';
import { AppealRecord } from '../../supporters/appeal-record.entity';

/** One appeal counted: a letter to a target of an action, by a channel. */
export interface CountedAppeal {
  actionId: string;
  targetId: string;
  sectionId: string | null;
  supporterId: string | null;
  channel: AppealChannel;
  language: string | null;
  messageId: string | null;
  sentAt: Date;
}

/** Where sent letters are counted; the letter itself goes to the outbox, which writes its own rows. */
@Injectable()
export class LetterDeliveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes the appeal record in the caller's transaction; answers its id. */
  async insertAppeal(manager: EntityManager, appeal: CountedAppeal): Promise<string> {
    const repository = manager.getRepository(AppealRecord);
    const record = await repository.save(
      repository.create({
        action: { id: appeal.actionId },
        target: { id: appeal.targetId },
        section: appeal.sectionId ? { id: appeal.sectionId } : null,
        supporter: appeal.supporterId ? { id: appeal.supporterId } : null,
        channel: appeal.channel,
        letterCount: 1,
        language: appeal.language,
        messageId: appeal.messageId,
        sentAt: appeal.sentAt,
      }),
    );
    return record.id;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
