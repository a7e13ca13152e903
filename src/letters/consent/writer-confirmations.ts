import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SignedLinks } from '../../accounts/signed-links';
import { Clock } from '../../common/clock';
import { SiteConfig } from '../../config/site.config';
import { renderLinkMail } from '../../mail/link-mail';
import { MailOutbox } from '../../notifications/outbox/mail-outbox';
import { NotificationKind } from '../../notifications/outbox/notification-vocabulary';
import type { DueMessage } from '../../notifications/queues/notification-queues.service';
import { LetterRequestsRepository } from './letter-requests.repository';
import type { WriterConfirmation } from './writer-confirmation.entity';

export const WRITER_CONFIRMATION_DAYS = 7;
const VALID_MS = WRITER_CONFIRMATION_DAYS * 24 * 3_600_000;

/** The page a writer's link opens: it lists the letters and sends them with a button, so a link scanner sends nothing. */
export const confirmationPagePath = (token: string) => `/my/letters/${token}`;

/**
 * The writer's consent, asked once per visit: the first letter from an address opens a confirmation and mails its
 * link through the outbox; later letters from that address join it until it is confirmed or expires.
 */
@Injectable()
export class WriterConfirmations {
  constructor(
    private readonly links: SignedLinks,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SiteConfig) private readonly site: SiteConfig,
    private readonly outbox: MailOutbox,
    private readonly repository: LetterRequestsRepository,
  ) {}

  /**
   * The writer's open confirmation, or a new one whose mail (in `language`) is written to the outbox (wake `mail` after
   * commit). `open`: the writer's open confirmation as the caller read it under the writer's lock (null: none).
   */
  async openFor(
    manager: EntityManager,
    writerEmail: string,
    open: WriterConfirmation | null,
    language?: string,
  ): Promise<{ confirmation: WriterConfirmation; mail: DueMessage | null }> {
    if (open) return { confirmation: open, mail: null };
    const now = this.clock.now();
    const fields = { writerEmail, createdAt: now, expiresAt: new Date(now.getTime() + VALID_MS), confirmedAt: null };
    const confirmation = await this.repository.insertConfirmation(manager, fields);
    const link = new URL(
      confirmationPagePath(this.links.sign('confirm-letters', confirmation.id, VALID_MS)),
      this.site.publicUrl,
    ).toString();
    const mail = await this.outbox.write(manager, {
      kind: NotificationKind.WriterConfirmation,
      dedupeKey: `writer-confirmation:${confirmation.id}`,
      recipient: writerEmail,
      rendered: renderLinkMail('writerConfirmation', language, link, {
        organisation: this.site.organisationName,
        days: WRITER_CONFIRMATION_DAYS,
      }),
    });
    return { confirmation, mail };
  }

  /** The confirmation a link names; refuses a tampered or expired link (401 naming `token`). */
  idOf(token: string): string {
    return this.links.verify('confirm-letters', token);
  }
}
