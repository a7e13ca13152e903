import { createHmac } from 'node:crypto';
import { normaliseWriterEmail } from '../../letters/consent/writer-email';

/** A keyed hash standing for a writer's address, so an opt-out (and its link) carries no address. */
export function replyQuestionWriterKey(writerEmail: string, secret: string): string {
  return createHmac('sha256', secret)
    .update(`reply-question-writer:${normaliseWriterEmail(writerEmail)}`)
    .digest('base64url');
}
