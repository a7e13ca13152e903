import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Subscription } from './subscription.entity';
import type { SubscriptionRecord } from './supporter-read-model';

/** What a supporter's own pages read of their subscriptions. */
@Injectable()
export class SupportersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The supporter's subscriptions, oldest first, with the action each follows. */
  subscriptionsOf(supporterId: string): Promise<SubscriptionRecord[]> {
    return this.dataSource.getRepository(Subscription).find({
      where: { supporter: { id: supporterId } },
      relations: { action: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** One of the supporter's subscriptions; null when it is someone else's or there is none. */
  subscriptionOf(supporterId: string, subscriptionId: string): Promise<SubscriptionRecord | null> {
    return this.dataSource.getRepository(Subscription).findOne({
      where: { id: subscriptionId, supporter: { id: supporterId } },
      relations: { action: true },
    });
  }
}
