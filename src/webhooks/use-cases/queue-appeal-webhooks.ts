import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { WebhookQueue } from '../delivery/webhook-queue.service';
import { appealData, webhookBody } from '../webhook-payloads';
import { RecordedAppeal, WebhooksRepository } from '../webhooks.repository';

const PAGE = 500;

/**
 * Appeals are looked for, not announced: letters are recorded on the busiest paths of the app (a send, "I've sent
 * it" in one statement, a section's count), and a pass every few seconds finds every one whichever path wrote it,
 * without a cost on those requests. Each appeal is written once per endpoint (its dedupe key).
 */
@Injectable()
export class QueueAppealWebhooks {
  private readonly logger = new Logger('AppealWebhooks');

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly queue: WebhookQueue,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** One pass over every endpoint that hears of appeals; answers how many deliveries it wrote. */
  async pass(): Promise<number> {
    let written = 0;
    for (const endpoint of await this.webhooks.appealListeners()) {
      const { appeals, until } = await this.webhooks.appealsFor(endpoint, PAGE);
      if (appeals.length > 0) written += await this.write(endpoint, appeals);
      // A full page may have left some behind: the next pass goes on from the last one seen.
      await this.webhooks.markScanned(endpoint.id, appeals.length === PAGE ? appeals[appeals.length - 1].recordedAt : until);
    }
    return written;
  }

  private async write(endpoint: { id: string; sectionId: string | null }, appeals: RecordedAppeal[]): Promise<number> {
    const totals = await this.webhooks.letterTotals([...new Set(appeals.map((appeal) => appeal.actionId))], endpoint.sectionId);
    const now = this.clock.now();
    const deliveries = appeals.map((appeal) => {
      const data = appealData(appeal, totals.get(appeal.actionId) ?? { letters: 0, sectionLetters: 0 }, endpoint.sectionId);
      return {
        id: randomUUID(),
        endpointId: endpoint.id,
        event: 'appeal.recorded' as const,
        dedupeKey: `appeal.recorded:${appeal.id}:${endpoint.id}`,
        body: webhookBody('appeal.recorded', now, data),
        supporterId: 'writer' in data ? appeal.writerId : null,
      };
    });
    const ids = await this.webhooks.withTransaction((manager) => this.webhooks.insertDeliveries(manager, deliveries));
    try {
      await this.queue.deliver(ids);
    } catch (error) {
      this.logger.warn(`Queuing ${ids.length} appeal webhooks failed, maintenance will retry: ${(error as Error).message}`);
    }
    return ids.length;
  }
}
