import { Injectable } from '@nestjs/common';
import { OfficialRepliesRepository } from '../official-replies.repository';

/** How many replies each target of an action sent: the figures' response rate. */
@Injectable()
export class RepliesPerTarget {
  constructor(private readonly replies: OfficialRepliesRepository) {}

  execute(actionId: string): Promise<Map<string, number>> {
    return this.replies.countsByTarget(actionId);
  }
}
