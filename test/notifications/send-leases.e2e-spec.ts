import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OutboxReconciler } from '../../src/notifications/reconcile/outbox-reconciler';
import { TargetMessages } from '../../src/notifications/sending/target-messages';
import { Target } from '../../src/targets/target.entity';
import { TargetKind } from '../../src/targets/target-kind';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

describe('sending with leases: no transaction while the relay answers', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let actionId: string;
  let targetId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { TARGET_MESSAGES_PER_HOUR: '3600' });
    const staff = await staffClient(testApp, 'admin');
    actionId = (await staff.post('/api/actions', inventedAction({ reference: 'UA 31/31' }))).body.id;
    await staff.post(`/api/actions/${actionId}/publish`);
    const targets = testApp.get(DataSource).getRepository(Target);
    targetId = (
      await targets.save(
        targets.create({ name: 'Invented Minister', kind: TargetKind.Minister, country: 'FR', email: 'minister@ministry.example.org' }),
      )
    ).id;
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  const letter = (key: string) =>
    testApp.get(TargetMessages).queue({
      dedupeKey: key,
      targetId,
      recipient: 'minister@ministry.example.org',
      actionId,
      language: 'en',
      subject: `Appeal ${key}`,
      text: 'Release her.',
      html: '<p>Release her.</p>',
    });

  it('holds no row lock and no open transaction while a slow relay answers', async () => {
    sink.dataDelayMs = 3000;
    await letter('slow-1');
    await waitFor('the relay to receive the message', () => sink.connections > 0 && sink.attempts > 0);
    const observer = new Client({ connectionString: testApp.database.url });
    await observer.connect();
    try {
      const [row] = (
        await observer.query(`SELECT "status", "leasedBy", "leaseExpiresAt" FROM notification_outbox WHERE "dedupeKey" = 'target:slow-1'`)
      ).rows;
      expect(row).toMatchObject({ status: 'queued', leasedBy: expect.any(String), leaseExpiresAt: expect.any(Date) });
      // With the old design the row was locked FOR UPDATE until SMTP answered: NOWAIT failed here.
      await observer.query('BEGIN');
      await expect(
        observer.query(`SELECT "id" FROM notification_outbox WHERE "dedupeKey" = 'target:slow-1' FOR UPDATE NOWAIT`),
      ).resolves.toBeDefined();
      await observer.query('ROLLBACK');
      const idle = await observer.query(
        `SELECT count(*)::int AS "count" FROM pg_stat_activity WHERE "datname" = current_database() AND "state" = 'idle in transaction' AND "pid" <> pg_backend_pid()`,
      );
      expect(idle.rows[0].count).toBe(0);
    } finally {
      await observer.end();
      sink.dataDelayMs = 0;
    }
    await waitUntilSettled(testApp);
    expect(sink.messages.map((mail) => mail.subject)).toContain('Appeal slow-1');
  });

  it("sends a row again, with the same Message-ID, once a crashed worker's lease has run out", async () => {
    const scheduled = await letter('crashed-1');
    const dataSource = testApp.get(DataSource);
    // A worker that claimed the row and died before settling it: its lease runs to 10:05.
    await dataSource.query(
      `UPDATE notification_outbox SET "leasedBy" = 'dead-worker', "leaseExpiresAt" = '2031-01-05T10:05:00Z', "dueAt" = '2031-01-05T10:00:00Z' WHERE "id" = $1`,
      [scheduled.id],
    );
    await testApp.get(OutboxReconciler).pass();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sink.messages.map((mail) => mail.subject)).not.toContain('Appeal crashed-1');
    expect((await dataSource.query(`SELECT "status" FROM notification_outbox WHERE "id" = $1`, [scheduled.id]))[0].status).toBe('queued');

    testApp.clock.set('2031-01-05T10:05:01Z');
    await testApp.get(OutboxReconciler).pass();
    await waitFor(
      'the row to be sent after the lease ran out',
      async () => (await dataSource.query(`SELECT "status" FROM notification_outbox WHERE "id" = $1`, [scheduled.id]))[0].status === 'sent',
    );
    const mail = sink.messages.find((message) => message.subject === 'Appeal crashed-1');
    expect(mail?.messageId).toBe(`<${scheduled.id}@urgent-action.example.org>`);
  });

  it('tries a settlement again when PostgreSQL refuses it once (a deadlock with a claim), so the sent row is not sent again', async () => {
    const dataSource = testApp.get(DataSource);
    // Refuses the first 'sent' settlement as PostgreSQL refuses a deadlock victim; the sequence counts the refusals.
    await dataSource.query(`CREATE SEQUENCE settle_refusals`);
    await dataSource.query(`
      CREATE FUNCTION refuse_first_settlement() RETURNS trigger AS $$
      BEGIN
        IF NEW."status" = 'sent' AND OLD."status" <> 'sent' AND NEW."dedupeKey" = 'target:refused-once' THEN
          IF nextval('settle_refusals') = 1 THEN
            RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01';
          END IF;
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await dataSource.query(
      `CREATE TRIGGER refuse_first_settlement BEFORE UPDATE ON notification_outbox FOR EACH ROW EXECUTE FUNCTION refuse_first_settlement()`,
    );
    try {
      await letter('refused-once');
      await waitUntilSettled(testApp);
      const [row] = await dataSource.query(
        `SELECT "status", "attempts" FROM notification_outbox WHERE "dedupeKey" = 'target:refused-once'`,
      );
      expect(row).toEqual({ status: 'sent', attempts: 1 });
      expect((await dataSource.query(`SELECT last_value FROM settle_refusals`))[0].last_value).toBe('2');
      expect(sink.messages.filter((mail) => mail.subject === 'Appeal refused-once')).toHaveLength(1);
    } finally {
      await dataSource.query(`DROP TRIGGER refuse_first_settlement ON notification_outbox`);
      await dataSource.query(`DROP FUNCTION refuse_first_settlement()`);
      await dataSource.query(`DROP SEQUENCE settle_refusals`);
    }
  });
});
