import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import type { ActionUpdateRecord } from '../action-read-model';
import { ActionUpdatesService } from '../action-updates.service';
import { ActionsService } from '../actions.service';
import { publicActionUpdate, type PublicActionUpdate } from '../public-action.view';
import { assertPubliclyVisible } from '../public-visibility';

/**
 * An action's updates, oldest first: every field for the organisation; for anyone else only the public ones, and only
 * of an action the public may see (a draft or an embargoed action is not found, as for an unknown id).
 */
@Injectable()
export class ListActionUpdates {
  constructor(
    private readonly actions: ActionsService,
    private readonly updates: ActionUpdatesService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(actionId: string, member: boolean): Promise<ActionUpdateRecord[] | PublicActionUpdate[]> {
    assertPubliclyVisible(await this.actions.get(actionId), this.clock.now(), member);
    const updates = await this.updates.list(actionId);
    return member ? updates : updates.map(publicActionUpdate);
  }
}
