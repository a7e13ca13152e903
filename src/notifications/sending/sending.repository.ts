import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial } from 'typeorm';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { Section } from '../../sections/section.entity';
import { Target } from '../../targets/target.entity';
import { storeContent } from '../content/notification-contents';
import type { LetterParts } from '../content/notification-contents';
import type { RenderedNotice } from '../content/notice-renderer';
import { NotificationContent } from '../outbox/notification-content.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';

/** What sending a claimed row reads and writes besides its lease: its words, what a reminder is about, its target's flag. */
@Injectable()
export class SendingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  content(id: string): Promise<NotificationContent | null> {
    return this.dataSource.manager.findOneBy(NotificationContent, { id });
  }

  /** The action a reminder is about; it must exist (the row is deleted with it). */
  remindedAction(id: string): Promise<UrgentAction> {
    return this.dataSource.manager.findOneByOrFail(UrgentAction, { id });
  }

  /** The section a reminder goes to; it must exist (the row is deleted with it). */
  remindedSection(id: string): Promise<Section> {
    return this.dataSource.manager.findOneByOrFail(Section, { id });
  }

  /** Stores the row's content under `dedupeKey` (rendered only the first time) and points the row at it. */
  async storeContentOf(messageId: string, dedupeKey: string, render: () => RenderedNotice & LetterParts): Promise<string> {
    const manager = this.dataSource.manager;
    const contentId = await storeContent(manager, dedupeKey, render);
    await manager.update(OutboxMessage, messageId, { contentId });
    return contentId;
  }

  async appealDeadlineOf(actionId: string): Promise<Date | null> {
    const action = await this.dataSource.manager.findOne(UrgentAction, {
      select: { id: true, appealDeadline: true },
      where: { id: actionId },
    });
    return action ? action.appealDeadline : null;
  }

  /** Changes the target as `change` says of it, read under its row lock, so two failures at once both count. */
  async updateTargetLocked(targetId: string, change: (target: Target) => DeepPartial<Target>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const target = await manager.findOneOrFail(Target, { where: { id: targetId }, lock: { mode: 'pessimistic_write' } });
      await manager.update(Target, target.id, change(target));
    });
  }
}
