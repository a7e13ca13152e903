import { waitFor } from '../support/wait-for';
import { startTcpProxy, TcpProxy } from '../support/tcp-proxy';
import { createTestApp, TestApp } from '../support/test-app';

/** Each check gives up after 2 s: a health request that takes much longer is hanging on the outage it should report. */
const ANSWER_WITHIN_MS = 6000;
/** An answer stands for a second and a check waits 2 s: "a few seconds", with room for a loaded machine. */
const OUTAGE_SHOWS_WITHIN_MS = 10_000;

interface HealthAnswer {
  status: number;
  body: { status: string; details: Record<string, { status: string; message?: string }> };
}

describe('/api/health while the database or Redis stops answering', () => {
  let database: TcpProxy;
  let redis: TcpProxy;
  let api: TestApp;

  beforeAll(async () => {
    redis = await startTcpProxy(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    api = await createTestApp({
      environment: { REDIS_URL: redis.url },
      reachDatabaseAt: async (url) => (database = await startTcpProxy(url)).url,
    });
  });

  afterEach(() => {
    database.answerAgain();
    redis.answerAgain();
  });

  afterAll(async () => {
    await api.close();
    await database.close();
    await redis.close();
  });

  const health = async (): Promise<HealthAnswer> => {
    const response = await fetch(`${api.baseUrl}/api/health`, { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
    return { status: response.status, body: (await response.json()) as HealthAnswer['body'] };
  };
  const down = (name: string) => async () => {
    const answer = await health();
    return answer.status === 503 && answer.body.details[name]?.status === 'down' ? answer : null;
  };
  const upAgain = async () => {
    const answer = await health();
    return answer.status === 200 && answer.body.details.database.status === 'up' && answer.body.details.redis.status === 'up';
  };

  it('answers a burst of requests from one probe of the database and of Redis, not one each', async () => {
    expect((await health()).status).toBe(200);
    const before = { database: database.chunksToTarget, redis: redis.chunksToTarget };
    const answers = await Promise.all(Array.from({ length: 50 }, () => health()));
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    expect(answers.map((answer) => answer.body.details)).toContainEqual(
      expect.objectContaining({ database: expect.objectContaining({ status: 'up' }) }),
    );
    // A probe is a query and a PING, asked again after a second: a slow run may see two or three, never fifty.
    expect(database.chunksToTarget - before.database).toBeLessThanOrEqual(5);
    expect(redis.chunksToTarget - before.redis).toBeLessThanOrEqual(5);
  });

  it('says the database is down within a few seconds of it no longer answering, and up once it answers again', async () => {
    expect((await health()).status).toBe(200);
    database.stopAnswering();
    const answer = (await waitFor('health to report the database down', down('database'), OUTAGE_SHOWS_WITHIN_MS))!;
    expect(answer.body.details.database.message).toMatch(/timeout/);
    expect(answer.body.details.redis.status).toBe('up');
    database.answerAgain();
    await waitFor('health to report the database up again', upAgain, 15_000);
  }, 40_000);

  it('says Redis is down within a few seconds of it no longer answering, and up once it answers again', async () => {
    expect((await health()).status).toBe(200);
    redis.stopAnswering();
    const answer = (await waitFor('health to report Redis down', down('redis'), OUTAGE_SHOWS_WITHIN_MS))!;
    expect(answer.body.details.database.status).toBe('up');
    redis.answerAgain();
    await waitFor('health to report Redis up again', upAgain, 15_000);
  }, 40_000);
});
