import type { ParsedMail } from 'mailparser';
import type { SmtpSink } from './smtp-sink';
import { waitFor } from './wait-for';
import type { httpClient } from './http';

const CONFIRMATION_LINK = /\/my\/letters\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/;

const to = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((field) => field.value.map((entry) => entry.address));

/** The confirmation mails the writer's inbox holds. */
export function confirmationMails(smtp: SmtpSink, email: string): ParsedMail[] {
  return smtp.messages.filter((mail) => to(mail).includes(email) && CONFIRMATION_LINK.test(mail.text ?? ''));
}

/**
 * Waits for the confirmation mail to `email` and answers the token of its link. `take` removes the mail from the
 * sink, so a test counting the letters that reached targets sees only those.
 */
export async function confirmationToken(smtp: SmtpSink, email: string, options: { take?: boolean } = {}): Promise<string> {
  const mail = (await waitFor(`a confirmation mail to ${email}`, () => confirmationMails(smtp, email).at(-1))) as ParsedMail;
  if (options.take) smtp.messages.splice(smtp.messages.indexOf(mail), 1);
  return CONFIRMATION_LINK.exec(mail.text ?? '')?.[1] as string;
}

/** A letter sent as an anonymous writer does: asked for, then confirmed from the inbox. Answers the confirmed receipt. */
export async function sendConfirmed(
  http: ReturnType<typeof httpClient>,
  smtp: SmtpSink,
  actionId: string,
  body: { email: string; targetId: string } & Record<string, unknown>,
) {
  const asked = await http.post(`/api/actions/${actionId}/letters/send`, body);
  if (asked.status !== 202) throw new Error(`asking for the letter answered ${asked.status} ${JSON.stringify(asked.body)}`);
  const confirmed = await http.post(`/api/letters/confirm/${await confirmationToken(smtp, body.email.toLowerCase(), { take: true })}`);
  if (confirmed.status !== 200) throw new Error(`confirming answered ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  return {
    status: confirmed.status,
    body: confirmed.body.letters.find((letter: any) => letter.letterRequestId === asked.body.letterRequestId),
  };
}
