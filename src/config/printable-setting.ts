import { redactedUrl } from '../bootstrap/redacted-url';

const SECRET_NAME = /SECRET|PASSWORD|TOKEN|KEY/;

/** A setting's value fit for a start-up message: secrets only by length, URLs without their password. */
export function printableSetting(name: string, value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  if (SECRET_NAME.test(name)) return `(${value.length} characters, not shown)`;
  if (name.endsWith('_URL')) return JSON.stringify(redactedUrl(value));
  return JSON.stringify(value);
}
