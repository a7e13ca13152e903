import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, LessThan, type FindOptionsWhere } from 'typeorm';
import type { ActionRecord } from '../actions/action-read-model';
import { AppealRecord } from './appeal-record.entity';
import { Subscription } from './subscription.entity';
import type { SubscriptionRecord } from './supporter-read-model';
import { Supporter } from './supporter.entity';
import { TransactionalRepository } from '../database/transactional-repository';

export type NewSupporter = Pick<Supporter, 'email' | 'name' | 'city' | 'country' | 'language' | 'sectionId' | 'lastActiveAt'>;

/** Supporters, their subscriptions and their appeals: the only way to them. Methods taking a manager run in its transaction. */
@Injectable()
export class SupportersRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  byId(id: string): Promise<Supporter | null> {
    return this.dataSource.getRepository(Supporter).findOneBy({ id });
  }

  /** `email` as stored: lower-cased. */
  byEmail(email: string): Promise<Supporter | null> {
    return this.dataSource.getRepository(Supporter).findOneBy({ email });
  }

  /** The supporter with this address (lower-cased), as they are; else a new one with these details. */
  async findOrInsert(manager: EntityManager, supporter: NewSupporter): Promise<Supporter> {
    const existing = await manager.findOneBy(Supporter, { email: supporter.email });
    if (existing) return existing;
    return manager.save(manager.create(Supporter, { ...supporter, confirmedAt: null }));
  }

  save(supporter: Supporter): Promise<Supporter> {
    return this.dataSource.getRepository(Supporter).save(supporter);
  }

  /** Once per link: true when no link issued at or after `issuedAt` was used yet, and this one now is. */
  async useSignInLink(supporterId: string, issuedAt: Date, now: Date): Promise<boolean> {
    const used = await this.dataSource
      .createQueryBuilder()
      .update(Supporter)
      .set({ signInLinkUsedAt: now, lastActiveAt: now })
      .where('"id" = :id AND ("signInLinkUsedAt" IS NULL OR "signInLinkUsedAt" < :issuedAt)', { id: supporterId, issuedAt })
      .execute();
    return Boolean(used.affected);
  }

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

  /** The supporter's subscription to the action (or to the network), or a new one, not yet saved. */
  async subscriptionFor(manager: EntityManager, supporter: Supporter, action: ActionRecord | null): Promise<Subscription> {
    const existing = await manager.findOne(Subscription, {
      where: { supporter: { id: supporter.id }, action: action ? { id: action.id } : IsNull() },
    });
    return (
      existing ?? manager.create(Subscription, { supporter, action, confirmedAt: null, unsubscribedAt: null, resubscribeRequestedAt: null })
    );
  }

  saveSubscription(manager: EntityManager, subscription: Subscription): Promise<Subscription> {
    return manager.save(subscription);
  }

  /** With its supporter and action. */
  subscriptionWithSupporter(manager: EntityManager, id: string): Promise<Subscription | null> {
    return manager.findOne(Subscription, { where: { id }, relations: { supporter: true, action: true } });
  }

  /**
   * Confirms the subscription if a sign-up (or a sign-up again after unsubscribing) waits for it; false otherwise.
   * Conditional, so two clicks racing each other cannot both confirm, and an old link cannot undo a later unsubscribe.
   */
  async confirmSubscription(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const confirmed = await manager
      .createQueryBuilder()
      .update(Subscription)
      .set({ confirmedAt: now, unsubscribedAt: null, resubscribeRequestedAt: null })
      .where('"id" = :id AND (("confirmedAt" IS NULL AND "unsubscribedAt" IS NULL) OR "resubscribeRequestedAt" IS NOT NULL)', { id })
      .execute();
    return Boolean(confirmed.affected);
  }

  async markConfirmed(manager: EntityManager, supporterId: string, confirmedAt: Date, lastActiveAt: Date): Promise<void> {
    await manager.update(Supporter, supporterId, { confirmedAt, lastActiveAt });
  }

  /** The supporter's appeals, oldest first, with their action and target. */
  appealsOf(supporterId: string): Promise<AppealRecord[]> {
    return this.dataSource
      .getRepository(AppealRecord)
      .find({ where: { supporter: { id: supporterId } }, relations: { action: true, target: true }, order: { sentAt: 'ASC' } });
  }

  /** The ids of the supporter's appeals. */
  async appealIdsOf(supporterId: string): Promise<string[]> {
    const appeals = await this.dataSource.manager.find(AppealRecord, { select: { id: true }, where: { supporter: { id: supporterId } } });
    return appeals.map(({ id }) => id);
  }

  /** Who never confirmed and signed up before `createdBefore`, read in the caller's transaction. */
  unconfirmedBefore(manager: EntityManager, createdBefore: Date): Promise<Pick<Supporter, 'id' | 'email'>[]> {
    return this.erasable(manager, { confirmedAt: IsNull(), createdAt: LessThan(createdBefore) });
  }

  /** Who was last active before `activeBefore`, read in the caller's transaction. */
  inactiveBefore(manager: EntityManager, activeBefore: Date): Promise<Pick<Supporter, 'id' | 'email'>[]> {
    return this.erasable(manager, { lastActiveAt: LessThan(activeBefore) });
  }

  async delete(manager: EntityManager, ids: string | string[]): Promise<void> {
    await manager.delete(Supporter, ids);
  }

  private erasable(manager: EntityManager, where: FindOptionsWhere<Supporter>): Promise<Pick<Supporter, 'id' | 'email'>[]> {
    return manager.find(Supporter, { select: { id: true, email: true }, where });
  }
}
