import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionsService } from '../../src/actions/actions.service';
import { LetterReports } from '../../src/letters/delivery/letter-reports.service';
import type { RecordLetterDto } from '../../src/letters/dto/send-letter.dto';
import { TooMany } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * "I've sent it" called as a plain method, with no HTTP server: a letter the writer sent on paper is counted once as an
 * appeal by post, a repeat answers the first, and one network address may report only so many a day.
 */
describe('LetterReports.record, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let reports: LetterReports;
  let actionId: string;
  let targetId: string;

  const onPaper = (name: string, overrides: Partial<RecordLetterDto> = {}) =>
    ({ targetId, channel: 'post', language: 'en', name, ...overrides }) as RecordLetterDto;
  const rows = (sql: string, parameters: unknown[]) => context.get(DataSource).query(sql, parameters);

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix, REPORTED_LETTERS_PER_IP_PER_DAY: '3' } });
    reports = context.get(LetterReports);
    const actions = context.get(ActionsService);
    actionId = (await actions.publish((await actions.create(inventedAction({ reference: 'UA 704/30' }))).id)).id;
    targetId = (await actions.get(actionId)).targets[0].target.id;
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('counts a letter sent on paper as one appeal by post, sent now, and keeps the writer only as a keyed hash', async () => {
    const receipt = await reports.record(actionId, onPaper('Ji-woo Park', { email: 'ji-woo@example.net' }), {
      supporter: null,
      ip: '192.0.2.10',
    });
    expect(receipt).toMatchObject({ actionId, targetId, channel: 'post', language: 'en', messageId: null, dueAt: null, repeated: false });
    expect(receipt.sentAt).toEqual(clock.now());
    const [appeal] = await rows('SELECT "channel", "letterCount", "sentAt" FROM appeal_record WHERE "id" = $1', [receipt.appealRecordId]);
    expect(appeal).toEqual({ channel: 'post', letterCount: 1, sentAt: clock.now() });
    const stored = JSON.stringify(await rows('SELECT * FROM reported_letter WHERE "appealRecordId" = $1', [receipt.appealRecordId]));
    expect(stored).not.toContain('ji-woo@example.net');
    expect(stored).not.toContain('192.0.2.10');
  });

  it('answers a repeated report with the first and counts it once; another channel is another letter', async () => {
    const reporter = { supporter: null, ip: '192.0.2.20' };
    const first = await reports.record(actionId, onPaper('Min-jun Lee'), reporter);
    const again = await reports.record(actionId, onPaper('Min-jun Lee'), reporter);
    expect(again).toMatchObject({ appealRecordId: first.appealRecordId, repeated: true });
    const mailto = await reports.record(actionId, onPaper('Min-jun Lee', { channel: 'mailto' }), reporter);
    expect(mailto).toMatchObject({ channel: 'mailto', repeated: false });
    expect(mailto.appealRecordId).not.toBe(first.appealRecordId);
    const counted = await rows('SELECT count(*)::int AS "count" FROM reported_letter WHERE "appealRecordId" = ANY($1)', [
      [first.appealRecordId, mailto.appealRecordId],
    ]);
    expect(counted).toEqual([{ count: 2 }]);
  });

  it('refuses a report past the daily cap of its network address, naming the limit, and counts nothing for it', async () => {
    const reporter = { supporter: null, ip: '192.0.2.30' };
    for (const name of ['A', 'B', 'C']) await reports.record(actionId, onPaper(`Writer ${name}`), reporter);
    const before = await rows('SELECT count(*)::int AS "count" FROM appeal_record WHERE "actionId" = $1', [actionId]);
    const refusal = await reports.record(actionId, onPaper('Writer D'), reporter).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TooMany);
    expect((refusal as TooMany).fieldErrors).toEqual([
      expect.objectContaining({ field: 'ip', message: expect.stringContaining('REPORTED_LETTERS_PER_IP_PER_DAY = 3') }),
    ]);
    expect(await rows('SELECT count(*)::int AS "count" FROM appeal_record WHERE "actionId" = $1', [actionId])).toEqual(before);
    // The first writer's repeat is still answered, past the cap.
    expect(await reports.record(actionId, onPaper('Writer A'), reporter)).toMatchObject({ repeated: true });
  });
});
