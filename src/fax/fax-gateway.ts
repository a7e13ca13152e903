/** One letter on its way to a fax machine. */
export interface OutgoingFax {
  /**
   * What makes two sends the same fax (the outbox row's id): a resend after a crash carries the same key, as the
   * email-to-fax Message-ID or the HTTP gateway's Idempotency-Key, so the provider can recognise it.
   */
  key: string;
  /** E.164, e.g. +41227860662. */
  number: string;
  pdf: Buffer;
  fileName: string;
  subject: string;
  /** Shown as the sender on the cover or header line: the supporter's name. */
  senderName: string;
}

export interface SentFax {
  /** The gateway's id for the fax (the SMTP Message-ID for email-to-fax). */
  messageId: string;
}

/** The way faxes leave the system; one implementation per provider style, chosen by FAX_GATEWAY. */
export abstract class FaxGateway {
  abstract send(fax: OutgoingFax): Promise<SentFax>;
}
