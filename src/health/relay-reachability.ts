import { Inject, Injectable } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { MailConfig } from '../config/mail.config';

export interface RelayState {
  reachable: boolean;
  /** Why not (as error codes), or which way mail goes; never the relay's address or credentials. */
  detail: string;
}

const PROBE_TIMEOUT_MS = 3000;
/** Readiness is polled every few seconds by each orchestrator; one SMTP handshake per interval is plenty. */
const REMEMBER_MS = 10_000;

/** Whether the SMTP relay answers and accepts our greeting (and credentials): a connection of its own, then QUIT. */
@Injectable()
export class RelayReachability {
  private last: { at: number; state: Promise<RelayState> } | null = null;

  constructor(@Inject(MailConfig) private readonly mail: MailConfig) {}

  check(): Promise<RelayState> {
    if (this.last && Date.now() - this.last.at < REMEMBER_MS) return this.last.state;
    const state = this.probe();
    this.last = { at: Date.now(), state };
    return state;
  }

  private async probe(): Promise<RelayState> {
    if (!this.mail.smtpUrl) return { reachable: true, detail: 'mail is written to the file outbox' };
    const transport = createTransport(this.mail.smtpUrl, {
      connectionTimeout: PROBE_TIMEOUT_MS,
      greetingTimeout: PROBE_TIMEOUT_MS,
      socketTimeout: PROBE_TIMEOUT_MS,
    } as object);
    try {
      await transport.verify();
      return { reachable: true, detail: 'the SMTP relay answered' };
    } catch (error) {
      // Codes only: the message names the relay's host, which a public health answer need not tell.
      const { code, message, responseCode } = error as { code?: string; message?: string; responseCode?: number };
      const cause = /\b(E[A-Z]{3,})\b/.exec(message ?? '')?.[1];
      return {
        reachable: false,
        detail: `the SMTP relay did not accept a connection (${[code, cause, responseCode].filter(Boolean).join(' ')})`,
      };
    } finally {
      transport.close();
    }
  }
}
