import { createHmac, randomBytes } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { PersonalDataService } from '../../src/supporters/personal-data.service';
import { Supporter } from '../../src/supporters/supporter.entity';
import { WebhookMaintenance } from '../../src/webhooks/use-cases/webhook-maintenance';
import { flushQueueKeys } from '../support/flush-queues';
import { waitFor } from '../support/wait-for';
import { answerValidator } from '../support/answer-validator';
import { coordinatorClient, staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { ReceivedWebhook, WebhookReceiver } from './webhook-receiver';

const SECRET = 'nz-section-crm-shared-secret-0123456789';
const NETWORK_SECRET = `whsec_${randomBytes(24).toString('base64')}`;

/** Checks the signature by hand, as the Standard Webhooks specification defines it, and with its library. */
function assertSigned(webhook: ReceivedWebhook, secret: Buffer | string, library: Webhook): void {
  const id = webhook.headers['webhook-id'] as string;
  const timestamp = webhook.headers['webhook-timestamp'] as string;
  const expected = createHmac('sha256', secret).update(`${id}.${timestamp}.${webhook.body}`).digest('base64');
  expect(webhook.headers['webhook-signature']).toBe(`v1,${expected}`);
  expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);
  expect(() => library.verify(webhook.body, webhook.headers as Record<string, string>)).not.toThrow();
}

const typeOf = (webhook: ReceivedWebhook) => (JSON.parse(webhook.body) as { type: string }).type;
const dataOf = (webhook: ReceivedWebhook) => (JSON.parse(webhook.body) as { data: any }).data;

describe('signed outbound webhooks for sections’ tools', () => {
  const nzTool = new WebhookReceiver();
  const networkTool = new WebhookReceiver();
  const queuePrefix = `uatest-${randomBytes(4).toString('hex')}`;
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof staffClient>>;
  let coordinator: Awaited<ReturnType<typeof coordinatorClient>>;
  let nz: string;
  let ie: string;
  let nzEndpointId: string;

  const publishedAction = async (reference: string) => {
    const created = await admin.post('/api/actions', inventedAction({ reference, appealDeadline: '2031-01-15' }));
    expect((await admin.post(`/api/actions/${created.body.id}/publish`)).status).toBe(200);
    return { actionId: created.body.id as string, targetId: created.body.targets[0].target.id as string };
  };
  const takenOf = (tool: WebhookReceiver, type: string, actionId: string) =>
    tool.taken().filter((webhook) => typeOf(webhook) === type && dataOf(webhook).action.id === actionId);
  /** Waits until the tool has taken `count` events of this type about the action, and answers them. */
  const waitTaken = async (tool: WebhookReceiver, type: string, actionId: string, count = 1): Promise<ReceivedWebhook[]> => {
    await waitFor(`${count} ${type} taken`, () => takenOf(tool, type, actionId).length >= count);
    return takenOf(tool, type, actionId);
  };

  beforeAll(async () => {
    await nzTool.start();
    await networkTool.start();
    testApp = await createTestApp({
      environment: { RUN_WORKER: 'true', RUN_SCHEDULER: 'false', QUEUE_PREFIX: queuePrefix, WEBHOOK_RETRY_DELAY_MS: '100' },
    });
    admin = await staffClient(testApp, 'admin');
    const section = async (code: string, timeZone: string) =>
      (
        await admin.post('/api/sections', {
          code,
          country: code,
          name: `Invented section ${code}`,
          languages: ['en'],
          timeZone,
          contactEmail: `ua@${code.toLowerCase()}.example.org`,
        })
      ).body.id as string;
    nz = await section('NZ', 'Pacific/Auckland');
    ie = await section('IE', 'Europe/Dublin');
    coordinator = await coordinatorClient(testApp, nz);
    const registered = await coordinator.post(`/api/sections/${nz}/webhooks`, {
      url: nzTool.url,
      secret: SECRET,
      events: ['action.published', 'action.update_posted', 'action.deadline_extended', 'action.closed', 'appeal.recorded'],
    });
    expect(registered.status).toBe(201);
    expect(JSON.stringify(registered.body)).not.toContain(SECRET);
    nzEndpointId = registered.body.id;
    expect(
      (await admin.post('/api/webhooks', { url: networkTool.url, secret: NETWORK_SECRET, events: ['action.published', 'appeal.recorded'] }))
        .status,
    ).toBe(201);
  }, 60_000);

  afterAll(async () => {
    await testApp?.close();
    await flushQueueKeys(queuePrefix);
    await nzTool.stop();
    await networkTool.stop();
  });

  it('delivers each action event once, signed, after retrying a receiver that answered 500', async () => {
    nzTool.failNext(500);
    const { actionId } = await publishedAction('UA 801/30');
    const [published] = await waitTaken(nzTool, 'action.published', actionId);
    const tries = nzTool.received.filter((webhook) => webhook.headers['webhook-id'] === published.headers['webhook-id']);
    expect(tries.map((webhook) => webhook.answeredWith)).toEqual([500, 200]);
    expect(tries[0].body).toBe(tries[1].body);
    for (const webhook of tries) assertSigned(webhook, SECRET, new Webhook(SECRET, { format: 'raw' }));
    expect(dataOf(published).action).toMatchObject({ id: actionId, reference: 'UA 801/30', status: 'published' });
    const [network] = await waitTaken(networkTool, 'action.published', actionId);
    assertSigned(network, Buffer.from(NETWORK_SECRET.slice('whsec_'.length), 'base64'), new Webhook(NETWORK_SECRET));

    expect(
      (await admin.post(`/api/actions/${actionId}/updates`, { kind: 'further information', title: 'More news', body: 'Still held.' }))
        .status,
    ).toBe(201);
    expect(
      (
        await admin.post(`/api/actions/${actionId}/updates`, {
          kind: 'deadline extension',
          title: 'Keep writing',
          body: 'Appeals are still needed.',
          newAppealDeadline: '2031-03-01',
        })
      ).status,
    ).toBe(201);
    expect((await admin.post(`/api/actions/${actionId}/close`, { outcome: 'released' })).status).toBe(200);
    const [extended] = await waitTaken(nzTool, 'action.deadline_extended', actionId);
    expect(dataOf(extended).update).toMatchObject({ kind: 'deadline extension', newAppealDeadline: expect.stringMatching(/^2031-0[23]-/) });
    await waitFor(
      'the update and the closing',
      () => takenOf(nzTool, 'action.update_posted', actionId).length > 0 && takenOf(nzTool, 'action.closed', actionId).length > 0,
    );
    expect(dataOf(takenOf(nzTool, 'action.closed', actionId)[0]).action).toMatchObject({ status: 'closed', outcome: 'released' });
    for (const type of ['action.published', 'action.update_posted', 'action.deadline_extended', 'action.closed'])
      expect(takenOf(nzTool, type, actionId)).toHaveLength(1);
    // The network's endpoint asked for publications only.
    expect(
      networkTool
        .taken()
        .filter((webhook) => dataOf(webhook).action?.id === actionId)
        .map(typeOf),
    ).toEqual(['action.published']);

    const log = await coordinator.get(`/api/sections/${nz}/webhooks/${nzEndpointId}/deliveries`);
    expect(log.status).toBe(200);
    const publishedLog = log.body.find((row: any) => row.id === published.headers['webhook-id']);
    expect(publishedLog).toMatchObject({
      event: 'action.published',
      status: 'delivered',
      attempts: 2,
      lastStatusCode: 200,
      lastError: null,
    });
  });

  it('tells of appeals with totals, and names a writer only to their own section and only when they agreed to share', async () => {
    const { actionId, targetId } = await publishedAction('UA 802/30');
    const supporters = testApp.get(DataSource).getRepository(Supporter);
    const now = new Date();
    const writer = (email: string, name: string, fields: Partial<Supporter>) =>
      supporters.save({ email, name, city: 'Somewhere', lastActiveAt: now, confirmedAt: now, ...fields });
    const kiri = await writer('kiri@example.org', 'Kiri Sharing', { sectionId: nz, sharesWithSection: true });
    const quiet = await writer('quiet@example.org', 'Quiet Private', { sectionId: nz });
    const aoife = await writer('aoife@example.org', 'Aoife Elsewhere', { sectionId: ie, sharesWithSection: true });
    const letter = (supporter: Supporter, section: string | null, channel: AppealChannel) => ({
      action: { id: actionId },
      target: { id: targetId },
      supporter,
      section: section ? { id: section } : null,
      channel,
      language: 'en',
      letterCount: 1,
      sentAt: now,
    });
    await testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .save([letter(kiri, null, AppealChannel.Email), letter(quiet, nz, AppealChannel.Mailto), letter(aoife, ie, AppealChannel.Fax)]);

    const maintenance = testApp.get(WebhookMaintenance);
    expect((await maintenance.pass()).appeals).toBe(5);
    expect((await maintenance.pass()).appeals).toBe(0);
    const nzAppeals = await waitTaken(nzTool, 'appeal.recorded', actionId, 2);
    const networkAppeals = await waitTaken(networkTool, 'appeal.recorded', actionId, 3);
    expect([nzAppeals.length, networkAppeals.length]).toEqual([2, 3]);
    for (const webhook of nzAppeals) assertSigned(webhook, SECRET, new Webhook(SECRET, { format: 'raw' }));

    const byChannel = new Map(nzAppeals.map((webhook) => [dataOf(webhook).appeal.channel, webhook]));
    expect(dataOf(byChannel.get('email') as ReceivedWebhook)).toMatchObject({
      totals: { actionLetters: 3, sectionLetters: 2 },
      writer: { name: 'Kiri Sharing', email: 'kiri@example.org', city: 'Somewhere' },
    });
    const privateOne = byChannel.get('mailto') as ReceivedWebhook;
    expect(dataOf(privateOne).writer).toBeUndefined();
    expect(dataOf(privateOne).appeal).toMatchObject({ channel: 'mailto', letters: 1, targetName: 'Invented Minister' });
    for (const webhook of [privateOne, ...networkAppeals]) {
      expect(webhook.body).not.toMatch(/@example\.org|Kiri|Quiet|Aoife|Somewhere/);
      expect(Object.keys(dataOf(webhook))).toEqual(['action', 'appeal', 'totals']);
    }
    expect(dataOf(networkAppeals[0]).totals).toEqual({ actionLetters: 3 });

    // Once they went, the log keeps no writer's details; one still waiting goes with its writer when they are erased.
    const stored = () =>
      testApp
        .get(DataSource)
        .query(`SELECT status, body, "supporterId" FROM webhook_delivery WHERE event = 'appeal.recorded' AND body LIKE $1`, [
          `%${actionId}%`,
        ]);
    await waitFor('the appeals settled', async () => (await stored()).every((row: { status: string }) => row.status === 'delivered'));
    expect(await stored()).toHaveLength(5);
    for (const row of await stored()) expect([row.body.includes('kiri@example.org'), row.supporterId]).toEqual([false, null]);
    await testApp
      .get(DataSource)
      .query(
        `INSERT INTO webhook_delivery ("endpointId", event, "dedupeKey", body, "supporterId") VALUES ($1, 'appeal.recorded', 'waiting-for-kiri', '{}', $2)`,
        [nzEndpointId, kiri.id],
      );
    await testApp.get(PersonalDataService).erase(kiri.id);
    expect(await testApp.get(DataSource).query(`SELECT id FROM webhook_delivery WHERE "dedupeKey" = 'waiting-for-kiri'`)).toEqual([]);
  });

  it('delivers an event once that the receiver missed while it restarted', async () => {
    await nzTool.stop();
    const { actionId } = await publishedAction('UA 803/30');
    const rows = () =>
      testApp
        .get(DataSource)
        .query(
          `SELECT d.attempts, d."lastError" FROM webhook_delivery d WHERE d."endpointId" = $1 AND d.event = 'action.published' AND d.body LIKE $2`,
          [nzEndpointId, `%${actionId}%`],
        );
    await waitFor('an attempt refused while the receiver is down', async () => ((await rows())[0]?.attempts ?? 0) >= 1);
    expect((await rows())[0].lastError).toMatch(/fetch failed|ECONNREFUSED/);
    await nzTool.start();
    await waitFor('the event after the restart', () => takenOf(nzTool, 'action.published', actionId).length > 0);
    expect(takenOf(nzTool, 'action.published', actionId)).toHaveLength(1);
    const ids = nzTool.taken().map((webhook) => webhook.headers['webhook-id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lets admins and the section’s coordinators manage its endpoints, and nobody else', async () => {
    const editor = await staffClient(testApp, 'editor');
    const input = { url: nzTool.url, secret: SECRET, events: ['action.closed'] };
    expect((await editor.post(`/api/sections/${nz}/webhooks`, input)).status).toBe(403);
    const stranger = await coordinatorClient(testApp, ie);
    expect((await stranger.get(`/api/sections/${nz}/webhooks`)).status).toBe(403);
    expect((await stranger.get(`/api/sections/${ie}/webhooks/${nzEndpointId}/deliveries`)).status).toBe(404);
    expect((await coordinator.post('/api/webhooks', input)).status).toBe(403);
    const bad = await coordinator.post(`/api/sections/${nz}/webhooks`, {
      url: 'ftp://example.org',
      secret: 'short',
      events: ['action.deleted'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['events', 'secret', 'url']);
    const listed = await coordinator.get(`/api/sections/${nz}/webhooks`);
    const log = await coordinator.get(`/api/sections/${nz}/webhooks/${nzEndpointId}/deliveries`);
    const problemsOf = answerValidator((await httpClient(testApp.baseUrl).get<OpenAPIObject>('/api/docs-json')).body);
    expect([
      ...problemsOf('GET', '/api/sections/{sectionId}/webhooks', 200, listed.body),
      ...problemsOf('GET', '/api/sections/{sectionId}/webhooks/{id}/deliveries', 200, log.body),
      ...problemsOf('POST', '/api/sections/{sectionId}/webhooks', 400, bad.body),
    ]).toEqual([]);
    expect(log.body.length).toBeGreaterThan(0);
    const audit = await testApp
      .get(DataSource)
      .query(`SELECT operation, "actorId", "after" FROM audit_entry WHERE "entityType" = 'WebhookEndpoint' AND "entityId" = $1`, [
        nzEndpointId,
      ]);
    expect(audit).toEqual([{ operation: 'create', actorId: expect.any(String), after: expect.objectContaining({ url: nzTool.url }) }]);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    expect(listed.body.map((endpoint: { id: string }) => endpoint.id)).toEqual([nzEndpointId]);
    expect(JSON.stringify(listed.body)).not.toContain(SECRET);
    expect(JSON.stringify((await admin.get('/api/webhooks')).body)).not.toMatch(/secret|whsec_/);
  });
});
