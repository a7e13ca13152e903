import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What one click stops: a section address's notices, a supporter's notices for one action, for the whole network,
 * or (from a summary, which spans both) every notice the supporter gets.
 */
export type UnsubscribeScope =
  | { kind: 'section'; sectionId: string; email: string }
  | { kind: 'action'; supporterId: string; actionId: string }
  | { kind: 'network'; supporterId: string }
  | { kind: 'everything'; supporterId: string }
  /** A writer asked whether their letters got a reply, by a keyed hash of their address: no further such questions. */
  | { kind: 'reply-questions'; writerKey: string };

export const SCOPE_KINDS: UnsubscribeScope['kind'][] = ['section', 'action', 'network', 'everything', 'reply-questions'];

const encode = (text: string | Buffer) => Buffer.from(text).toString('base64url');

function signature(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest();
}

export function signUnsubscribeToken(scope: UnsubscribeScope, secret: string): string {
  const payload = encode(JSON.stringify(scope));
  return `${payload}.${encode(signature(payload, secret))}`;
}

/** The scope the token names, or null when it is malformed or its signature does not match. */
export function readUnsubscribeToken(token: string, secret: string): UnsubscribeScope | null {
  const [payload, signed, ...rest] = token.split('.');
  if (!payload || !signed || rest.length > 0) return null;
  const expected = signature(payload, secret);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const scope = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as UnsubscribeScope;
    return SCOPE_KINDS.includes(scope?.kind) ? scope : null;
  } catch {
    return null;
  }
}
