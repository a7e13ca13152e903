import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionsService } from '../../src/actions/actions.service';
import type { UrgentAction } from '../../src/actions/urgent-action.entity';
import { LetterRequestStatus } from '../../src/letters/consent/letter-request-status';
import { LetterRequests } from '../../src/letters/consent/letter-requests.service';
import type { SendLetterDto } from '../../src/letters/dto/send-letter.dto';
import { TooMany } from '../../src/platform/errors/domain-errors';
import { DAY, TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * The consent use case called as a plain method, with no HTTP server: what a letter request writes and answers in the
 * database, for a new writer, a repeat, a lapsed link and an address past its daily cap.
 */
describe('LetterRequests.send, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let requests: LetterRequests;
  let action: UrgentAction;
  let targetId: string;

  const letter = (email: string, overrides: Partial<SendLetterDto> = {}) =>
    ({ targetId, channel: 'email', language: 'en', name: 'Ji-woo Park', email, ...overrides }) as SendLetterDto;
  const anonymous = { supporter: null, ip: null };
  const rows = (sql: string, parameters: unknown[]) => context.get(DataSource).query(sql, parameters);

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix, LETTERS_PER_ADDRESS_PER_DAY: '2' } });
    requests = context.get(LetterRequests);
    const actions = context.get(ActionsService);
    action = await actions.publish(
      (
        await actions.create(
          inventedAction({
            reference: 'UA 701/30',
            targets: [
              {
                role: 'primary',
                target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@invented.example.org' },
              },
              {
                role: 'copy',
                target: { name: 'Invented Prosecutor', kind: 'prosecutor', country: 'FR', email: 'prosecutor@invented.example.org' },
              },
              { role: 'copy', target: { name: 'Invented Embassy', kind: 'embassy', country: 'GB', email: 'embassy@invented.example.org' } },
            ],
          }),
        )
      ).id,
    );
    targetId = (await actions.get(action.id)).targets[0].target.id;
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it("writes a request awaiting the writer's confirmation, and the confirmation mail in the outbox, and counts nothing", async () => {
    const receipt = await requests.send(action.id, letter('new-writer@example.net'), anonymous);
    expect(receipt).toMatchObject({ status: LetterRequestStatus.AwaitingConfirmation, repeated: false, appealRecordId: null });
    expect(receipt.confirmation?.sentTo).toBe('new-writer@example.net');
    const [mail] = await rows(`SELECT "kind", "recipient" FROM notification_outbox WHERE "recipient" = $1`, ['new-writer@example.net']);
    expect(mail).toEqual({ kind: 'writer confirmation', recipient: 'new-writer@example.net' });
    expect(await rows('SELECT "id" FROM appeal_record WHERE "actionId" = $1', [action.id])).toEqual([]);
  });

  it('answers a repeat with the first request, and a second letter of the same visit joins the open confirmation', async () => {
    const first = await requests.send(action.id, letter('repeat@example.net'), anonymous);
    const again = await requests.send(action.id, letter('Repeat@Example.net'), anonymous);
    expect(again).toMatchObject({ letterRequestId: first.letterRequestId, repeated: true });
    const [, prosecutor] = (await context.get(ActionsService).get(action.id)).targets;
    const other = await requests.send(action.id, letter('repeat@example.net', { targetId: prosecutor.target.id }), anonymous);
    expect(other.letterRequestId).not.toBe(first.letterRequestId);
    const confirmations = await rows('SELECT "confirmationId" FROM letter_request WHERE "writerEmail" = $1', ['repeat@example.net']);
    expect(new Set(confirmations.map((row: { confirmationId: string }) => row.confirmationId)).size).toBe(1);
    expect(await rows(`SELECT "id" FROM notification_outbox WHERE "recipient" = $1`, ['repeat@example.net'])).toHaveLength(1);
  });

  it('asks again, in place, when the earlier link lapsed unconfirmed', async () => {
    const first = await requests.send(action.id, letter('lapsed@example.net'), anonymous);
    clock.advance(8 * DAY);
    try {
      const again = await requests.send(action.id, letter('lapsed@example.net'), anonymous);
      expect(again).toMatchObject({
        letterRequestId: first.letterRequestId,
        repeated: false,
        status: LetterRequestStatus.AwaitingConfirmation,
      });
      expect(again.confirmation?.expiresAt.getTime()).toBeGreaterThan(first.confirmation?.expiresAt.getTime() ?? Infinity);
    } finally {
      clock.set('2030-06-01T10:00:00Z');
    }
  });

  it('refuses an address past its daily cap, naming the field, and writes nothing for it', async () => {
    const targets = (await context.get(ActionsService).get(action.id)).targets.map((link) => link.target.id);
    await requests.send(action.id, letter('capped@example.net', { targetId: targets[0] }), anonymous);
    await requests.send(action.id, letter('capped@example.net', { targetId: targets[1] }), anonymous);
    const refusal = await requests
      .send(action.id, letter('capped@example.net', { targetId: targets[2] }), anonymous)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TooMany);
    expect((refusal as TooMany).fieldErrors).toEqual([expect.objectContaining({ field: 'email' })]);
    expect(await rows('SELECT "id" FROM letter_request WHERE "writerEmail" = $1', ['capped@example.net'])).toHaveLength(2);
  });
});
