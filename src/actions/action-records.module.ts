import { Module } from '@nestjs/common';
import { ActionsRepository } from './actions.repository';
import { ActionExists } from './use-cases/action-exists';
import { FindAction } from './use-cases/find-action';
import { FindActionIn } from './use-cases/find-action-in';
import { FindAppealDeadline } from './use-cases/find-appeal-deadline';
import { FindActionUpdate } from './use-cases/find-action-update';
import { FindActionUpdateIn } from './use-cases/find-action-update-in';
import { FindActionUpdates } from './use-cases/find-action-updates';
import { FindActionWithTargets } from './use-cases/find-action-with-targets';
import { FindActions } from './use-cases/find-actions';
import { ListPublishedActionsAhead } from './use-cases/list-published-actions-ahead';
import { PauseTargetSending } from './use-cases/pause-target-sending';

const ACTION_RECORDS = [
  FindAction,
  FindActionIn,
  FindAppealDeadline,
  FindActions,
  FindActionUpdate,
  FindActionUpdateIn,
  FindActionUpdates,
  ActionExists,
  FindActionWithTargets,
  ListPublishedActionsAhead,
  PauseTargetSending,
];

/**
 * Actions and their updates as other modules read them, and the pause of a target's system sending: the use cases the
 * notifications need. No controller and no HTTP module, so the worker process can boot it (the routes live in
 * ActionsModule). Its ActionsRepository holds no state: a second instance beside ActionsModule's is harmless.
 */
@Module({
  providers: [ActionsRepository, ...ACTION_RECORDS],
  exports: ACTION_RECORDS,
})
export class ActionRecordsModule {}
