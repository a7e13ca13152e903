import { Inject, Injectable } from '@nestjs/common';
import { FaxConfig } from '../config/fax.config';
import { MailConfig } from '../config/mail.config';
import { MailTransport } from '../mail/mail-transport';
import { returnPathFor } from '../notifications/bounces/return-path';
import { FaxGateway, OutgoingFax, SentFax } from './fax-gateway';

/** Email-to-fax, as most providers offer it: mail to the number's address with the PDF attached is faxed. */
@Injectable()
export class EmailFaxGateway extends FaxGateway {
  constructor(
    private readonly mail: MailTransport,
    @Inject(FaxConfig) private readonly fax: FaxConfig,
    @Inject(MailConfig) private readonly mailConfig: MailConfig,
  ) {
    super();
  }

  /** FAX_EMAIL_ADDRESS_PATTERN with {number} as the E.164 digits without "+". */
  addressFor(number: string): string {
    if (!/^\+\d{6,15}$/.test(number)) throw new Error(`Fax number ${number} is not in E.164 form`);
    return this.fax.emailAddressPattern.replace('{number}', number.slice(1));
  }

  async send(fax: OutgoingFax): Promise<SentFax> {
    const sent = await this.mail.send({
      from: { name: fax.senderName, address: this.mailConfig.from },
      to: [this.addressFor(fax.number)],
      subject: fax.subject,
      text: `${fax.subject}\n\nThe letter to fax is attached (${fax.fileName}).`,
      attachments: [{ filename: fax.fileName, content: fax.pdf, contentType: 'application/pdf' }],
      messageId: `<${fax.key}@${this.mailConfig.from.split('@')[1]}>`,
      returnPath: returnPathFor(fax.key, this.mailConfig),
    });
    return { messageId: sent.messageId };
  }
}
