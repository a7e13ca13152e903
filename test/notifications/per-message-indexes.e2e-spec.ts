import { Client } from 'pg';
import { WRITER_STATE_SQL } from '../../src/letters/consent/letter-requests.repository';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/**
 * The queries that run per message or per request find their rows through an index. The tables here are empty, so
 * the planner would scan them whatever the indexes: sequential scans are switched off to ask whether an index
 * can serve the query at all.
 */
describe('indexes behind the per-message and per-request queries', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('SET enable_seqscan = off');
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  const indexesUsed = async (sql: string, parameters: unknown[]): Promise<string[]> => {
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    const names: string[] = [];
    const walk = (node: { 'Index Name'?: string; Plans?: unknown[] }) => {
      if (node['Index Name']) names.push(node['Index Name']);
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk(rows[0]['QUERY PLAN'][0].Plan);
    return names;
  };

  const id = '00000000-0000-4000-8000-000000000001';

  it.each([
    [
      "a target's last pacing slot",
      `SELECT max("dueAt") FROM notification_outbox WHERE "targetId" = $1 AND "kind" = 'target message' AND "status" <> 'cancelled'`,
      'notification_outbox_target_idx',
    ],
    ['claiming a due row', `SELECT * FROM notification_outbox WHERE "id" = ANY($1::uuid[]) AND "status" = 'queued'`, ''],
    ['the outbox rows of a fan-out', `SELECT count(*) FROM notification_outbox WHERE "fanoutId" = $1`, 'notification_outbox_fanout_idx'],
    [
      "a letter's outbox row by appeal record",
      `SELECT "id" FROM notification_outbox WHERE "appealRecordId" = $1`,
      'notification_outbox_appeal_record_idx',
    ],
    ["a supporter's appeal records", `SELECT "actionId" FROM appeal_record WHERE "supporterId" = $1`, 'appeal_record_supporter_idx'],
    ["a target's appeal records", `SELECT count(*) FROM appeal_record WHERE "targetId" = $1`, 'appeal_record_target_idx'],
    ["an action's targets by target", `SELECT "actionId" FROM action_target WHERE "targetId" = $1`, 'action_target_target_idx'],
    ["a supporter's sign-in tokens", `SELECT "id" FROM auth_token WHERE "supporterId" = $1`, 'auth_token_supporter_idx'],
  ])('%s', async (_name, sql, index) => {
    const parameters = sql.includes('ANY($1') ? [[id]] : [id];
    const used = await indexesUsed(sql, parameters);
    // '' : any index will do (the primary key or the queued rows' partial index).
    expect(used.some((name) => name.startsWith(index))).toBe(true);
  });

  it("a writer's earlier request, letters today and open confirmation, read in one statement on every send", async () => {
    const now = new Date();
    const used = await indexesUsed(WRITER_STATE_SQL, [
      id,
      id,
      'writer@example.org',
      now,
      'awaiting confirmation',
      new Date(now.getTime() - 86_400_000),
    ]);
    expect(used).toEqual(
      expect.arrayContaining(['letter_request_writer_idx', 'letter_request_email_day_idx', 'writer_confirmation_open_idx']),
    );
  });
});
