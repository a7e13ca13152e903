import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AppealChannel } from './appeal-channel';
import { AppealRecord } from './appeal-record.entity';
import type { RecordedAppeals, SectionAppeals } from './supporter-read-model';

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

/**
 * The appeals counted. A letter's are written in the caller's transaction: it counts with the writes that send or
 * cancel it. A section's report is one row of its own.
 */
@Injectable()
export class AppealRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  /** A count of letters a section's members sent themselves, with no supporter: one row, outside any transaction. */
  insertSectionAppeals(report: SectionAppeals): Promise<RecordedAppeals> {
    const records = this.dataSource.getRepository(AppealRecord);
    return records.save(
      records.create({
        action: { id: report.actionId },
        section: { id: report.sectionId },
        target: report.targetId ? { id: report.targetId } : null,
        supporter: null,
        channel: report.channel,
        letterCount: report.letterCount,
        sentAt: report.sentAt,
      }),
    );
  }

  async delete(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.delete(AppealRecord, { id: In(ids) });
  }
}
