import { DataSource } from 'typeorm';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';

describe('"I’ve sent it" counts once per writer, target, action and channel, and an IP may report only so many a day', () => {
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  let action: any;

  beforeAll(async () => {
    app = await letterTestApp({ SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000', REPORTED_LETTERS_PER_IP_PER_DAY: '6' });
    http = httpClient(app.testApp.baseUrl);
    action = await publishedAction(app.testApp);
  });
  afterAll(() => app.testApp.close());

  const targetId = (name: string) => action.targets.find((link: any) => link.target.name === name).target.id;
  const counted = () =>
    app.testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .count({ where: { action: { id: action.id } } });
  const report = (fields: Record<string, unknown>) =>
    http.post(`/api/actions/${action.id}/letters/record`, { targetId: targetId('Ri Myong-su'), channel: 'post', ...fields });

  it('answers a repeated report with the first, however often an anonymous writer clicks', async () => {
    const first = await report({ name: 'Ji-woo Park' });
    expect(first.status).toBe(201);
    const again = await Promise.all(Array.from({ length: 20 }, () => report({ name: 'Ji-woo Park' })));
    expect(new Set(again.map((answer) => answer.status))).toEqual(new Set([200]));
    expect(new Set(again.map((answer) => answer.body.appealRecordId))).toEqual(new Set([first.body.appealRecordId]));
    expect(again[0].body.repeated).toBe(true);
    expect(await counted()).toBe(1);
    expect((await (await staffClient(app.testApp, 'editor')).get(`/api/actions/${action.id}/figures`)).body.total).toBe(1);

    // Another channel is another letter; another writer (by address) is another appeal; the same address again is not.
    expect((await report({ name: 'Ji-woo Park', channel: 'mailto' })).status).toBe(201);
    expect((await report({ name: 'Min-jun Lee', email: 'min-jun@example.net' })).status).toBe(201);
    expect((await report({ name: 'Min-jun', email: 'MIN-JUN@example.net' })).status).toBe(200);
    expect(await counted()).toBe(3);
    // Who reported is kept only as a keyed hash.
    const stored = JSON.stringify(await app.testApp.get(DataSource).query('SELECT * FROM reported_letter'));
    expect(stored).not.toContain('min-jun@example.net');
    expect(stored).not.toContain('127.0.0.1');
  });

  it('refuses reports from one IP past the daily cap with 429 naming the limit', async () => {
    const before = await counted();
    const answers = [];
    for (const name of ['A', 'B', 'C', 'D']) answers.push(await report({ name: `Writer ${name}` }));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 429]);
    expect(answers[3].body.errors).toEqual([{ field: 'ip', message: expect.stringContaining('REPORTED_LETTERS_PER_IP_PER_DAY = 6') }]);
    expect(await counted()).toBe(before + 3);
  });
});

describe('"I’ve sent it" from many writers behind one IP address at the same moment', () => {
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  let action: any;

  beforeAll(async () => {
    app = await letterTestApp({ SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000', REPORTED_LETTERS_PER_IP_PER_DAY: '4' });
    http = httpClient(app.testApp.baseUrl);
    action = await publishedAction(app.testApp);
  });
  afterAll(() => app.testApp.close());

  it('takes them side by side up to the cap, and counts each writer once', async () => {
    const targetId = action.targets[0].target.id;
    const report = (name: string) => http.post(`/api/actions/${action.id}/letters/record`, { targetId, channel: 'post', name });
    const answers = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'A', 'A'].map((name) => report(`Writer ${name}`)));
    const accepted = answers.filter((answer) => answer.status === 201);
    expect(accepted).toHaveLength(4);
    expect(answers.filter((answer) => answer.status === 429).length + answers.filter((answer) => answer.status === 200).length).toBe(6);
    expect(
      await app.testApp
        .get(DataSource)
        .getRepository(AppealRecord)
        .count({ where: { action: { id: action.id } } }),
    ).toBe(4);
    // Writer A's report, repeated alongside, is one appeal however the three copies were answered.
    const writerA = answers
      .slice(8)
      .concat(answers[0])
      .filter((answer) => answer.status !== 429);
    expect(new Set(writerA.map((answer) => answer.body.appealRecordId)).size).toBeLessThanOrEqual(1);
    app.clock.time = new Date(app.clock.time.getTime() + 24 * 3_600_000 + 1000);
    expect((await report('Writer I')).status).toBe(201);
  });
});
