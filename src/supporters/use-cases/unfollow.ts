import { Injectable } from '@nestjs/common';
import { UnsubscribeService } from '../../notifications/unsubscribe/unsubscribe.service';
import type { UnsubscribeScope } from '../../notifications/unsubscribe/unsubscribe-token';
import { NotFound } from '../../platform/errors/domain-errors';
import { SupportersRepository } from '../supporters.repository';

/**
 * A signed-in supporter stops one of their subscriptions, as the emails' unsubscribe link would: the choice is
 * recorded and the messages still waiting for it are cancelled. Someone else's subscription is not found.
 */
@Injectable()
export class Unfollow {
  constructor(
    private readonly supporters: SupportersRepository,
    private readonly unsubscribes: UnsubscribeService,
  ) {}

  async execute(supporterId: string, subscriptionId: string): Promise<void> {
    const subscription = await this.supporters.subscriptionOf(supporterId, subscriptionId);
    if (!subscription) throw NotFound.entity('Subscription', subscriptionId);
    const scope: UnsubscribeScope = subscription.action
      ? { kind: 'action', supporterId, actionId: subscription.action.id }
      : { kind: 'network', supporterId };
    await this.unsubscribes.stop(scope);
  }
}
