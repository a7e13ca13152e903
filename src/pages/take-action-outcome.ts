import { LetterRequestStatus } from '../letters/consent/letter-request-status';
import type { LetterRequestReceipt } from '../letters/consent/letter-requests.service';
import type { LetterReceipt } from '../letters/delivery/letter-delivery.service';

/**
 * What the page says became of a letter (`take.done.<outcome>`): sent or queued by its channel, waiting for the
 * writer's confirmation, cancelled, or asked for (or reported) before.
 */
export function outcomeOf(receipt: (LetterReceipt & { repeated: boolean }) | LetterRequestReceipt, channel: string): string {
  const requested = 'status' in receipt;
  if (receipt.repeated) return requested ? 'repeated' : 'reportedAgain';
  if (!requested || receipt.status === LetterRequestStatus.Confirmed) return channel;
  return receipt.status === LetterRequestStatus.AwaitingConfirmation ? 'confirm' : 'cancelled';
}
