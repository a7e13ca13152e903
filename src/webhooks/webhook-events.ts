/** The events a section's tool can hear, by the names it subscribes with. */
export const WEBHOOK_EVENTS = [
  'action.published',
  'action.update_posted',
  'action.deadline_extended',
  'action.closed',
  'appeal.recorded',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];
