import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const secret = 'a-secret-of-enough-length';
  const scope = {
    kind: 'action',
    supporterId: '6b1d0c1e-0000-4000-8000-000000000001',
    actionId: '6b1d0c1e-0000-4000-8000-000000000002',
  } as const;

  it('reads back what it signed', () => {
    expect(readUnsubscribeToken(signUnsubscribeToken(scope, secret), secret)).toEqual(scope);
  });

  it('refuses a token whose payload was changed, one signed with another secret, and garbage', () => {
    const token = signUnsubscribeToken(scope, secret);
    const [, signed] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...scope, supporterId: 'someone-else' })).toString('base64url')}.${signed}`;
    expect(readUnsubscribeToken(forged, secret)).toBeNull();
    expect(readUnsubscribeToken(signUnsubscribeToken(scope, 'another-secret-entirely'), secret)).toBeNull();
    expect(readUnsubscribeToken('not-a-token', secret)).toBeNull();
  });
});
