import { simpleParser } from 'mailparser';

/** What a message sent to a bounce address says about the delivery. */
export interface BounceReport {
  /** 'failed' settles the row; 'delayed', 'delivered', 'relayed', 'expanded' only say how it is going. */
  action: string;
  /** The address that failed, as the reporting server names it. */
  recipient: string | null;
  /** The enhanced status (RFC 3463), e.g. 5.1.1. */
  status: string | null;
  /** The reason for people: the remote server's answer, or the bounce's subject when it carries no report. */
  reason: string;
}

const DELIVERY_STATUS = /^message\/(global-)?delivery-status$/i;
/** A bounce without a machine-readable report still comes from a mailer daemon or says so in its subject. */
const BOUNCE_SENDER = /^(mailer-daemon|postmaster)@/i;
const BOUNCE_SUBJECT = /undeliver|delivery (status notification|failure|has failed)|returned mail|failure notice|mail delivery failed/i;

/**
 * Reads a bounce: the MIME structure with mailparser (a DSN's report kept as its message/delivery-status part), then
 * the report's fields (RFC 3464). Answers null for mail that is no bounce, such as an auto-reply sent to the return path.
 */
export async function readBounce(raw: Buffer): Promise<BounceReport | null> {
  const mail = await simpleParser(raw, { keepDeliveryStatus: true, skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true });
  const report = mail.attachments.find((part) => DELIVERY_STATUS.test(part.contentType));
  if (report) return fromDeliveryStatus(report.content.toString('utf8'));
  const sender = mail.from?.value[0]?.address ?? '';
  if (!BOUNCE_SENDER.test(sender) && !BOUNCE_SUBJECT.test(mail.subject ?? '')) return null;
  return { action: 'failed', recipient: null, status: null, reason: (mail.subject ?? 'returned mail').slice(0, 1000) };
}

/** The first recipient the report says failed, else the first it names. */
function fromDeliveryStatus(text: string): BounceReport | null {
  const [, ...recipients] = text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map(fieldsOf);
  const named = recipients.filter((fields) => fields.has('final-recipient') || fields.has('action'));
  const chosen = named.find((fields) => fields.get('action')?.toLowerCase() === 'failed') ?? named[0];
  if (!chosen) return null;
  const status = chosen.get('status') ?? null;
  const diagnostic = chosen.get('diagnostic-code')?.replace(/^[\w-]+;\s*/, '');
  return {
    action: (chosen.get('action') ?? 'failed').toLowerCase(),
    recipient:
      chosen
        .get('final-recipient')
        ?.replace(/^[\w-]+;\s*/, '')
        .replace(/^<|>$/g, '') ?? null,
    status,
    reason: (diagnostic ?? `status ${status ?? 'unknown'}`).slice(0, 1000),
  };
}

/** One block of "Name: value" fields, folded lines joined, names lowered. */
function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split('\n')) {
    if (/^\s/.test(line) && last) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  return fields;
}
