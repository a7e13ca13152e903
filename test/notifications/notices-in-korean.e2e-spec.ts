import { OutboxReconciler } from '../../src/notifications/reconcile/outbox-reconciler';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

describe('notices and reminders in the reader’s language, Korean included', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;

  const mailTo = (address: string) => sink.messages.find((mail) => mail.to && 'text' in mail.to && mail.to.text === address);

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-03-20T12:00:00Z');
    const staff = await staffClient(testApp, 'admin');
    for (const section of [
      {
        code: 'KR',
        country: 'KR',
        name: '한국지부',
        languages: ['ko', 'en'],
        timeZone: 'Asia/Seoul',
        contactEmail: 'ua@kr.example.org',
        reminderDaysBefore: [7],
      },
      {
        code: 'GB',
        country: 'GB',
        name: 'UK section',
        languages: ['en'],
        timeZone: 'Europe/London',
        contactEmail: 'ua@gb.example.org',
        reminderDaysBefore: [7],
      },
    ])
      expect((await staff.post('/api/sections', section)).status).toBe(201);
    const created = await staff.post(
      '/api/actions',
      inventedAction({ reference: 'UA 42/31', appealDeadline: '2031-04-02', appealDeadlineTimeZone: 'Asia/Seoul' }),
    );
    expect((await staff.post(`/api/actions/${created.body.id}/publish`)).status).toBe(200);
    await waitFor('the new action notices to both sections', () => sink.messages.length === 2);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('writes a new-action notice in the section’s first language: Korean for Korea, English for the UK', () => {
    const korean = mailTo('ua@kr.example.org')!;
    expect(korean.subject).toBe('새 긴급행동: UA 42/31 Invented case for tests');
    expect(korean.text).toMatch(/^한국지부님, 안녕하세요\.\n/);
    expect(korean.text).toContain('이렇게 써 주세요:');
    expect(korean.html).toContain('<html lang="ko">');
    const english = mailTo('ua@gb.example.org')!;
    expect(english.subject).toBe('New Urgent Action: UA 42/31 Invented case for tests');
    expect(english.text).toMatch(/^Dear UK section,\n/);
  });

  it('sends the Korean section its deadline reminder in Korean', async () => {
    sink.messages.length = 0;
    // The last day of appeals is 1 April; seven days before at 09:00 is 00:00 UTC in Seoul and 09:00 UTC in London.
    testApp.clock.set('2031-03-25T09:00:00Z');
    await testApp.get(OutboxReconciler).pass();
    await waitFor('both 7-day reminders', () => sink.messages.length === 2);
    expect(mailTo('ua@kr.example.org')!.subject).toBe('탄원 마감까지 7일 남았습니다: UA 42/31 Invented case for tests');
    expect(mailTo('ua@gb.example.org')!.subject).toBe('Appeals close in 7 days: UA 42/31 Invented case for tests');
  });
});
