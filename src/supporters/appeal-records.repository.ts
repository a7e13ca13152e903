import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { AppealChannel } from './appeal-channel';
import { AppealRecord } from './appeal-record.entity';

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

/** The appeals counted, written in the caller's transaction: a letter counts with the writes that send or cancel it. */
@Injectable()
export class AppealRecordsRepository {
  /** Writes the appeal record; answers its id. */
  async insert(manager: EntityManager, appeal: CountedAppeal): Promise<string> {
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

  async delete(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.delete(AppealRecord, { id: In(ids) });
  }
}
