import { Inject, Injectable } from '@nestjs/common';
import { Environment } from '../config/environment';
import { MailTransport } from '../mail/mail-transport';
import type { Supporter } from './supporter.entity';

/** Collapses CR/LF and other control characters, so a value can never start a new mail header. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The two messages a supporter gets from accounts: confirm a subscription, and a sign-in link. */
@Injectable()
export class SupporterMail {
  constructor(@Inject(Environment) private readonly environment: Environment, private readonly transport: MailTransport) {}

  sendConfirmation(supporter: Supporter, token: string, actionTitle: string | null) {
    const name = headerSafe(supporter.name);
    const link = this.link(`/my/confirm/${token}`);
    const what = actionTitle ? `updates on “${actionTitle}”` : `new Urgent Actions from ${this.environment.ORGANISATION_NAME}`;
    return this.send(supporter, `Please confirm your subscription, ${name}`, [
      `Dear ${name},`, '', `You asked to receive ${what}. Confirm by opening this link:`, link, '',
      'The link works for 7 days. If you did not ask for this, ignore this message and we will forget your address.',
    ]);
  }

  sendSignInLink(supporter: Supporter, token: string) {
    const name = headerSafe(supporter.name);
    const link = this.link(`/my/session/${token}`);
    return this.send(supporter, `Your sign-in link, ${name}`, [
      `Dear ${name},`, '', 'Open this link to see and change what we hold about you:', link, '',
      `The link works for ${this.environment.MAGIC_LINK_TTL_MINUTES} minutes. If you did not ask for it, ignore this message.`,
    ]);
  }

  private link(path: string): string {
    return new URL(path, this.environment.PUBLIC_URL).toString();
  }

  private send(supporter: Supporter, subject: string, lines: string[]) {
    return this.transport.send({
      from: { name: headerSafe(this.environment.ORGANISATION_NAME), address: this.environment.MAIL_FROM },
      to: [supporter.email],
      subject: headerSafe(subject),
      text: lines.join('\n'),
    });
  }
}
