export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/** One message as the app hands it to the transport. Names and subjects must already be free of CR/LF. */
export interface OutgoingMail {
  from: { name: string; address: string };
  to: string[];
  cc?: string[];
  replyTo?: { name: string; address: string };
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** Set it to make the Message-ID stable across retries. */
  messageId?: string;
  /** The envelope sender, where bounces go (VERP: one per outbox row); unset, it is `from`. */
  returnPath?: string;
}

export interface SentMail {
  messageId: string;
  accepted: string[];
  rejected: string[];
}
