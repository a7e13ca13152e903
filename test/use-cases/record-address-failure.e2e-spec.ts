import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RecordAddressFailure } from '../../src/targets/use-cases/record-address-failure';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { createTestContext, TestContext } from '../support/test-app';

const NOW = new Date('2030-06-03T09:00:00Z');

/**
 * A target's address failing for good, as the sender and the bounce receiver record it in their own transaction,
 * called as a plain method with no HTTP server: the next address takes over, and only the last one flags the target.
 */
describe('RecordAddressFailure, without HTTP', () => {
  const clock = TestClock.at(NOW);
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let addressFailure: RecordAddressFailure;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => context.get(DataSource).query(sql, parameters);
  const record = (targetId: string, address: string) =>
    context.get(DataSource).transaction((manager) => addressFailure.execute(manager, targetId, address, `${address} is unknown`, NOW));

  interface AddressState {
    email: string | null;
    emailPrinted: string | null;
    undeliverableEmails: string[];
    emailUndeliverableAt: Date | null;
    emailUndeliverableReason: string | null;
  }
  const stateOf = async (targetId: string) =>
    (
      await rows<AddressState>(
        `SELECT "email", "emailPrinted", "undeliverableEmails", "emailUndeliverableAt", "emailUndeliverableReason" FROM target WHERE "id" = $1`,
        [targetId],
      )
    )[0];
  const office = async (emails: string[]) =>
    (
      await rows<{ id: string }>(
        `INSERT INTO target ("name", "kind", "country", "email", "emailPrinted", "emails") VALUES ('Invented Ministry', 'minister', 'FR', $1, $1, $2)
         RETURNING "id"`,
        [emails[0], emails],
      )
    )[0].id;

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    addressFailure = context.get(RecordAddressFailure);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('sends to the next address that has not failed, and flags the target for staff when none is left', async () => {
    const targetId = await office(['first@invented.example.org', 'second@invented.example.org']);

    expect(await record(targetId, 'first@Invented.Example.org')).toBe(true);
    expect(await stateOf(targetId)).toEqual({
      email: 'second@invented.example.org',
      emailPrinted: 'second@invented.example.org',
      undeliverableEmails: ['first@invented.example.org'],
      emailUndeliverableAt: null,
      emailUndeliverableReason: null,
    });

    expect(await record(targetId, 'second@invented.example.org')).toBe(true);
    expect(await stateOf(targetId)).toEqual({
      email: 'second@invented.example.org',
      emailPrinted: 'second@invented.example.org',
      undeliverableEmails: ['first@invented.example.org', 'second@invented.example.org'],
      emailUndeliverableAt: NOW,
      emailUndeliverableReason: 'second@invented.example.org is unknown',
    });
  });

  it('counts two failures at once, each read under the target lock', async () => {
    const targetId = await office(['a@invented.example.org', 'b@invented.example.org', 'c@invented.example.org']);

    await Promise.all([record(targetId, 'a@invented.example.org'), record(targetId, 'b@invented.example.org')]);

    const state = await stateOf(targetId);
    expect([...state.undeliverableEmails].sort()).toEqual(['a@invented.example.org', 'b@invented.example.org']);
    expect(state.email).toBe('c@invented.example.org');
    expect(state.emailUndeliverableAt).toBeNull();
  });

  it('answers false, changing nothing, when there is no such target', async () => {
    expect(await record(randomUUID(), 'a@invented.example.org')).toBe(false);
  });
});
