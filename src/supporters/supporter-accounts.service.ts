import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from '../accounts/auth.service';
import { LinkRefused, SignedLinks } from '../accounts/signed-links';
import type { ActionRecord } from '../actions/action-read-model';
import { isPubliclyVisible } from '../actions/public-visibility';
import { FindAction } from '../actions/use-cases/find-action';
import { Clock } from '../common/clock';
import { Conflict, Refused } from '../platform/errors/domain-errors';
import { SecurityConfig } from '../config/security.config';
import { SectionExists } from '../sections/use-cases/section-exists';
import { SignUpDto } from './dto/sign-up.dto';
import { Subscription } from './subscription.entity';
import { SupporterMail } from './supporter-mail';
import { Supporter } from './supporter.entity';
import { SupportersRepository } from './supporters.repository';

export const CONFIRMATION_VALID_MS = 7 * 24 * 3_600_000;

const linkUsed = () => new LinkRefused('This sign-in link was used already; ask for a new one');

/** Double opt-in sign-up, its confirmation, and the magic links supporters sign in with. */
@Injectable()
export class SupporterAccountsService {
  constructor(
    private readonly supporters: SupportersRepository,
    private readonly findAction: FindAction,
    private readonly sectionExists: SectionExists,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
    private readonly links: SignedLinks,
    private readonly mail: SupporterMail,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  /**
   * Records the wish and mails a confirmation link. An existing supporter's details are left alone: whoever
   * knows an address must not be able to rename its owner.
   */
  async signUp(input: SignUpDto): Promise<void> {
    if (input.website) return; // the honeypot was filled in: a bot, answered like anyone else
    const action = input.actionId ? await this.visibleAction(input.actionId) : null;
    if (input.sectionId && !(await this.sectionExists.execute(input.sectionId))) {
      throw Refused.at('sectionId', `Section ${input.sectionId} does not exist`);
    }
    const pending = await this.supporters.withTransaction(async (manager) => {
      const supporter = await this.supporters.findOrInsert(manager, {
        email: input.email.toLowerCase(),
        name: input.name,
        city: input.city ?? null,
        country: input.country ?? null,
        language: input.language ?? 'en',
        sectionId: input.sectionId ?? null,
        lastActiveAt: this.clock.now(),
      });
      const subscription = await this.supporters.subscriptionFor(manager, supporter, action);
      if (subscription.confirmedAt && !subscription.unsubscribedAt) return null;
      // Whoever knows the address may ask; only its owner, following the link, ends the unsubscribe.
      if (subscription.unsubscribedAt) subscription.resubscribeRequestedAt = this.clock.now();
      const saved = await this.supporters.saveSubscription(manager, subscription);
      const token = this.links.sign('confirm-subscription', saved.id, CONFIRMATION_VALID_MS);
      return this.mail.confirmation(manager, supporter, saved.id, token, action?.title ?? null, this.clock.now());
    });
    await this.mail.wake(pending);
  }

  /** Follows a confirmation link: works once, and only while a sign-up (or a sign-up again after unsubscribing) waits for it. */
  async confirm(token: string): Promise<Subscription & { confirmedAt: Date }> {
    const subscriptionId = this.links.verify('confirm-subscription', token);
    return this.supporters.withTransaction(async (manager) => {
      const subscription = await this.supporters.subscriptionWithSupporter(manager, subscriptionId);
      if (!subscription) throw new LinkRefused('This subscription no longer exists');
      const now = this.clock.now();
      if (!(await this.supporters.confirmSubscription(manager, subscriptionId, now))) {
        throw new Conflict('This subscription is confirmed already', [{ field: 'token', message: 'already used' }]);
      }
      await this.supporters.markConfirmed(manager, subscription.supporter.id, subscription.supporter.confirmedAt ?? now, now);
      return { ...subscription, confirmedAt: now };
    });
  }

  /** Mails a sign-in link to a confirmed supporter; for an unknown address, does nothing, and says the same. */
  async requestSignInLink(email: string): Promise<void> {
    const supporter = await this.supporters.byEmail(email.toLowerCase());
    if (!supporter?.confirmedAt) return;
    const token = this.links.sign('supporter-session', supporter.id, this.security.magicLinkTtlMinutes * 60_000);
    const now = this.clock.now();
    await this.mail.wake(await this.supporters.withTransaction((manager) => this.mail.signInLink(manager, supporter, token, now)));
  }

  /** Who a sign-in link would sign in, without using it (the page shows this above its button). */
  async signInLinkHolder(token: string): Promise<Supporter> {
    const claims = this.links.claims('supporter-session', token);
    const supporter = await this.supporters.byId(claims.subjectId);
    if (!supporter) throw new LinkRefused('This link is not valid');
    if (supporter.signInLinkUsedAt && supporter.signInLinkUsedAt.getTime() >= claims.issuedAt) throw linkUsed();
    return supporter;
  }

  /** Uses a sign-in link: works once, and voids the links mailed before it. */
  async openSession(token: string, response: Response) {
    const claims = this.links.claims('supporter-session', token);
    const now = this.clock.now();
    // Conditional, so two requests racing with one link cannot both sign in.
    const used = await this.supporters.useSignInLink(claims.subjectId, new Date(claims.issuedAt), now);
    const supporter = await this.supporters.byId(claims.subjectId);
    if (!supporter) throw new LinkRefused('This link is not valid');
    if (!used) throw linkUsed();
    const session = await this.auth.openBrowserSession(response, { supporter });
    return { supporter: { id: supporter.id, name: supporter.name, language: supporter.language }, ...session };
  }

  private async visibleAction(id: string): Promise<ActionRecord> {
    const action = await this.findAction.execute(id);
    if (!action || !isPubliclyVisible(action, this.clock.now())) throw Refused.at('actionId', `Action ${id} is not open for sign-up`);
    return action;
  }
}
