import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { LetterRequest } from '../letters/consent/letter-request.entity';
import { NotificationContent } from '../notifications/outbox/notification-content.entity';
import { NotificationKind } from '../notifications/outbox/notification-vocabulary';
import { OutboxMessage } from '../notifications/outbox/outbox-message.entity';
import { AppealRecord } from '../supporters/appeal-record.entity';
import type { ErasedSupporter } from './writer-traces';

/** A letter the system was asked to send in the writer's name, as far as we still hold it. */
export interface ExportedLetter
  extends
    Pick<OutboxMessage, 'actionId' | 'targetId' | 'status' | 'dueAt' | 'settledAt'>,
    Pick<NotificationContent, 'subject' | 'language' | 'fromName' | 'replyToName' | 'replyToAddress' | 'faxNumber'> {
  appealRecordId: string;
  /** The letter's words; empty once it has gone and no longer holds its writer. */
  text: string;
  /** The fax's PDF is still held. */
  holdsFaxPdf: boolean;
}

/** A request to send a letter in the writer's name, made from their account or their address. */
export type ExportedLetterRequest = Pick<
  LetterRequest,
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

/**
 * For a supporter's data export: the letters the system was asked to send in their name (from their account or
 * their address), as far as we still hold them, and the requests behind them. Each row is built field by field, so a
 * column the tables gain later is not exported unless it is added here.
 */
export async function writerData(manager: EntityManager, supporter: ErasedSupporter): Promise<WriterData> {
  const email = supporter.email.trim().toLowerCase();
  const requests = await manager.find(LetterRequest, {
    where: [{ supporterId: supporter.id }, { writerEmail: email }],
    order: { createdAt: 'ASC' },
  });
  const ownAppeals = await manager.find(AppealRecord, { select: { id: true }, where: { supporter: { id: supporter.id } } });
  const appealIds = [
    ...new Set([...ownAppeals.map(({ id }) => id), ...requests.flatMap(({ appealRecordId }) => (appealRecordId ? [appealRecordId] : []))]),
  ];
  return { letters: await letters(manager, appealIds), letterRequests: requests.map(exportedRequest) };
}

async function letters(manager: EntityManager, appealIds: string[]): Promise<ExportedLetter[]> {
  if (appealIds.length === 0) return [];
  const messages = await manager.find(OutboxMessage, {
    // Not the fax's PDF itself: only whether it is still held, asked below.
    select: {
      id: true,
      appealRecordId: true,
      actionId: true,
      targetId: true,
      status: true,
      dueAt: true,
      settledAt: true,
      createdAt: true,
      content: {
        id: true,
        subject: true,
        language: true,
        fromName: true,
        replyToName: true,
        replyToAddress: true,
        textBody: true,
        faxNumber: true,
      },
    },
    where: { kind: NotificationKind.TargetMessage, appealRecordId: In(appealIds), contentId: Not(IsNull()) },
    relations: { content: true },
    order: { createdAt: 'ASC' },
  });
  const contentIds = messages.flatMap(({ content }) => (content ? [content.id] : []));
  const holdingPdf = new Set(
    (
      await manager.find(NotificationContent, {
        select: { id: true },
        where: { id: In(contentIds), attachment: Not(IsNull()) },
      })
    ).map(({ id }) => id),
  );
  return messages.flatMap(({ appealRecordId, actionId, targetId, status, dueAt, settledAt, content }) =>
    appealRecordId && content
      ? [
          {
            appealRecordId,
            actionId,
            targetId,
            status,
            dueAt,
            settledAt,
            subject: content.subject,
            language: content.language,
            fromName: content.fromName,
            replyToName: content.replyToName,
            replyToAddress: content.replyToAddress,
            text: content.textBody,
            faxNumber: content.faxNumber,
            holdsFaxPdf: holdingPdf.has(content.id),
          },
        ]
      : [],
  );
}

const exportedRequest = (request: LetterRequest): ExportedLetterRequest => ({
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
