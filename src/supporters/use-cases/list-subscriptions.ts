import { Injectable } from '@nestjs/common';
import type { SubscriptionRecord } from '../supporter-read-model';
import { SupportersRepository } from '../supporters.repository';

/** What a signed-in supporter follows (and followed), oldest first: the network, or one action each. */
@Injectable()
export class ListSubscriptions {
  constructor(private readonly supporters: SupportersRepository) {}

  execute(supporterId: string): Promise<SubscriptionRecord[]> {
    return this.supporters.subscriptionsOf(supporterId);
  }
}
