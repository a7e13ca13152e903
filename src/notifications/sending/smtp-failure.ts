/**
 * What a failed send means. `scope` says whose fault it is:
 * - `recipient`: this address does not exist (5.1.x to RCPT): the message fails and the target's address is flagged;
 * - `message`: this message was refused (content, size, a greylisted recipient): retried or failed, nobody flagged;
 * - `relay`: our relay refused us (login, sender, connection, 421): every message would meet it, so none fails for
 *   it and nobody is flagged; sending waits for the relay.
 */
export interface SmtpFailure {
  permanent: boolean;
  reason: string;
  scope: 'recipient' | 'message' | 'relay';
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKET',
  'ECONNECTION',
  'EDNS',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'EAUTH',
  'ETLS',
  'EPROTOCOL',
]);
/** The commands of a session before any recipient: a refusal there is the relay refusing us, whatever the message. */
const RELAY_COMMANDS = /^(CONN|GREETING|EHLO|HELO|LHLO|STARTTLS|AUTH|MAIL FROM)/i;
/** RFC 5321 codes naming the mailbox: 550 unavailable, 551 not local, 553 name not allowed. */
const MAILBOX_CODES = new Set([550, 551, 553]);

interface NodemailerError {
  message?: string;
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
}

/** The enhanced status code (RFC 3463) of an SMTP reply, e.g. "5.1.1" from "550 5.1.1 no such user". */
export function enhancedStatus(reply: string): string | null {
  return /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/.exec(reply.trim())?.[1] ?? null;
}

/** Nodemailer's error as a delivery outcome. An error we cannot read is temporary: retried a bounded number of times. */
export function classifySmtpFailure(error: unknown): SmtpFailure {
  const failure = (error ?? {}) as NodemailerError;
  const reason = (failure.response ?? failure.message ?? String(error)).trim().slice(0, 1000);
  const code = failure.responseCode;
  const command = failure.command ?? '';
  if (code === 421 || code === 530 || code === 534 || code === 535 || failure.code === 'EAUTH')
    return { permanent: false, reason, scope: 'relay' };
  if (typeof code === 'number') {
    if (RELAY_COMMANDS.test(command)) return { permanent: false, reason, scope: 'relay' };
    if (code < 500) return { permanent: false, reason, scope: 'message' };
    const status = enhancedStatus(reason);
    // "Relaying denied" and other policy refusals of a recipient are about us, not the address.
    if (status?.startsWith('5.7.') && /^RCPT/i.test(command)) return { permanent: false, reason, scope: 'relay' };
    if (status?.startsWith('5.1.') || (!status && /^RCPT/i.test(command) && MAILBOX_CODES.has(code)))
      return { permanent: true, reason, scope: 'recipient' };
    return { permanent: true, reason, scope: 'message' };
  }
  // Nodemailer refused the address before asking the relay: it cannot be delivered to.
  if (failure.code === 'EENVELOPE' && /^Invalid recipient/.test(failure.message ?? ''))
    return { permanent: true, reason, scope: 'recipient' };
  if (failure.code === 'EMESSAGE') return { permanent: true, reason, scope: 'message' };
  if ((failure.code && NETWORK_CODES.has(failure.code)) || RELAY_COMMANDS.test(command)) {
    return { permanent: false, reason: failure.code ? `${failure.code}: ${reason}` : reason, scope: 'relay' };
  }
  return { permanent: false, reason, scope: 'message' };
}
