import { Clock } from '../common/clock';
import { loadConfiguration } from '../config/configuration';
import { SignedLinks } from './signed-links';

describe('SignedLinks', () => {
  let now = new Date('2030-01-01T00:00:00Z');
  const clock = { now: () => now } as Clock;
  const links = new SignedLinks(loadConfiguration({ MAGIC_LINK_SECRET: 'a secret for this test only' }).security, clock);
  const other = new SignedLinks(loadConfiguration({ MAGIC_LINK_SECRET: 'another secret entirely' }).security, clock);

  it('gives back the subject until the link expires', () => {
    const token = links.sign('supporter-session', 'supporter-1', 60_000);
    expect(links.verify('supporter-session', token)).toBe('supporter-1');
    now = new Date(now.getTime() + 60_000);
    expect(() => links.verify('supporter-session', token)).toThrow(/expired/);
  });

  it('refuses a link signed with another key, for another purpose, or cut short', () => {
    const token = links.sign('supporter-session', 'supporter-1', 60_000);
    expect(() => other.verify('supporter-session', token)).toThrow(/not valid/);
    expect(() => links.verify('confirm-subscription', token)).toThrow(/not valid/);
    expect(() => links.verify('supporter-session', token.split('.')[0])).toThrow(/not valid/);
  });
});
