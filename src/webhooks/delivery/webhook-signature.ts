import { Webhook } from 'standardwebhooks';

/**
 * Deliveries follow the Standard Webhooks specification, so a receiver can check them with any of its libraries:
 * `webhook-id` (the delivery's id, the same on every retry), `webhook-timestamp` (Unix seconds of this attempt) and
 * `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the endpoint's secret).
 */
export const WEBHOOK_HEADERS = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

/** A secret given as `whsec_<base64>` is the specification's own form; any other string is used as its raw bytes. */
export function webhookSigner(secret: string): Webhook {
  return secret.startsWith('whsec_') ? new Webhook(secret) : new Webhook(secret, { format: 'raw' });
}

export function signedHeaders(secret: string, deliveryId: string, at: Date, body: string): Record<string, string> {
  return {
    [WEBHOOK_HEADERS.id]: deliveryId,
    [WEBHOOK_HEADERS.timestamp]: String(Math.floor(at.getTime() / 1000)),
    [WEBHOOK_HEADERS.signature]: webhookSigner(secret).sign(deliveryId, at, body),
  };
}
