import type { LetterRequestRecord } from '../letters/consent/letter-request-record';
import type { HeldLetter } from '../notifications/use-cases/list-letters-of-appeals';

/** A letter the system was asked to send in the writer's name, as far as we still hold it. */
export type ExportedLetter = HeldLetter;

/** A request to send a letter in the writer's name, made from their account or their address. */
export type ExportedLetterRequest = Pick<
  LetterRequestRecord,
  | 'id'
  | 'actionId'
  | 'targetId'
  | 'channel'
  | 'status'
  | 'writerEmail'
  | 'letter'
  | 'requesterIp'
  | 'createdAt'
  | 'confirmedAt'
  | 'appealRecordId'
>;

export interface WriterData {
  letters: ExportedLetter[];
  letterRequests: ExportedLetterRequest[];
}

export const exportedRequest = (request: LetterRequestRecord): ExportedLetterRequest => ({
  id: request.id,
  actionId: request.actionId,
  targetId: request.targetId,
  channel: request.channel,
  status: request.status,
  writerEmail: request.writerEmail,
  letter: request.letter,
  requesterIp: request.requesterIp,
  createdAt: request.createdAt,
  confirmedAt: request.confirmedAt,
  appealRecordId: request.appealRecordId,
});
