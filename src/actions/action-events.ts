import { Inject, Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What happened to an action, told to whoever listens (the notifications module) inside the same transaction. */
export type ActionEvent =
  | { kind: 'published'; actionId: string }
  | { kind: 'edited'; actionId: string }
  | { kind: 'update posted'; actionId: string; updateId: string }
  | { kind: 'closed'; actionId: string };

export type AfterCommit = () => Promise<void>;

/**
 * Records what the event sets in motion with the transaction's manager, so it commits or rolls back with the change,
 * and returns the work to do once it has committed.
 */
export interface ActionEventsListener {
  record(manager: EntityManager, event: ActionEvent): Promise<AfterCommit>;
}

export const ACTION_EVENTS_LISTENER = Symbol('ActionEventsListener');

const nothing: AfterCommit = async () => undefined;

/** The actions module's side: works with or without a listener registered. */
@Injectable()
export class ActionEvents {
  constructor(@Optional() @Inject(ACTION_EVENTS_LISTENER) private readonly listener?: ActionEventsListener) {}

  record(manager: EntityManager, event: ActionEvent): Promise<AfterCommit> {
    return this.listener ? this.listener.record(manager, event) : Promise.resolve(nothing);
  }
}
