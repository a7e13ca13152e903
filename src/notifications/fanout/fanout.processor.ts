import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionStatus } from '../../actions/action-vocabulary';
import type { ActionRecord } from '../../actions/action-read-model';
import { FindAction } from '../../actions/use-cases/find-action';
import { FindActionUpdate } from '../../actions/use-cases/find-action-update';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import { NoticeRenderer, NoticeSubject } from '../content/notice-renderer';
import type { NotificationFanout } from '../outbox/notification-fanout.entity';
import { FanoutKind, FanoutStatus, NotificationKind } from '../outbox/notification-vocabulary';
import type { NewOutboxMessage } from '../outbox/outbox-writer';
import { SEND_BATCH_SIZE } from '../queues/notification-queues';
import { NotificationQueues } from '../queues/notification-queues.service';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links';
import type { AudienceMember, AudienceStage } from './fanout-audience';
import { FanoutRepository } from './fanout.repository';

const STAGES: Record<FanoutKind, AudienceStage[]> = {
  [FanoutKind.ActionPublished]: ['sections', 'network'],
  [FanoutKind.UpdatePosted]: ['action supporters'],
};

export const FANOUT_PAGE_SIZE = 500;

/**
 * Pages through a fan-out's audience, writing one outbox row per recipient, fifty rows to a send job; resumes from the
 * cursor. A page is written and queued at a time, so memory does not grow with the audience.
 */
@Injectable()
export class FanoutProcessor {
  constructor(
    private readonly fanouts: FanoutRepository,
    private readonly queues: NotificationQueues,
    private readonly renderer: NoticeRenderer,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    @Inject(Clock) private readonly clock: Clock,
    private readonly findAction: FindAction,
    private readonly findUpdate: FindActionUpdate,
  ) {}

  async run(fanoutId: string): Promise<void> {
    const fanout = await this.fanouts.fanout(fanoutId);
    if (!fanout || fanout.status !== FanoutStatus.Pending) return;
    const action = await this.findAction.execute(fanout.actionId);
    // The fan-out is deleted with its action.
    if (!action) throw NotFound.entity('Action', fanout.actionId);
    if (fanout.kind === FanoutKind.ActionPublished && action.status !== ActionStatus.Published) {
      await this.settle(fanout, FanoutStatus.Cancelled, `the action is ${action.status}`);
      return;
    }
    const update = fanout.updateId ? await this.findUpdate.execute(fanout.updateId) : null;
    const about: NoticeSubject = update ? { kind: 'update', update, stopWriting: fanout.stopWriting } : { kind: 'new action' };
    const stages = STAGES[fanout.kind];
    let [stage, afterId] = this.position(fanout, stages);
    while (stage) {
      const page = await this.fanouts.audiencePage(stage, action.id, afterId, FANOUT_PAGE_SIZE, { urgent: fanout.stopWriting });
      if (page.length === 0) {
        stage = stages[stages.indexOf(stage) + 1];
        afterId = null;
        continue;
      }
      afterId = page[page.length - 1].id;
      const cursor = `${stage}:${afterId}`;
      const queued = await this.fanouts.withTransaction(async (manager) =>
        this.fanouts.writePage(
          manager,
          fanout.id,
          await this.messagesFor(manager, fanout, action, about, stage as AudienceStage, page),
          cursor,
        ),
      );
      await this.queues.sendMessages(queued, this.clock.now());
    }
    await this.settle(fanout, FanoutStatus.Done, null);
  }

  private position(fanout: NotificationFanout, stages: AudienceStage[]): [AudienceStage | undefined, string | null] {
    if (!fanout.cursor) return [stages[0], null];
    const split = fanout.cursor.lastIndexOf(':');
    return [fanout.cursor.slice(0, split) as AudienceStage, fanout.cursor.slice(split + 1)];
  }

  private async messagesFor(
    manager: EntityManager,
    fanout: NotificationFanout,
    action: ActionRecord,
    about: NoticeSubject,
    stage: AudienceStage,
    page: AudienceMember[],
  ): Promise<NewOutboxMessage[]> {
    const now = this.clock.now();
    // An embargoed action is announced when the embargo lifts, not before.
    const dueAt = action.embargoUntil && action.embargoUntil.getTime() > now.getTime() ? action.embargoUntil : now;
    const contentIds = new Map<string, string>();
    const messages: NewOutboxMessage[] = [];
    let sendBatchId = randomUUID();
    for (const member of page) {
      if (messages.length > 0 && messages.length % SEND_BATCH_SIZE === 0) sendBatchId = randomUUID();
      const timeZone = member.timeZone ?? action.appealDeadlineTimeZone;
      const contentKey = `${fanout.dedupeKey}:${member.language}:${timeZone}`;
      if (!contentIds.has(contentKey)) {
        contentIds.set(
          contentKey,
          await this.fanouts.storeContent(manager, contentKey, () => this.renderer.render(action, about, member.language, timeZone)),
        );
      }
      const toSection = stage === 'sections';
      messages.push({
        kind: fanout.kind === FanoutKind.ActionPublished ? NotificationKind.NewActionNotice : NotificationKind.UpdateNotice,
        dedupeKey: `fanout:${fanout.id}:${toSection ? 'section' : 'supporter'}:${member.id}`,
        recipient: member.email,
        recipientName: member.name,
        actionId: action.id,
        updateId: fanout.updateId,
        sectionId: toSection ? member.id : null,
        supporterId: toSection ? null : member.id,
        fanoutId: fanout.id,
        contentId: contentIds.get(contentKey),
        dueAt,
        sendBatchId,
        unsubscribeUrl: this.unsubscribeLinks.urlFor(
          toSection
            ? { kind: 'section', sectionId: member.id, email: member.email }
            : stage === 'network'
              ? { kind: 'network', supporterId: member.id }
              : { kind: 'action', supporterId: member.id, actionId: action.id },
        ),
      });
    }
    return messages;
  }

  private async settle(fanout: NotificationFanout, status: FanoutStatus, reason: string | null): Promise<void> {
    await this.fanouts.settle(fanout.id, status, reason, this.clock.now());
  }
}
