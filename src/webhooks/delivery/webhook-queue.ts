/** The webhooks' queue and jobs, with their payloads, named in this one place. Payloads carry ids, not records. */
export const WEBHOOK_QUEUE = 'webhook-delivery';

export interface WebhookJobPayloads {
  /** One delivery row: sign its body and POST it; retried with backoff until the receiver takes it. */
  'deliver webhook': { deliveryId: string };
  /** Look for appeals recorded since the last pass, and wake deliveries whose job was lost. */
  'webhook maintenance': { requestedAt: string };
}
export type WebhookJobName = keyof WebhookJobPayloads;

/** Job ids come from the row (or the pass's ten-second slot), so adding one twice is a no-op while it waits. */
export const webhookJobIdOf = {
  'deliver webhook': (payload: WebhookJobPayloads['deliver webhook']) => `webhook-${payload.deliveryId}`,
  'webhook maintenance': (payload: WebhookJobPayloads['webhook maintenance']) =>
    `webhook-maintenance-${Math.floor(new Date(payload.requestedAt).getTime() / 10_000)}`,
} satisfies { [Name in WebhookJobName]: (payload: WebhookJobPayloads[Name]) => string };
