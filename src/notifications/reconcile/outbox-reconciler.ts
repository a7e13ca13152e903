import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ListPublishedActionsAhead } from '../../actions/use-cases/list-published-actions-ahead';
import { Clock } from '../../common/clock';
import { jobIdOf, NotificationQueue, SEND_BATCH_SIZE, sendJobIdOf } from '../queues/notification-queues';
import { DueMessage, NotificationQueues } from '../queues/notification-queues.service';
import { ReminderPlanner } from '../reminders/reminder-planner';
import { TargetMessages } from '../sending/target-messages';
import { ReconcilerRepository } from './reconciler.repository';

export { RECONCILE_LOCK } from './reconciler.repository';
const PAGE = 1000;
/** A due row's job is only suspected lost after this long, and at most this many jobs are looked at per page. */
const ORPHAN_AFTER_MS = 60_000;
const ORPHAN_CHECKS = 100;

export interface ReconcileReport {
  ran: boolean;
  requeued: number;
  promoted: number;
  fanoutsRequeued: number;
  released: number;
  remindersCancelled: number;
}

/**
 * Brings Redis in line with the outbox: every queued row has a send job that will run (so after Redis lost its data,
 * or after a job failed for good without settling its row, every pending message is back), due rows run now, pending
 * fan-outs have a job that will run. Sent rows are never touched, so none goes twice.
 */
@Injectable()
export class OutboxReconciler {
  constructor(
    private readonly outbox: ReconcilerRepository,
    private readonly queues: NotificationQueues,
    private readonly reminders: ReminderPlanner,
    private readonly targetMessages: TargetMessages,
    @Inject(Clock) private readonly clock: Clock,
    private readonly publishedAhead: ListPublishedActionsAhead,
  ) {}

  async pass(): Promise<ReconcileReport> {
    const pass = await this.outbox.underPassLock((manager) => this.reconcile(manager));
    if (!pass) return { ran: false, requeued: 0, promoted: 0, fanoutsRequeued: 0, released: 0, remindersCancelled: 0 };
    return { ran: true, ...pass.value };
  }

  private async reconcile(manager: EntityManager): Promise<Omit<ReconcileReport, 'ran'>> {
    const now = this.clock.now();
    const released = await this.releaseHeldMessages(manager);
    const remindersCancelled = await this.syncReminders(manager, now);
    let requeued = 0;
    let promoted = 0;
    let afterId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.outbox.queuedAfter(manager, afterId, PAGE);
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      const dead = new Set(await this.queues.deadSendJobs([...new Set(page.map((row) => sendJobIdOf(row)))]));
      const missing = page.filter((row) => dead.has(sendJobIdOf(row)));
      await this.queues.sendMessages(await this.rebatch(manager, missing), now);
      requeued += missing.length;
      const due = page.filter((row) => !dead.has(sendJobIdOf(row)) && new Date(row.dueAt).getTime() <= now.getTime());
      promoted += await this.queues.promoteDelayedSends([...new Set(due.map((row) => sendJobIdOf(row)))]);
      // Rows long due whose job exists yet sits in no state: looked at a bounded number per page, oldest first.
      const overdue = due
        .filter((row) => new Date(row.dueAt).getTime() < now.getTime() - ORPHAN_AFTER_MS)
        .sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());
      const orphaned = new Set(
        await this.queues.orphanedSendJobs([...new Set(overdue.map((row) => sendJobIdOf(row)))].slice(0, ORPHAN_CHECKS)),
      );
      const lost = page.filter((row) => orphaned.has(sendJobIdOf(row)));
      await this.queues.sendMessages(await this.rebatch(manager, lost), now);
      requeued += lost.length;
    }
    return { requeued, promoted, released, remindersCancelled, fanoutsRequeued: await this.requeueFanouts(manager) };
  }

  /**
   * Rows whose job is gone, in new batches of rows due at the same time (a batch's other rows may be on a later page,
   * so the old batch is not made again); a row due alone gets a job of its own.
   */
  private async rebatch(manager: EntityManager, rows: { id: string; dueAt: Date }[]): Promise<DueMessage[]> {
    const byDue = new Map<number, { id: string; dueAt: Date }[]>();
    for (const row of rows) {
      const at = new Date(row.dueAt).getTime();
      const group = byDue.get(at);
      if (group) group.push(row);
      else byDue.set(at, [row]);
    }
    const woken: DueMessage[] = [];
    for (const [at, group] of byDue) {
      for (let start = 0; start < group.length; start += SEND_BATCH_SIZE) {
        const batch = group.slice(start, start + SEND_BATCH_SIZE);
        const sendBatchId = batch.length > 1 ? randomUUID() : null;
        woken.push(...batch.map((row) => ({ id: row.id, dueAt: new Date(at), sendBatchId })));
      }
    }
    if (woken.length > 0) {
      await this.outbox.setSendBatches(manager, woken);
    }
    return woken;
  }

  /** Rows held for a flagged target go back to the queue once staff cleared the flag, in new pacing slots. */
  private async releaseHeldMessages(manager: EntityManager): Promise<number> {
    const released = await this.outbox.releaseHeld(manager);
    await this.targetMessages.repace(manager, released);
    return released.length;
  }

  /** Sections added or changed since an action was published get their reminders; opted-out addresses lose theirs. */
  private async syncReminders(manager: EntityManager, now: Date): Promise<number> {
    const actionIds = await this.publishedAhead.execute(manager, now);
    let cancelled = 0;
    for (const actionId of actionIds) {
      const changes = await this.reminders.sync(manager, actionId, now);
      await this.queues.removeSendJobs(changes.cancelledIds);
      cancelled += changes.cancelledIds.length;
    }
    return cancelled;
  }

  private async requeueFanouts(manager: EntityManager): Promise<number> {
    const pending = await this.outbox.pendingFanouts(manager);
    let requeued = 0;
    for (const fanoutId of pending) {
      if (await this.queues.hasLiveJob(NotificationQueue.Fanout, jobIdOf['fan out']({ fanoutId }))) continue;
      await this.queues.enqueue('fan out', { fanoutId });
      requeued += 1;
    }
    return requeued;
  }
}
