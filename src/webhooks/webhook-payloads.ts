import type { ActionRecord, ActionUpdateRecord } from '../actions/action-read-model';
import type { WebhookEventName } from './webhook-events';
import type { RecordedAppeal } from './webhooks.repository';

/** The body of every delivery, in the Standard Webhooks shape: what happened, when, and its data. */
export function webhookBody(event: WebhookEventName, occurredAt: Date, data: object): string {
  return JSON.stringify({ type: event, timestamp: occurredAt.toISOString(), data });
}

export function actionData(action: ActionRecord) {
  return {
    id: action.id,
    reference: action.reference,
    title: action.title,
    status: action.status,
    outcome: action.outcome,
    appealDeadline: action.appealDeadline.toISOString(),
    appealDeadlineTimeZone: action.appealDeadlineTimeZone,
  };
}

export function updateData(update: ActionUpdateRecord) {
  return {
    id: update.id,
    sequence: update.sequence,
    kind: update.kind,
    title: update.title,
    publishedAt: update.publishedAt.toISOString(),
    newAppealDeadline: update.newAppealDeadline?.toISOString() ?? null,
  };
}

/**
 * An appeal and the totals it joins. The writer's name, email, city and country come only to their own section's
 * endpoint, and only when they are confirmed and agreed to share with it; never to a network endpoint.
 */
export function appealData(
  appeal: RecordedAppeal,
  totals: { letters: number; sectionLetters: number | null },
  endpointSectionId: string | null,
) {
  const shares =
    endpointSectionId !== null &&
    appeal.writerShares === true &&
    appeal.writerConfirmed === true &&
    appeal.writerSectionId === endpointSectionId;
  return {
    action: { id: appeal.actionId, reference: appeal.reference, title: appeal.title },
    appeal: {
      id: appeal.id,
      channel: appeal.channel,
      letters: appeal.letterCount,
      sentAt: new Date(appeal.sentAt).toISOString(),
      targetId: appeal.targetId,
      targetName: appeal.targetName,
    },
    totals: { actionLetters: totals.letters, ...(endpointSectionId !== null && { sectionLetters: totals.sectionLetters ?? 0 }) },
    ...(shares && {
      writer: { name: appeal.writerName, email: appeal.writerEmail, city: appeal.writerCity, country: appeal.writerCountry },
    }),
  };
}
