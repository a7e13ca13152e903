import { Injectable } from '@nestjs/common';
import type { EntityMetadata, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { ActionsRepository } from './actions.repository';

/** What an action's public view and its letters are read from. Appeal counts are not here: they may lag. */
const WATCHED_TABLES = new Set([
  'urgent_action',
  'subject',
  'action_target',
  'action_update',
  'target',
  'section',
  'letter_template',
  'letter_settings',
  'official_reply',
]);

interface Change {
  metadata?: EntityMetadata;
  queryRunner: QueryRunner;
}

/**
 * Tells the short-lived copies of what the public reads (the JSON list and detail, the letters' sources) that an
 * action, its targets or its letter templates changed in this process, so the next reader reads them again at once
 * rather than up to PAGE_CACHE_MS later. They are told at the write and again at its commit, since a reader in
 * between still reads the old rows. A change made by another process is seen when the copies expire.
 */
@Injectable()
export class ActionChanges implements EntitySubscriberInterface {
  private readonly listeners: (() => void)[] = [];
  private readonly changing = new WeakSet<QueryRunner>();

  constructor(actions: ActionsRepository) {
    actions.subscribe(this);
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  afterInsert(event: Change): void {
    this.seen(event);
  }

  afterUpdate(event: Change): void {
    this.seen(event);
  }

  afterRemove(event: Change): void {
    this.seen(event);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    if (!this.changing.has(event.queryRunner)) return;
    this.changing.delete(event.queryRunner);
    this.tell();
  }

  private seen({ metadata, queryRunner }: Change): void {
    if (!metadata || !WATCHED_TABLES.has(metadata.tableName)) return;
    if (queryRunner?.isTransactionActive) this.changing.add(queryRunner);
    this.tell();
  }

  private tell(): void {
    for (const listener of this.listeners) listener();
  }
}
