import { pathForLog, withoutPersonalData } from './personal-data-scrub';

describe('what a log line may not carry', () => {
  it('replaces email addresses and tokens, and keeps row and job ids', () => {
    const line =
      '{"msg":"550 5.1.1 <ji-woo.park@example.org>: no such user","jobId":"send-0b0f3c4e-5a8b-4c1d-9e2f-1a2b3c4d5e6f","token":"eyJwdXJwb3NlIjoic3VwcG9ydGVyLXNlc3Npb24ifQ.aGVsbG8td29ybGQtc2lnbmF0dXJl"}';
    expect(withoutPersonalData(line)).toBe(
      '{"msg":"550 5.1.1 <[email]>: no such user","jobId":"send-0b0f3c4e-5a8b-4c1d-9e2f-1a2b3c4d5e6f","token":"[token]"}',
    );
    expect(withoutPersonalData('setup link /staff/setup/Qx3vR2m9TtZkP0aLw8YbN4cD7eF1gH5jK6lM')).toBe('setup link /staff/setup/[token]');
  });

  it('drops query strings and redacts path segments holding a token or an address', () => {
    expect(pathForLog('/my/session/eyJwdXJwb3NlIjoic3VwcG9ydGVyLXNlc3Npb24ifQ.aGVsbG8td29ybGQtc2lnbmF0dXJl?lang=en')).toBe(
      '/my/session/:redacted',
    );
    expect(pathForLog('/api/supporters/someone%40example.org/x')).toBe('/api/supporters/:redacted/x');
    expect(pathForLog('/urgent-actions/0b0f3c4e-5a8b-4c1d-9e2f-1a2b3c4d5e6f/letters?email=a@b.org')).toBe(
      '/urgent-actions/0b0f3c4e-5a8b-4c1d-9e2f-1a2b3c4d5e6f/letters',
    );
  });
});
