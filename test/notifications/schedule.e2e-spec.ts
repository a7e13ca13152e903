import { NotificationQueue } from '../../src/notifications/queues/notification-queues';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { ReconcileSchedule } from '../../src/notifications/reconcile/reconcile.schedule';
import { createTestApp, TestApp } from '../support/test-app';
import { flushQueueKeys } from '../support/flush-queues';

describe('the reconciler schedule', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await flushQueueKeys(`uatest-schedule-${process.pid}`);
  });

  it('queues one pass a minute however many instances ask, and none where RUN_SCHEDULER is off', async () => {
    const queuePrefix = `uatest-schedule-${process.pid}`;
    const scheduling = await createTestApp({ environment: { QUEUE_PREFIX: queuePrefix, RUN_SCHEDULER: 'true' } });
    apps.push(scheduling);
    const maintenance = scheduling.get(NotificationQueues).queue(NotificationQueue.Maintenance);
    await scheduling.get(ReconcileSchedule).requestPass();
    await scheduling.get(ReconcileSchedule).requestPass();
    const waiting = await maintenance.getJobs(['wait', 'prioritized', 'delayed']);
    expect(waiting.map((job) => job.name)).toEqual(['reconcile outbox']);

    const quiet = await createTestApp({ environment: { QUEUE_PREFIX: `${queuePrefix}-off`, RUN_SCHEDULER: 'false' } });
    apps.push(quiet);
    await quiet.get(ReconcileSchedule).requestPass();
    expect(await quiet.get(NotificationQueues).queue(NotificationQueue.Maintenance).getJobCounts('wait', 'delayed')).toEqual({
      wait: 0,
      delayed: 0,
    });
  });
});
