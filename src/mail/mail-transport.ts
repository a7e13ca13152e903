import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MailConfig } from '../config/mail.config';
import { Metrics } from '../metrics/metrics';
import { OutgoingMail, SentMail } from './outgoing-mail';
import { smtpPoolOptions } from './smtp-pool-options';

export interface OutboxEntry {
  file: string;
  bytes: number;
  writtenAt: Date;
}

/**
 * The one way out for mail: SMTP when SMTP_URL is set (pooled), otherwise .eml files in OUTBOX_DIR.
 * Errors from SMTP are thrown as nodemailer gives them (with responseCode) for the caller to classify.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  private readonly outboxDir: string | null;

  constructor(
    @Inject(MailConfig) mail: MailConfig,
    private readonly metrics: Metrics,
  ) {
    if (mail.smtpUrl) {
      this.outboxDir = null;
      this.transporter = createTransport(smtpPoolOptions(mail.smtpUrl, mail));
    } else {
      this.outboxDir = resolve(mail.outboxDir);
      this.transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  get writesToOutbox(): boolean {
    return this.outboxDir !== null;
  }

  /** Connects (and logs in) without sending, to see whether the relay answers; the file outbox always does. */
  async verify(): Promise<void> {
    if (!this.outboxDir) await this.transporter.verify();
  }

  send(mail: OutgoingMail): Promise<SentMail> {
    return this.metrics.timeSmtpSend(() => this.hand(mail));
  }

  private async hand(mail: OutgoingMail): Promise<SentMail> {
    const info = await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      cc: mail.cc,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      attachments: mail.attachments,
      messageId: mail.messageId,
      envelope: mail.returnPath ? { from: mail.returnPath, to: [...mail.to, ...(mail.cc ?? [])] } : undefined,
    });
    if (this.outboxDir) {
      await mkdir(this.outboxDir, { recursive: true });
      const file = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`;
      await writeFile(join(this.outboxDir, file), info.message as Buffer);
      return { messageId: info.messageId, accepted: mail.to.concat(mail.cc ?? []), rejected: [] };
    }
    return {
      messageId: info.messageId,
      accepted: (info.accepted ?? []).map(String),
      rejected: (info.rejected ?? []).map(String),
    };
  }

  /** The .eml files written so far, newest first (empty when mail goes over SMTP). */
  async listOutbox(): Promise<OutboxEntry[]> {
    if (!this.outboxDir) return [];
    const files = await readdir(this.outboxDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    const entries = await Promise.all(
      files
        .filter((file) => file.endsWith('.eml'))
        .map(async (file) => {
          const info = await stat(join(this.outboxDir as string, file));
          return { file, bytes: info.size, writtenAt: info.mtime };
        }),
    );
    return entries.sort((a, b) => b.writtenAt.getTime() - a.writtenAt.getTime());
  }

  async readOutboxFile(file: string): Promise<Buffer | null> {
    if (!this.outboxDir || !/^[\w.-]+\.eml$/.test(file)) return null;
    return readFile(join(this.outboxDir, file)).catch(() => null);
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
