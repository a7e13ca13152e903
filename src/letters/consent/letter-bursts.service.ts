import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { ActionsService } from '../../actions/actions.service';
import { Clock } from '../../common/clock';
import { cancelWaitingMessages } from '../../notifications/outbox/cancel-waiting';
import { NotificationQueues } from '../../notifications/queues/notification-queues.service';
import { UncountAppeals } from '../../supporters/use-cases/uncount-appeals';
import { LetterBurstRow, LetterBurstsRepository } from './letter-bursts.repository';

/** Letters from one source at or above this many make a burst worth a look. */
export const BURST_MIN_LETTERS = 5;

export type LetterBurst = LetterBurstRow;

export interface BurstSource {
  ip?: string;
  email?: string;
}

/**
 * Many letters to one action from one IP or one writer address, for staff to judge, and to cancel: letters not yet
 * sent never go, and every cancelled letter stops counting.
 */
@Injectable()
export class LetterBursts {
  constructor(
    private readonly actions: ActionsService,
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
    private readonly repository: LetterBurstsRepository,
    private readonly uncountAppeals: UncountAppeals,
  ) {}

  async list(actionId: string): Promise<LetterBurst[]> {
    await this.actions.get(actionId);
    const groups = (column: 'requesterIp' | 'writerEmail', by: LetterBurst['by']) =>
      this.repository.groups(actionId, column, by, BURST_MIN_LETTERS);
    return [...(await groups('requesterIp', 'ip')), ...(await groups('writerEmail', 'email'))];
  }

  /** Cancels every letter to this action from the source: what has not gone never goes, and none of them counts. */
  async cancel(actionId: string, source: BurstSource): Promise<{ cancelled: number; stopped: number; uncounted: number }> {
    await this.actions.get(actionId);
    const from = source.ip ? { requesterIp: source.ip } : { writerEmail: source.email?.trim().toLowerCase() };
    const reason = `cancelled by staff: a burst from ${source.ip ? `IP ${source.ip}` : source.email}`;
    const result = await this.repository.withTransaction(async (manager) => {
      const requests = await this.repository.lockUncancelled(manager, actionId, from);
      const appealIds = requests.flatMap((request) => (request.appealRecordId ? [request.appealRecordId] : []));
      const stopped = appealIds.length
        ? await cancelWaitingMessages(manager, { appealRecordId: In(appealIds) }, reason, this.clock.now())
        : [];
      if (requests.length) {
        await this.repository.cancel(
          manager,
          requests.map((request) => request.id),
          reason,
        );
      }
      if (appealIds.length) await this.uncountAppeals.execute(manager, appealIds);
      return { cancelled: requests.length, stopped, uncounted: appealIds.length };
    });
    await this.queues.removeSendJobs(result.stopped);
    return { cancelled: result.cancelled, stopped: result.stopped.length, uncounted: result.uncounted };
  }
}
