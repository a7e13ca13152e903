import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SecurityConfig } from '../config/security.config';
import { SiteConfig } from '../config/site.config';
import { linkMailPhrases, renderLinkMail } from '../mail/link-mail';
import { MailOutbox } from '../notifications/outbox/mail-outbox';
import { NotificationKind } from '../notifications/outbox/notification-vocabulary';
import type { DueMessage } from '../notifications/queues/notification-queues.service';
import type { Supporter } from './supporter.entity';

const CONFIRMATION_VALID_DAYS = 7;

/** The two messages a supporter gets from accounts, in their language and through the outbox: confirm a subscription, and a sign-in link. */
@Injectable()
export class SupporterMail {
  constructor(
    @Inject(SiteConfig) private readonly site: SiteConfig,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
    private readonly outbox: MailOutbox,
  ) {}

  /** Written in `manager`'s transaction; `wake` the answer once it commits. `issuedAt` tells one request from the next. */
  confirmation(
    manager: EntityManager,
    supporter: Supporter,
    subscriptionId: string,
    token: string,
    actionTitle: string | null,
    issuedAt: Date,
  ) {
    const { phrases } = linkMailPhrases('subscriptionConfirmation', supporter.language);
    const organisation = this.site.organisationName;
    const what = actionTitle
      ? (phrases.whatAction as string).replace('{title}', actionTitle)
      : (phrases.whatNetwork as string).replace('{organisation}', organisation);
    return this.write(
      manager,
      supporter,
      NotificationKind.SubscriptionConfirmation,
      `account:confirm:${subscriptionId}:${issuedAt.getTime()}`,
      renderLinkMail('subscriptionConfirmation', supporter.language, this.link(`/my/confirm/${token}`), {
        name: supporter.name,
        what,
        days: CONFIRMATION_VALID_DAYS,
      }),
    );
  }

  signInLink(manager: EntityManager, supporter: Supporter, token: string, issuedAt: Date) {
    return this.write(
      manager,
      supporter,
      NotificationKind.SignInLink,
      `account:sign-in:${supporter.id}:${issuedAt.getTime()}`,
      renderLinkMail('signInLink', supporter.language, this.link(`/my/session/${token}`), {
        name: supporter.name,
        minutes: this.security.magicLinkTtlMinutes,
      }),
    );
  }

  wake(message: DueMessage | null): Promise<void> {
    return this.outbox.wake([message]);
  }

  private write(
    manager: EntityManager,
    supporter: Supporter,
    kind: NotificationKind,
    dedupeKey: string,
    rendered: ReturnType<typeof renderLinkMail>,
  ) {
    return this.outbox.write(manager, {
      kind,
      dedupeKey,
      recipient: supporter.email,
      recipientName: supporter.name,
      supporterId: supporter.id,
      rendered,
    });
  }

  private link(path: string): string {
    return new URL(path, this.site.publicUrl).toString();
  }
}
