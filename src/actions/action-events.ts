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

/**
 * The actions module's side: works with or without listeners. The notifications module is the injected one; others
 * (webhooks) subscribe at start. Each records in the same transaction, and their after-commit work runs in order.
 */
@Injectable()
export class ActionEvents {
  private readonly subscribers: ActionEventsListener[] = [];

  constructor(@Optional() @Inject(ACTION_EVENTS_LISTENER) private readonly listener?: ActionEventsListener) {}

  subscribe(listener: ActionEventsListener): void {
    this.subscribers.push(listener);
  }

  async record(manager: EntityManager, event: ActionEvent): Promise<AfterCommit> {
    const listeners = this.listener ? [this.listener, ...this.subscribers] : this.subscribers;
    if (listeners.length === 0) return nothing;
    const afterCommits: AfterCommit[] = [];
    for (const listener of listeners) afterCommits.push(await listener.record(manager, event));
    return async () => {
      for (const afterCommit of afterCommits) await afterCommit();
    };
  }
}
